// Package c holds the prealloc.filter check, which is off by default and
// turned on by -prealloc.filter.
package c

// A conditional append over a ranged slice: len(xs) is an upper bound.
// The fix is marked for review: it trades memory for speed.
func odd(xs []int) []int {
	out := []int{} // want `out grows by append in a loop of up to len\(xs\) iterations, reallocating and copying as it grows; preallocate: make\(\[\]int, 0, len\(xs\)\)`
	for _, x := range xs {
		if x%2 == 0 {
			continue
		}
		out = append(out, x)
	}
	return out
}

// alexkohler/prealloc#16, with the flag on.
func lineOfSight(xs []int) []int {
	a := []int{} // want `a grows by append in a loop of up to len\(xs\) iterations`
	for i := range xs {
		if i < 1 {
			continue
		}
		a = append(a, i)
	}
	return a
}

func positives(m map[string]int) []string {
	var keys []string // want `keys grows by append in a loop of up to len\(m\) iterations`
	for k, v := range m {
		if v > 0 {
			keys = append(keys, k)
		}
	}
	return keys // nil for no keys: reported without a fix
}

// A counted loop has no length to bound a conditional append.
func counted(n int) []int {
	out := []int{} // nope: the count is not the length of what is ranged over
	for i := 0; i < n; i++ {
		if i%2 == 0 {
			out = append(out, i)
		}
	}
	return out
}

// Maps need one insert on every path, even with the flag.
func mapFilter(xs []string) map[string]bool {
	m := map[string]bool{} // nope: conditional insert
	for _, x := range xs {
		if x != "" {
			m[x] = true
		}
	}
	return m
}
