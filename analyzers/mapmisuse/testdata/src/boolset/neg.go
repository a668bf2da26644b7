package boolset

// false is stored: the value carries information.
func flags(xs []string) map[string]bool {
	m := make(map[string]bool)
	for _, x := range xs {
		m[x] = len(x) > 3
	}
	return m
}

// Exported: users of the package may store false.
var Enabled = map[string]bool{"a": true}

// The value is ranged over.
func ranged(xs []string) int {
	m := map[string]bool{}
	for _, x := range xs {
		m[x] = true
	}
	n := 0
	for _, v := range m {
		if v {
			n++
		}
	}
	return n
}

// Passed on: the callee may store false.
func passed(xs []string) {
	m := map[string]bool{}
	for _, x := range xs {
		m[x] = true
	}
	take(m)
}

func take(map[string]bool) {}

// A parameter: the caller fills it.
func param(m map[string]bool, x string) bool { m[x] = true; return m["y"] }

// A named bool type may carry meaning.
type yes bool

func named(xs []string) bool {
	m := map[string]yes{}
	for _, x := range xs {
		m[x] = true
	}
	return bool(m["a"])
}

// A field set by an unkeyed literal.
type holder struct{ m map[int]bool }

func unkeyed(src map[int]bool) *holder {
	h := &holder{src}
	h.m[1] = true
	return h
}

func readH(h *holder) bool { return h.m[2] }
