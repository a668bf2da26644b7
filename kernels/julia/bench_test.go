package julia

import (
	"github.com/hpgo/hpgo/internal/cputime"
	"math/cmplx"
	"runtime"
	"sync"
	"testing"
	"time"
)

// The benchmark ladder, after the book's table: one pass over the book's
// image per op. Run it in one process so the rungs share conditions:
//
//	go test -run '^$' -bench Ladder -count 10 ./kernels/julia
//
// Metrics: ns/pixel-iter divides by the 33219980 iterations of the image;
// GFLOP/s counts 8 flops per iteration (2 mul, 4 add/sub, 1 FMA); cpu-ms is
// the thread CPU time of single-threaded rungs (less disturbed than wall time
// on a shared machine); x-complex128 is the speed-up over the first rung.

const flopsPerIter = 8

var book struct {
	once           sync.Once
	zr, zi         []float64
	zr32, zi32     []float32
	zs             []complex128
	width          int
	out            []int32
	complexNsPerOp float64
}

func loadBook() {
	book.once.Do(func() {
		book.zr, book.zi, book.width, _ = BookGrid()
		book.zr32, book.zi32 = To32(book.zr), To32(book.zi)
		book.zs = make([]complex128, len(book.zr))
		for i := range book.zr {
			book.zs[i] = complex(book.zr[i], book.zi[i])
		}
		book.out = make([]int32, len(book.zr))
	})
}

// escapeComplex128 is the book's calculate_z_serial_purepython in Go.
func escapeComplex128(out []int32, zs []complex128, c complex128, maxIter int) {
	for i, z := range zs {
		n := 0
		for n < maxIter && cmplx.Abs(z) < 2 {
			z = z*z + c
			n++
		}
		out[i] = int32(n)
	}
}

// escapeScalar64 is the book's expanded float version (Cython's
// calculate_z with z.real and z.imag), plain Go with no FMA.
func escapeScalar64(out []int32, zr, zi []float64, cr, ci float64, maxIter int) {
	for i := range out {
		x, y, n := zr[i], zi[i], 0
		for n < maxIter && x*x+y*y < 4 {
			x, y = x*x-y*y+cr, 2*x*y+ci
			n++
		}
		out[i] = int32(n)
	}
}

func BenchmarkLadder(b *testing.B) {
	loadBook()
	type rung struct {
		name     string
		parallel bool
		run      func()
	}
	rungs := []rung{
		{"complex128", false, func() { escapeComplex128(book.out, book.zs, complex(BookCR, BookCI), BookMaxIter) }},
		{"scalar64", false, func() { escapeScalar64(book.out, book.zr, book.zi, BookCR, BookCI, BookMaxIter) }},
		{"generic64", false, func() { escapeGeneric64(book.out, book.zr, book.zi, BookCR, BookCI, BookMaxIter) }},
		{"generic32", false, func() { escapeGeneric32(book.out, book.zr32, book.zi32, BookCR, BookCI, BookMaxIter) }},
	}
	v64, v32 := variants64(), variants32()
	// avx2 and avx512 are the round drivers on this image; avx2-refill and
	// avx512-refill the refill kernels they replace above roundsMin pixels.
	isas := []string{"avx2-refill", "avx2", "avx512-refill", "avx512"}
	for _, isa := range isas {
		if fn, ok := v64[isa]; ok {
			rungs = append(rungs, rung{isa + "-64", false, func() { fn(book.out, book.zr, book.zi, BookCR, BookCI, BookMaxIter) }})
		}
	}
	for _, isa := range isas {
		if fn, ok := v32[isa]; ok {
			rungs = append(rungs, rung{isa + "-32", false, func() { fn(book.out, book.zr32, book.zi32, BookCR, BookCI, BookMaxIter) }})
		}
	}
	rungs = append(rungs,
		rung{"parallel64-" + Impl(), true, func() {
			EscapeParallel64(book.out, book.zr, book.zi, BookCR, BookCI, BookMaxIter, book.width)
		}},
		rung{"parallel32-" + Impl(), true, func() {
			EscapeParallel32(book.out, book.zr32, book.zi32, BookCR, BookCI, BookMaxIter, book.width)
		}},
	)
	for _, r := range rungs {
		b.Run(r.name, func(b *testing.B) {
			if !r.parallel {
				runtime.LockOSThread()
				defer runtime.UnlockOSThread()
			}
			c0 := threadCPU()
			for b.Loop() {
				r.run()
			}
			cpu := threadCPU() - c0
			nsPerOp := float64(b.Elapsed().Nanoseconds()) / float64(b.N)
			if r.name == "complex128" {
				book.complexNsPerOp = nsPerOp
			}
			b.ReportMetric(nsPerOp/BookSum, "ns/pixel-iter")
			b.ReportMetric(BookSum*flopsPerIter/nsPerOp, "GFLOP/s")
			if !r.parallel && cpu > 0 {
				b.ReportMetric(float64(cpu.Nanoseconds())/float64(b.N)/1e6, "cpu-ms/op")
			}
			if book.complexNsPerOp > 0 {
				b.ReportMetric(book.complexNsPerOp/nsPerOp, "x-complex128")
			}
		})
	}
}

// threadCPU is the CPU time of the calling thread where the platform has a
// per-thread clock, else zero.
func threadCPU() time.Duration {
	d, _ := cputime.Thread()
	return d
}

// BenchmarkBusyLanes measures a kernel's compute ceiling: 110734 pixels at
// z = 0 with c = 0 never escape, so every lane works all 300 iterations and
// refills happen only once per lane (33220200 pixel-iterations, as many as
// the book's image); the round drivers run them all through their
// speculative rounds. The gap between this and the Ladder rung of the same
// kernel is the cost of pixels that escape: refills or compaction, checks,
// re-runs and idle lanes.
func BenchmarkBusyLanes(b *testing.B) {
	const n = 110734
	zero64, zero32, out := make([]float64, n), make([]float32, n), make([]int32, n)
	run := func(name string, fn func()) {
		b.Run(name, func(b *testing.B) {
			runtime.LockOSThread()
			defer runtime.UnlockOSThread()
			c0 := threadCPU()
			for b.Loop() {
				fn()
			}
			cpu := threadCPU() - c0
			nsPerOp := float64(b.Elapsed().Nanoseconds()) / float64(b.N)
			b.ReportMetric(nsPerOp/(n*BookMaxIter), "ns/pixel-iter")
			if cpu > 0 {
				b.ReportMetric(float64(cpu.Nanoseconds())/float64(b.N)/1e6, "cpu-ms/op")
			}
		})
	}
	for _, isa := range []string{"avx2-refill", "avx2", "avx512-refill", "avx512"} {
		if fn, ok := variants64()[isa]; ok {
			run(isa+"-64", func() { fn(out, zero64, zero64, 0, 0, BookMaxIter) })
		}
		if fn, ok := variants32()[isa]; ok {
			run(isa+"-32", func() { fn(out, zero32, zero32, 0, 0, BookMaxIter) })
		}
	}
}
