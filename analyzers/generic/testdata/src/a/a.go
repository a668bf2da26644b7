package a

type Lesser[T any] interface{ Less(T) bool }

type Item struct{ k int }

func (a *Item) Less(b *Item) bool { return a.k < b.k } // want Less:"smallMethod"

// A generic type whose methods reach Less through generic helpers.
type Heap[T Lesser[T]] struct{ xs []T } // want Heap:"loopCalls.0:Less." `Heap calls Less on type parameter T in a loop \(in down\) and is instantiated with \*Item \(a.go:32\): every call goes through the generic dictionary and is not inlined .*add //hpgen:specialize T=\*Item and run go generate`

func (h *Heap[T]) Pop() T {
	x := h.xs[0]
	n := len(h.xs) - 1
	h.xs[0] = h.xs[n]
	h.xs = h.xs[:n]
	down(h.xs, 0)
	return x
}

func down[T Lesser[T]](xs []T, i int) {
	for {
		j := 2*i + 1
		if j >= len(xs) || !xs[j].Less(xs[i]) {
			return
		}
		xs[i], xs[j] = xs[j], xs[i]
		i = j
	}
}

var h Heap[*Item]

// A function, instantiated with a pointer and with an interface type (the
// interface is not reported).
func Min[T Lesser[T]](xs []T) T { // want Min:"loopCalls.0:Less." `Min calls Less on type parameter T in a loop \(in Min\) and is instantiated with \*Item \(.*add //hpgen:specialize T=\*Item and`
	m := xs[0]
	for _, x := range xs[1:] {
		if x.Less(m) {
			m = x
		}
	}
	return m
}

type Ordered interface{ Less(Ordered) bool }

func use(items []*Item, os []Ordered) {
	_ = Min(items)
	_ = Min(os)
}

// Two type parameters; only V's methods are called in the loop.
type Stringer interface{ String() string }

func Join[K comparable, V Stringer](m map[K]V) string { // want Join:"loopCalls.1:String." `Join calls String on type parameter V .*add //hpgen:specialize V=\*Name and`
	s := ""
	for _, v := range m {
		s += v.String()
	}
	return s
}

type Name struct{ s string }

func (n *Name) String() string { return n.s } // want String:"smallMethod"

var _ = Join(map[*Item]*Name{})
