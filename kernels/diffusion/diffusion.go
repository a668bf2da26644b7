package diffusion

import (
	"fmt"
	"sync"
)

// Float is the element type of a grid.
type Float interface{ float32 | float64 }

// Boundary says what lies beyond the edges of the grid.
type Boundary uint8

const (
	// Periodic wraps the grid around: the row above row 0 is row n-1 and
	// the column left of column 0 is column m-1 (the book's np.roll).
	Periodic Boundary = iota
	// Dirichlet surrounds the grid with cells held at zero, so mass flows
	// out at the edges. The update is linear and a constant grid is a
	// fixed point, so a boundary held at b is the zero boundary applied
	// to grid-b.
	Dirichlet
)

// Params are the coefficients and boundary of the update.
type Params struct {
	D, Dt    float64
	Boundary Boundary
	// Exact keeps the final multiply-add unfused: results are then
	// bit-identical to StepReference (the kernels' only fusion, -4*g + up,
	// is exact). Otherwise (*c + g) is fused where the CPU has FMA, within
	// 1e-15 relative of the reference.
	Exact bool
}

// Book holds the book's coefficients: D = 1, dt = 0.1, periodic.
var Book = Params{D: 1, Dt: 0.1}

// streamStores enables the non-temporal kernels for output rows that are
// not read again soon; benchmarks turn it off to measure what it buys.
var streamStores = true

// rowsFunc is the signature of the generated kernels (see asmgen/diffusion/kernel).
type rowsFunc[T Float] func(out, up, mid, down *T, m, rows int, c T, wrap int)

// kernel is one resolved configuration of the update.
type kernel[T Float] struct {
	asm      rowsFunc[T] // nil: pure Go
	asmNT    rowsFunc[T] // the same with streaming stores, for output rows not read soon
	c        T
	periodic bool
	zero     []T // a row of zeros, for Dirichlet neighbours outside the grid
}

func newKernel[T Float](m int, p Params) kernel[T] {
	if p.Boundary > Dirichlet {
		panic(fmt.Sprintf("diffusion: unknown boundary %d", p.Boundary))
	}
	k := kernel[T]{asm: asmKernel[T](isaLevel(), !p.Exact, false), asmNT: asmKernel[T](isaLevel(), !p.Exact, streamStores),
		c: T(p.D * p.Dt), periodic: p.Boundary == Periodic}
	if !k.periodic {
		k.zero = zeroRow[T](m)
	}
	return k
}

// rows updates rows consecutive rows of m points: out, up, mid and down
// each hold at least rows*m elements.
func (k *kernel[T]) rows(out, up, mid, down []T, m, rows int) {
	k.rowsWith(k.asm, out, up, mid, down, m, rows)
}

// rowsNT is rows with streaming stores where there is such a kernel.
func (k *kernel[T]) rowsNT(out, up, mid, down []T, m, rows int) {
	k.rowsWith(k.asmNT, out, up, mid, down, m, rows)
}

func (k *kernel[T]) rowsWith(asm rowsFunc[T], out, up, mid, down []T, m, rows int) {
	if rows <= 0 {
		return
	}
	if asm == nil || m < 2 {
		rowsGo(out, up, mid, down, m, rows, k.c, k.periodic)
		return
	}
	last := rows*m - 1
	_, _, _, _ = out[last], up[last], mid[last], down[last]
	wrap := 0
	if k.periodic {
		wrap = 1
	}
	asm(&out[0], &up[0], &mid[0], &down[0], m, rows, k.c, wrap)
}

// row returns row r of grid, wrapping or giving the zero row outside [0, n).
func (k *kernel[T]) row(grid []T, n, m, r int) []T {
	if r < 0 || r >= n {
		if !k.periodic {
			return k.zero
		}
		r = ((r % n) + n) % n
	}
	return grid[r*m : r*m+m]
}

// band writes rows [r0, r1) of one update of grid into next: rows with a
// neighbour across the top or bottom edge alone, the others in one call.
func (k *kernel[T]) band(next, grid []T, n, m, r0, r1 int) {
	if r0 >= r1 {
		return
	}
	if r0 == 0 {
		k.rows(next[:m], k.row(grid, n, m, -1), grid[:m], k.row(grid, n, m, 1), m, 1)
		r0 = 1
	}
	hi := min(r1, n-1)
	if hi > r0 {
		k.rows(next[r0*m:], grid[(r0-1)*m:], grid[r0*m:], grid[(r0+1)*m:], m, hi-r0)
	}
	if r1 == n && n-1 >= r0 {
		r := n - 1
		k.rows(next[r*m:], k.row(grid, n, m, r-1), grid[r*m:], k.row(grid, n, m, n), m, 1)
	}
}

func checkGrid[T Float](name string, g []T, n, m int) {
	if n < 1 || m < 1 {
		panic(fmt.Sprintf("diffusion: grid shape %dx%d: both sides must be at least 1", n, m))
	}
	if len(g) < n*m {
		panic(fmt.Sprintf("diffusion: %s has %d elements, a %dx%d grid needs %d", name, len(g), n, m, n*m))
	}
}

// checkPair checks the n x m grid and the next buffer a step writes, and
// that they are not the same slice.
func checkPair[T Float](next, grid []T, n, m int) {
	checkGrid("grid", grid, n, m)
	checkGrid("next", next, n, m)
	if &next[0] == &grid[0] {
		panic("diffusion: the output grid must not be the input grid")
	}
}

// Step writes one update of the n x m grid into next, which must not
// overlap grid.
func Step[T Float](next, grid []T, n, m int, p Params) {
	checkPair(next, grid, n, m)
	k := newKernel[T](m, p)
	k.band(next, grid, n, m, 0, n)
}

// StepParallel is Step with the rows split into workers bands, each
// updated by its own goroutine.
func StepParallel[T Float](next, grid []T, n, m int, p Params, workers int) {
	checkPair(next, grid, n, m)
	k := newKernel[T](m, p)
	workers = max(1, min(workers, n))
	if workers == 1 {
		k.band(next, grid, n, m, 0, n)
		return
	}
	var wg sync.WaitGroup
	for w := range workers {
		r0, r1 := n*w/workers, n*(w+1)/workers
		wg.Go(func() { k.band(next, grid, n, m, r0, r1) })
	}
	wg.Wait()
}

// zeroCache holds, per element type, the longest zero row handed out so
// far. The rows are only ever read, so goroutines may share them.
var zeroCache sync.Map // T(0) -> []T

func zeroRow[T Float](m int) []T {
	key := any(T(0))
	if v, ok := zeroCache.Load(key); ok {
		if s := v.([]T); len(s) >= m {
			return s[:m]
		}
	}
	s := make([]T, max(m, 1024))
	zeroCache.Store(key, s)
	return s[:m]
}
