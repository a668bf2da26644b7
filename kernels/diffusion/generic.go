package diffusion

// StepReference is the plain, obviously correct update every other path is
// tested against: one point at a time, neighbours found by comparing
// indices with the edges, operations in the book's numpy order. It writes
// one update of the n x m grid into next.
func StepReference[T Float](next, grid []T, n, m int, p Params) {
	checkPair(next, grid, n, m)
	c := T(p.D * p.Dt)
	periodic := p.Boundary == Periodic
	at := func(i, j int) T {
		if i < 0 || i >= n || j < 0 || j >= m {
			if !periodic {
				return 0
			}
			i, j = (i+n)%n, (j+m)%m
		}
		return grid[i*m+j]
	}
	for i := range n {
		for j := range m {
			g := grid[i*m+j]
			// The conversions keep the compiler from fusing a multiply
			// and an add (the spec allows it; arm64 does it).
			l := T(-4*g) + at(i-1, j)
			l = l + at(i+1, j)
			l = l + at(i, j-1)
			l = l + at(i, j+1)
			next[i*m+j] = T(l*c) + g
		}
	}
}

// rowsGo is the pure-Go row kernel used by the purego build, by other
// architectures and when HPGO_DIFFUSION_ISA=generic: the same contract and
// rounding as the assembly kernels without FMA, with the edge columns
// peeled off so the inner loop has no index arithmetic.
func rowsGo[T Float](out, up, mid, down []T, m, rows int, c T, periodic bool) {
	for r := range rows {
		o := r * m
		rowGo(out[o:o+m], up[o:o+m], mid[o:o+m], down[o:o+m], c, periodic)
	}
}

func rowGo[T Float](out, up, mid, down []T, c T, periodic bool) {
	m := len(mid)
	var left, right T
	if periodic {
		left, right = mid[m-1], mid[0]
	}
	if m == 1 {
		out[0] = point(mid[0], up[0], down[0], left, right, c)
		return
	}
	out[0] = point(mid[0], up[0], down[0], left, mid[1], c)
	for j := 1; j < m-1; j++ {
		out[j] = point(mid[j], up[j], down[j], mid[j-1], mid[j+1], c)
	}
	out[m-1] = point(mid[m-1], up[m-1], down[m-1], mid[m-2], right, c)
}

func point[T Float](g, up, down, left, right, c T) T {
	l := T(-4*g) + up
	l = l + down
	l = l + left
	l = l + right
	return T(l*c) + g
}

// InitBook writes the book's initial condition into the n x m grid: zero
// everywhere except a block of 0.005 over rows [0.4n, 0.5n) and columns
// [0.4m, 0.5m).
func InitBook[T Float](grid []T, n, m int) {
	checkGrid("grid", grid, n, m)
	clear(grid[:n*m])
	for i := int(float64(n) * 0.4); i < int(float64(n)*0.5); i++ {
		for j := int(float64(m) * 0.4); j < int(float64(m)*0.5); j++ {
			grid[i*m+j] = 0.005
		}
	}
}
