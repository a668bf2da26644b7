package a

import (
	"bytes"
	"strings"
)

func convStringsTwin(lines [][]byte) int {
	n := 0
	for _, l := range lines {
		if strings.HasPrefix(string(l), "#") { // want `conversion to string in a loop copies the data on every iteration and allocates past 32 bytes .*; bytes.HasPrefix takes the original directly`
			continue
		}
		n += strings.Count(string(l), ",")                  // want `conversion to string in a loop copies`
		if strings.EqualFold(string(l), string(lines[0])) { // want `conversion to string in a loop copies`
			n++
		}
	}
	return n
}

// The fixes above need bytes, and strings stays used only through the
// last call: that one and bytes.Index below are reported without a fix, so
// the file builds with any subset of fixes applied (see unusedimport.go).

func convBytesTwin(words []string, sep []byte) int {
	n := 0
	for _, w := range words {
		n += bytes.Index([]byte(w), []byte("x")) // want `conversion to \[\]byte in a loop copies the data on every iteration and allocates past 32 bytes .*; strings.Index takes the original directly`
	}
	return n
}
