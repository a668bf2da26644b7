package a

// Generics: type parameters in the element type and in the ranged value.

func Map[T, U any](xs []T, f func(T) U) []U {
	out := []U{} // want `out grows by append in a loop of len\(xs\) iterations, .*; preallocate: make\(\[\]U, 0, len\(xs\)\)`
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}

func Keys[M ~map[K]V, K comparable, V any](m M) []K {
	keys := make([]K, 0) // want `keys grows by append in a loop of len\(m\) iterations`
	for k := range m {
		keys = append(keys, k)
	}
	return keys
}

func Index[S ~[]E, E comparable](s S) map[E]int {
	idx := make(map[E]int) // want `idx grows by insert in a loop of len\(s\) iterations, .*; preallocate: make\(map\[E\]int, len\(s\)\)`
	for i, e := range s {
		idx[e] = i
	}
	return idx
}

type Named []int

func Doubled(xs Named) Named {
	out := Named{} // want `out grows by append in a loop of len\(xs\) iterations, .*; preallocate: make\(Named, 0, len\(xs\)\)`
	for _, x := range xs {
		out = append(out, 2*x)
	}
	return out
}

// A counted loop over a type set that mixes strings and byte slices.
func Bytes[T string | []byte](v T) []byte {
	out := []byte{} // want `out grows by append in a loop of len\(v\) iterations`
	for i := 0; i < len(v); i++ {
		out = append(out, v[i])
	}
	return out
}
