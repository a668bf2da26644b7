//go:build goexperiment.simd && amd64

package simdpeer

import (
	"fmt"
	"github.com/hpgo/hpgo/internal/cputime"
	"math"
	"testing"
	"time"

	"github.com/hpgo/hpgo/kernels/diffusion"
)

// TestMatchesReference: the peer computes the same update (within the FMA
// rounding), so the benchmarks compare like with like.
func TestMatchesReference(t *testing.T) {
	for _, n := range []int{10, 17, 64, 131} {
		g := make([]float64, n*n)
		for i := range g {
			g[i] = float64(i%97) / 97
		}
		want, got := make([]float64, n*n), make([]float64, n*n)
		diffusion.StepReference(want, g, n, n, diffusion.Book)
		Step(got, g, n, n, 0.1)
		for i := range got {
			if math.Abs(got[i]-want[i]) > 1e-15 {
				t.Fatalf("n=%d point %d: %v, reference %v", n, i, got[i], want[i])
			}
		}
	}
}

// BenchmarkStep reports ns per point per step for the archsimd peer at the
// sizes of kernels/diffusion's BenchmarkEvolve.
func BenchmarkStep(b *testing.B) {
	for _, n := range []int{128, 256, 640, 1024, 2048, 4096} {
		b.Run(fmt.Sprintf("N=%d", n), func(b *testing.B) {
			g, next := make([]float64, n*n), make([]float64, n*n)
			diffusion.InitBook(g, n, n)
			cpu := cpuTime()
			for b.Loop() {
				Step(next, g, n, n, 0.1)
				g, next = next, g
			}
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(n*n), "ns/pt")
			b.ReportMetric(float64((cpuTime()-cpu).Nanoseconds())/float64(b.N)/float64(n*n), "cpu-ns/pt")
		})
	}
}

// cpuTime is the process's user+sys CPU time: on this shared machine it
// excludes time spent descheduled, unlike the wall clock (see
// kernels/diffusion's bench_test.go, which reports the same pair).
func cpuTime() time.Duration {
	d, _ := cputime.Process()
	return d
}
