package concatkey

import (
	"fmt"
	"strconv"
)

func sprint(m map[string]int, a string, b int) int {
	m[fmt.Sprintf("%s:%d", a, b)] = 1 // want `map key built with fmt\.Sprintf on every access`
	return m[fmt.Sprint(a, b)]        // want `map key built with fmt\.Sprint on every access`
}

// Concatenation is off by default: short lookup keys do not allocate.
func concat(m map[string]int, a, b string) int {
	return m[a+":"+b]
}

// Not built per access, or not fmt.
func fine(m map[string]int, a string, b int) int {
	const k = "x" + "y"
	key := fmt.Sprint(a, b)
	return m[k] + m[key] + m[strconv.Itoa(b)]
}
