package concatkey

import (
	"fmt"
	"strconv"
)

func sprint(m map[string]int, a string, b int) int {
	m[fmt.Sprintf("%s:%d", a, b)] = 1               // a store: the map needs the string anyway
	if _, ok := m[fmt.Sprintf("%s:%d", a, b)]; ok { // want `map key built with fmt\.Sprintf on every lookup`
		delete(m, fmt.Sprintln(a)) // deletes are not reported
	}
	return m[fmt.Sprint(a, b)] // want `map key built with fmt\.Sprint on every lookup`
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
