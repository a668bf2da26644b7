//go:build goexperiment.simd && linux

package simdpeer

import (
	"github.com/hpgo/hpgo/internal/cputime"
	"runtime"
	"slices"
	"testing"
	"time"

	"github.com/hpgo/hpgo/kernels/julia"
)

var kernels = []struct {
	name   string
	avx512 bool
	fn     func([]int32, []float64, []float64, float64, float64, int)
}{
	{"archsimd-256", false, Escape256},
	{"archsimd-512", true, Escape512},
	{"archsimd-512x2", true, Escape512x2},
	{"archsimd-512-unrolled", true, Escape512Unrolled},
	{"archsimd-512-pair", true, Escape512Pair},
	{"archsimd-512-spec", true, Escape512Spec},
}

func TestBook(t *testing.T) {
	zr, zi, _, _ := julia.BookGrid()
	want := make([]int32, len(zr))
	julia.Escape64(want, zr, zi, julia.BookCR, julia.BookCI, julia.BookMaxIter)
	for _, k := range kernels {
		if k.avx512 && !HasAVX512() {
			t.Logf("%s: no AVX-512 here", k.name)
			continue
		}
		for _, n := range []int{0, 1, 7, 8, 9, 15, 16, 17, 33, len(zr)} {
			got := make([]int32, n)
			k.fn(got, zr[:n], zi[:n], julia.BookCR, julia.BookCI, julia.BookMaxIter)
			if !slices.Equal(got, want[:n]) {
				t.Fatalf("%s n=%d: counts differ from kernels/julia", k.name, n)
			}
		}
	}
}

// BenchmarkPeer runs the archsimd kernels and, in the same run, the best
// kernels/julia kernel (assembly, unaffected by GOEXPERIMENT).
func BenchmarkPeer(b *testing.B) {
	zr, zi, _, _ := julia.BookGrid()
	out := make([]int32, len(zr))
	run := func(name string, fn func([]int32, []float64, []float64, float64, float64, int)) {
		b.Run(name, func(b *testing.B) {
			runtime.LockOSThread()
			defer runtime.UnlockOSThread()
			c0 := threadCPU()
			for b.Loop() {
				fn(out, zr, zi, julia.BookCR, julia.BookCI, julia.BookMaxIter)
			}
			b.ReportMetric(float64((threadCPU()-c0).Nanoseconds())/float64(b.N)/1e6, "cpu-ms/op")
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/julia.BookSum, "ns/pixel-iter")
		})
	}
	for _, k := range kernels {
		if k.avx512 && !HasAVX512() {
			continue
		}
		run(k.name, k.fn)
	}
	run("hpgo-"+julia.Impl(), julia.Escape64)
}

// threadCPU is the calling thread's CPU time (less disturbed than wall time
// on a shared machine).
func threadCPU() time.Duration {
	d, _ := cputime.Thread()
	return d
}
