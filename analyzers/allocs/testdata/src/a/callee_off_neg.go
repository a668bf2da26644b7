package a

import "regexp"

// Functions called from loops are followed only with -allocs.callees
// (off by default: in the standard library and module sample most
// findings were in code generators, cold helpers and rare fallbacks).
func calleeOff(s string) bool { return regexp.MustCompile(`^x+$`).MatchString(s) }

func callsInLoop(lines []string) (n int) {
	for _, s := range lines {
		if calleeOff(s) {
			n++
		}
	}
	return n
}
