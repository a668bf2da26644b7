package denseintkey

// Not every iteration stores.
func sparse(xs []int) map[int]bool {
	m := make(map[int]bool)
	for i := range xs {
		if xs[i] > 0 {
			m[i] = true
		}
	}
	return m
}

// Returned: the type is part of the API.
func returned(n int) map[int]int {
	m := make(map[int]int)
	for i := 0; i < n; i++ {
		m[i] = i
	}
	return m
}

// Keys from data, not a counted loop.
func fromData(xs []int) int {
	m := make(map[int]int)
	for _, x := range xs {
		m[x]++
	}
	return len(m)
}

// Deleted from: a slice has no delete.
func deleted(n int) int {
	m := make(map[int]int)
	for i := 0; i < n; i++ {
		m[i] = i
	}
	delete(m, 0)
	return len(m)
}

// The loop does not start at 0.
func from1(n int) int {
	m := make(map[int]int)
	for i := 1; i < n; i++ {
		m[i] = i
	}
	return m[1]
}

// continue before the store skips keys.
func skips(xs []int) int {
	m := make(map[int]int)
	for i := range xs {
		if xs[i] == 0 {
			continue
		}
		m[i] = xs[i]
	}
	return m[0]
}

// Range over a string: byte offsets are not dense.
func runes(s string) int {
	m := make(map[int]rune)
	for i, r := range s {
		m[i] = r
	}
	return len(m)
}

// Passed to a function.
func passed(n int) {
	m := make(map[int]int)
	for i := 0; i < n; i++ {
		m[i] = i
	}
	consume(m)
}

func consume(map[int]int) {}

// Parameters come from the caller.
func param(m map[int]int, n int) {
	for i := 0; i < n; i++ {
		m[i] = i
	}
}
