package fixbuild

import (
	"fmt"
	"strings"
)

// Two fixable uses of fmt and nothing else: one keeps its fix, the other
// is reported without one, so fmt stays used either way.
func two(xs []int, ls [][]byte) (out []string, n int) {
	for _, x := range xs {
		out = append(out, fmt.Sprintf("%d", x))   // want `fmt.Sprintf in a loop`
		out = append(out, fmt.Sprintf("<%d>", x)) // want `fmt.Sprintf in a loop`
	}
	for _, l := range ls {
		if strings.HasPrefix(string(l), "#") { // want `conversion to string in a loop`
			n++
		}
	}
	return out, n
}
