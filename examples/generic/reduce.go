package generic

// Float is the constraint of the reductions: float64 and types defined on it.
type Float interface {
	~float64
}

// Sum returns the sum of xs, adding in four independent lanes so the
// additions can overlap.
//
//hpgen:specialize F=float64,Celsius
func Sum[F Float](xs []F) F {
	var s0, s1, s2, s3 F
	i := 0
	for ; i+4 <= len(xs); i += 4 {
		s0 += xs[i]
		s1 += xs[i+1]
		s2 += xs[i+2]
		s3 += xs[i+3]
	}
	for ; i < len(xs); i++ {
		s0 += xs[i]
	}
	return (s0 + s1) + (s2 + s3)
}

// Celsius is a temperature, a defined type over float64.
type Celsius float64
