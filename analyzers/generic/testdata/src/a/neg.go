package a

// Not reported: value type arguments.
type Int int

func (a Int) Less(b Int) bool { return a < b } // want Less:"smallMethod"

func MinValue[T Lesser[T]](xs []T) T { // want MinValue:"loopCalls.0:Less."
	m := xs[0]
	for _, x := range xs {
		if x.Less(m) {
			m = x
		}
	}
	return m
}

var _ = MinValue([]Int{1, 2})

// Not reported: the method is called once, not in a loop.
func First[T Lesser[T]](a, b T) T {
	if a.Less(b) {
		return a
	}
	return b
}

var _ = First(&Item{}, &Item{})

// Not reported: the call is in a function literal made in the loop, which
// may run once or never.
func Deferred[T Lesser[T]](xs []T) []func() bool {
	var fs []func() bool
	for i := 1; i < len(xs); i++ {
		fs = append(fs, func() bool { return xs[i].Less(xs[i-1]) })
	}
	return fs
}

var _ = Deferred([]*Item{})

// Not reported: already specialised.
//
//hpgen:specialize T=*Item
func Max[T Lesser[T]](xs []T) T { // want Max:"loopCalls.0:Less."
	m := xs[0]
	for _, x := range xs {
		if m.Less(x) {
			m = x
		}
	}
	return m
}

var _ = Max([]*Item{})

// Not reported: only instantiated with a type parameter, by generic code
// that is itself not instantiated with a pointer.
func Wrap[T Lesser[T]](xs []T) T { return Min(xs) } // want Wrap:"loopCalls.0:Less."

var _ = Wrap([]Int{})

// Not reported: the loop calls a method of a concrete type.
func Count[T any](xs []T, it *Item) int {
	n := 0
	for range xs {
		if it.Less(it) {
			n++
		}
	}
	return n
}

var _ = Count([]*Item{}, nil)

// Not reported: the method does real work; a direct call would not be
// noticed next to it.
type Point struct{ x [4]uint64 }

func (p *Point) Mul(q *Point) *Point {
	for i := range p.x {
		for j := range q.x {
			p.x[i] ^= q.x[j] * uint64(i+j)
		}
	}
	return p
}

type Muler[T any] interface{ Mul(T) T }

func Pow[T Muler[T]](x T, n int) T { // want Pow:"loopCalls.0:Mul."
	for range n {
		x = x.Mul(x)
	}
	return x
}

var _ = Pow(&Point{}, 3)

// Not reported: the method is short but calls one that does real work.
type Big struct{ x [8]uint64 }

func (b *Big) heavy() {
	for i := range b.x {
		b.x[i]++
	}
}

func (b *Big) Step(c *Big) bool {
	b.heavy()
	return b.x[0] < c.x[0]
}

type Stepper[T any] interface{ Step(T) bool }

func Iterate[T Stepper[T]](x T, n int) { // want Iterate:"loopCalls.0:Step."
	for range n {
		x.Step(x)
	}
}

func init() { Iterate(&Big{}, 3) }
