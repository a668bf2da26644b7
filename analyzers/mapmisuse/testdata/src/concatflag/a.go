package concatflag

func concat(m map[string]int, a, b string) int {
	m[a+"/"+b] = 1    // a store: not reported
	return m[a+":"+b] // want `map key built by concatenation`
}

func constant(m map[string]int) int {
	return m["a"+"b"] // a constant
}
