package a

import "strings"

// Generic functions: a map with a type-parameter key is still a map. No
// fix: K may be an interface type, whose hashing can panic.
func genericLookup[K comparable, V any](m map[K]V, k K, n int) []V {
	var out []V
	for i := 0; i < n; i++ {
		out = append(out, m[k]) // want `m\[k\] is a map lookup`
	}
	return out
}

// nope: a store through *T, with T a type parameter, may change anything.
func genericStore[T any](mp *map[string]int, p *T, v T, n int) int {
	t := 0
	for i := 0; i < n; i++ {
		*p = v
		t += (*mp)["a"]
	}
	return t
}

// Strings are immutable: a store through *T cannot change what ToLower reads.
func genericPure[T any](p *T, v T, s string, n int) int {
	t := 0
	for i := 0; i < n; i++ {
		*p = v
		t += len(strings.ToLower(s)) // want `strings.ToLower\(s\) is called on every iteration \(n times\)`
	}
	return t
}
