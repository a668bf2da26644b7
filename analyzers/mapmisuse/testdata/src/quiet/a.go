// Package quiet holds one instance of each opt-in check; with the default
// flags (and -denseintkey=false) nothing here is reported.
package quiet

func set(xs []string) int {
	seen := make(map[string]bool)
	for _, x := range xs {
		seen[x] = true
	}
	return len(seen) + b2i(seen["a"])
}

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}

func concat(m map[string]int, a, b string) int { return m[a+":"+b] }

func dense(n int) int {
	m := make(map[int]int)
	for i := 0; i < n; i++ {
		m[i] = i
	}
	return m[1]
}
