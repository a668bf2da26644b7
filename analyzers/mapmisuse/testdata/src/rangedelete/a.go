package rangedelete

// Float keys: the compiler keeps the loop (and it cannot delete NaN keys).
func floats(m map[float64]int) {
	for k := range m { // want `loop deletes the keys of m one by one: with float64 keys the compiler cannot make it a clear`
		delete(m, k)
	}
}

func ifaces(m map[any]int) {
	for k := range m { // want `with any keys`
		delete(m, k)
	}
}
