package rangedelete

// Reflexive keys: Go 1.26 compiles this loop to runtime.mapclear already.
func strings(m map[string]int) {
	for k := range m {
		delete(m, k)
	}
}

// Deleting only some keys.
func some(m map[float64]int) {
	for k, v := range m {
		if v > 0 {
			delete(m, k)
		}
	}
}

// Deleting from another map.
func other(m, n map[float64]int) {
	for k := range m {
		delete(n, k)
	}
}
