package denseintkey

func squares(n int) int {
	m := make(map[int]int, n) // want `m is a map\[int\]int whose keys are all stored from counted loops 0\.\.n: a slice indexes without hashing`
	for i := 0; i < n; i++ {
		m[i] = i * i
	}
	return m[3] + len(m)
}

func fromRange(xs []string) string {
	names := map[int]string{} // want `names is a map\[int\]string whose keys are all stored`
	for i, x := range xs {
		names[i] = x
	}
	for i := range 10 {
		names[i] += "!"
	}
	return names[0]
}
