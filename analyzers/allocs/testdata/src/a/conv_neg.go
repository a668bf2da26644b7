package a

import (
	"bytes"
	"strings"
)

// Negative cases for convloop: the forms the compiler elides (premise_test.go
// shows each costs 0 allocations), and calls without a same-typed twin.

type myBytes []byte

func convElided(lines [][]byte, m map[string]int, s string, ws []string, mb []myBytes) int {
	n := 0
	for _, l := range lines {
		n += m[string(l)]   // nope: map index does not copy
		if string(l) == s { // nope: comparison does not copy
			n++
		}
		switch string(l) { // nope: switch compares without copying
		case "x":
			n++
		}
		s = "<" + string(l)           // nope: concatenation operand is not copied
		for _, c := range []byte(s) { // nope: range over a conversion does not copy
			n += int(c)
		}
		_ = strings.TrimSpace(string(l))   // nope: string result; the bytes twin returns []byte
		_ = strings.Contains(string(l), s) // nope: s would need a []byte(s) copy instead
		_ = strings.Contains(s, "x")       // nope: no conversion
	}
	for _, w := range ws {
		_ = bytes.Contains([]byte(w), lines[0]) // nope: lines[0] would need a string copy
	}
	return n
}

func convOnce(l []byte) bool {
	return strings.HasPrefix(string(l), "#") // nope: not in a loop
}

func convFixedTable(get func(string) []byte) (n int) {
	for _, k := range []string{"a", "b", "c"} {
		if strings.Contains(string(get(k)), "x") { // nope: three iterations of a literal table
			n++
		}
	}
	return n
}
