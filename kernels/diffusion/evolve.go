package diffusion

import (
	"sync"
	"unsafe"
)

// Options tune Evolve; the zero value chooses everything.
type Options struct {
	// Workers is the number of goroutines, each updating a band of rows
	// (0 or 1: the calling goroutine only).
	Workers int
	// StepsPerPass is how many steps one pass over the grid does
	// (temporal blocking); 0 picks from the grid's size, 1 turns blocking off.
	StepsPerPass int
}

// Cache sizes the automatic choice of StepsPerPass aims at: the ring rows
// of one worker must fit in half a core's L2, and a grid pair that fits in
// L2 gains nothing from blocking.
const (
	l2Bytes = 1 << 20
)

// Evolve advances the n x m grid by steps updates, using next as the other
// buffer, and returns the buffer that holds the result (grid or next). It
// allocates only a few rows of workspace per call, never per step. Results
// are bit-identical to calling Step steps times (with the same Params).
func Evolve[T Float](grid, next []T, n, m, steps int, p Params, opt Options) []T {
	checkGrid("grid", grid, n, m)
	checkGrid("next", next, n, m)
	checkDistinct(next, grid)
	if steps <= 0 {
		return grid
	}
	k := newKernel[T](m, p)
	workers := max(1, min(opt.Workers, n))
	per := opt.StepsPerPass
	if per <= 0 {
		per = autoStepsPerPass[T](n, m)
	}
	per = min(per, steps)
	var ws [][]T
	if per > 1 {
		ws = make([][]T, workers)
		for w := range ws {
			ws[w] = make([]T, 3*(per-1)*m)
		}
	}
	// Each worker walks the same sequence of passes over its own band of
	// rows; a barrier separates passes. Goroutines, closures and the
	// barrier are set up once per call, so nothing is allocated per step.
	work := func(w int, bar *barrier) {
		src, dst := grid, next
		r0, r1 := n*w/workers, n*(w+1)/workers
		for done := 0; done < steps; {
			s := min(per, steps-done)
			if s == 1 {
				k.band(dst, src, n, m, r0, r1)
			} else {
				k.stream(dst, src, n, m, r0, r1, s, ws[w])
			}
			if bar != nil {
				bar.wait()
			}
			src, dst = dst, src
			done += s
		}
	}
	if workers == 1 {
		work(0, nil)
	} else {
		bar := newBarrier(workers)
		var wg sync.WaitGroup
		for w := 1; w < workers; w++ {
			wg.Go(func() { work(w, bar) })
		}
		work(0, bar)
		wg.Wait()
	}
	if passes := (steps + per - 1) / per; passes%2 == 1 {
		return next
	}
	return grid
}

// barrier is a reusable rendezvous of a fixed number of goroutines.
type barrier struct {
	mu      sync.Mutex
	cond    sync.Cond
	n, left int
	gen     uint64
}

func newBarrier(n int) *barrier {
	b := &barrier{n: n, left: n}
	b.cond.L = &b.mu
	return b
}

func (b *barrier) wait() {
	b.mu.Lock()
	defer b.mu.Unlock()
	gen := b.gen
	b.left--
	if b.left == 0 {
		b.left = b.n
		b.gen++
		b.cond.Broadcast()
		return
	}
	for gen == b.gen {
		b.cond.Wait()
	}
}

// autoStepsPerPass: no blocking when both grids fit in L2 (the sweep is
// already cache-bound); otherwise as many steps as keep the ring rows in
// half of L2, at most 8 (beyond that the memory sweep is already a small
// share of a step).
func autoStepsPerPass[T Float](n, m int) int {
	var z T
	size := int(unsafe.Sizeof(z))
	if 2*n*m*size <= l2Bytes {
		return 1
	}
	rowBytes := m * size
	per := 1 + (l2Bytes/2)/(3*rowBytes)
	return max(1, min(per, 8))
}

// stream writes into dst rows [r0, r1) of s >= 2 updates of src in one
// pass over src: rows are computed in order, each intermediate time level
// kept in a ring of three rows (ring holds 3*(s-1) rows of m), so level t
// row r is computed as soon as level t-1 rows r-1..r+1 exist. Each level
// t < s covers rows [r0-(s-t), r1-1+(s-t)], the halo the last level needs;
// with periodic boundaries those rows wrap, with Dirichlet ones rows outside
// the grid are zero and not computed. Level 0 is read from src and level s
// written to dst, so the pass reads and writes the grid once.
func (k *kernel[T]) stream(dst, src []T, n, m, r0, r1, s int, ring []T) {
	lo := func(t int) int { // first row of level t
		r := r0 - (s - t)
		if !k.periodic {
			r = max(r, 0)
		}
		return r
	}
	hi := func(t int) int { // one past the last row of level t
		r := r1 + (s - t)
		if !k.periodic {
			r = min(r, n)
		}
		return r
	}
	// level returns row r of level t.
	level := func(t, r int) []T {
		if t == 0 {
			return k.row(src, n, m, r)
		}
		if !k.periodic && (r < 0 || r >= n) {
			return k.zero
		}
		slot := (t-1)*3 + ((r%3)+3)%3
		return ring[slot*m : slot*m+m]
	}
	for j := r0 - (s - 1); j < r1+(s-1); j++ {
		for t := 1; t <= s; t++ {
			r := j - (t - 1)
			if r < lo(t) || r >= hi(t) {
				continue
			}
			var out []T
			if t == s {
				out = dst[r*m : r*m+m]
			} else {
				out = level(t, r)
			}
			k.rows(out, level(t-1, r-1), level(t-1, r), level(t-1, r+1), m, 1)
		}
	}
}
