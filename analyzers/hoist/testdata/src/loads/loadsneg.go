package loads

// nope: a pointer store of the chain's type.
func pointerAlias(s *server, p **limits, xs []int) int {
	t := 0
	for _, x := range xs {
		*p = nil
		t += x * s.cfg.limits.max
	}
	return t
}

// nope: one load is kept in a register by the compiler when it can, and is
// not worth a finding.
func oneLoad(l *limits, xs []int) int {
	t := 0
	for _, x := range xs {
		t += x * l.max
	}
	return t
}

// nope: a store of the whole struct that holds the field inline.
type outer struct{ in inner }
type inner struct{ p *limits }

func wholeStruct(o *outer, q *outer, xs []int) int {
	t := 0
	for _, x := range xs {
		*q = outer{}
		t += x * o.in.p.max
	}
	return t
}
