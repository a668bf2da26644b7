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

// The automatic choice of StepsPerPass. Measured on this machine (see
// docs/results/diffusion.md): while the grid pair stays in the last-level
// cache (640x640 float64, 6.5 MB) one sweep per step is faster; from
// 1024x1024 (16 MB, past what the shared 32 MB L3 holds for one process)
// on, passes of 8 to 16 steps are 2 to 3 times faster than step-by-step.
// The ring rows of one worker (3 per intermediate level) are kept within
// one core's L2.
const (
	blockAboveBytes = 8 << 20
	l2Bytes         = 1 << 20
	maxStepsPerPass = 12
)

// Evolve advances the n x m grid by steps updates, using next as the other
// buffer, and returns the buffer that holds the result (grid or next). It
// allocates only a few rows of workspace per call, never per step. Results
// are bit-identical to calling Step steps times (with the same Params).
func Evolve[T Float](grid, next []T, n, m, steps int, p Params, opt Options) []T {
	checkPair(next, grid, n, m)
	if steps <= 0 {
		return grid
	}
	k := newKernel[T](m, p)
	var z T
	if 2*n*m*int(unsafe.Sizeof(z)) <= blockAboveBytes {
		// The grid pair fits in cache: streaming stores would push the
		// output to memory only for the next pass to read it back.
		k.asmNT = k.asm
	}
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

// autoStepsPerPass picks the pass depth for an n x m grid of T.
func autoStepsPerPass[T Float](n, m int) int {
	var z T
	size := int(unsafe.Sizeof(z))
	if 2*n*m*size <= blockAboveBytes {
		return 1
	}
	per := 1 + l2Bytes/(3*m*size)
	return max(1, min(per, maxStepsPerPass))
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
	// off makes every row index met here non-negative, so the ring slot is
	// an unsigned modulo by the constant 3 (a multiply, not a division).
	off := 3 * (s + 2 + max(0, -r0))
	for j := r0 - (s - 1); j < r1+(s-1); j++ {
		for t := 1; t <= s; t++ {
			r := j - (t - 1)
			first, end := r0-(s-t), r1+(s-t) // rows of level t
			if !k.periodic {
				first, end = max(first, 0), min(end, n)
			}
			if r < first || r >= end {
				continue
			}
			up, mid, down := k.level(src, ring, n, m, t-1, r-1, off), k.level(src, ring, n, m, t-1, r, off), k.level(src, ring, n, m, t-1, r+1, off)
			if t == s {
				// The pass's output is not read until the next pass,
				// long after it would have left the cache.
				k.rowsNT(dst[r*m:r*m+m], up, mid, down, m, 1)
			} else {
				slot := (t-1)*3 + int(uint(r+off)%3)
				k.rows(ring[slot*m:slot*m+m], up, mid, down, m, 1)
			}
		}
	}
}

// level returns row r of time level t of a stream pass: level 0 is src,
// wrapped or zero outside the grid; later levels live in the ring.
func (k *kernel[T]) level(src, ring []T, n, m, t, r, off int) []T {
	if r < 0 || r >= n {
		if !k.periodic {
			return k.zero
		}
		if t == 0 {
			for r < 0 {
				r += n
			}
			for r >= n {
				r -= n
			}
		}
	}
	if t == 0 {
		return src[r*m : r*m+m]
	}
	slot := (t-1)*3 + int(uint(r+off)%3)
	return ring[slot*m : slot*m+m]
}
