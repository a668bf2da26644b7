package diffusion

import (
	"fmt"
	"github.com/hpgo/hpgo/internal/cputime"
	"testing"
	"time"
)

// benchSizes are the ladder: in L2, in L3, and past the last-level
// cache (32 MiB shared here), float64.
var benchSizes = []int{128, 256, 640, 1024, 2048, 4096}

// perPoint reports wall-clock ns per point (per step) and, because the
// machine is shared, also the process's CPU time per point (user+sys from
// getrusage), which does not count time the benchmark spent descheduled.
// For a two-worker run the CPU figure is the sum over both cores.
func perPoint(b *testing.B, points int, cpuStart time.Duration) {
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(points), "ns/pt")
	b.ReportMetric(float64((cpuTime()-cpuStart).Nanoseconds())/float64(b.N)/float64(points), "cpu-ns/pt")
}

func cpuTime() time.Duration {
	d, _ := cputime.Process()
	return d
}

// BenchmarkCopy is the memory wall: one copy of the grid (read once, write
// once) per iteration, reported per point. A step can only beat it by not
// sweeping the grid each step.
func BenchmarkCopy(b *testing.B) {
	for _, n := range benchSizes {
		b.Run(fmt.Sprintf("N=%d", n), func(b *testing.B) {
			src, dst := make([]float64, n*n), make([]float64, n*n)
			InitBook(src, n, n)
			cpu := cpuTime()
			for b.Loop() {
				copy(dst, src)
				src, dst = dst, src
			}
			perPoint(b, n*n, cpu)
		})
	}
}

// BenchmarkStep: one update per iteration on each path (the best ISA, and
// the pure-Go rows), no temporal blocking.
func BenchmarkStep(b *testing.B) {
	for _, n := range benchSizes {
		for _, l := range benchISAs() {
			b.Run(fmt.Sprintf("N=%d/isa=%s", n, l), func(b *testing.B) {
				old := level
				level = l
				defer func() { level = old }()
				g, next := make([]float64, n*n), make([]float64, n*n)
				InitBook(g, n, n)
				cpu := cpuTime()
				for b.Loop() {
					Step(next, g, n, n, Book)
					g, next = next, g
				}
				perPoint(b, n*n, cpu)
			})
		}
	}
}

func benchISAs() []isa {
	ls := []isa{isaGeneric}
	if cpuISA() >= isaAVX2 {
		ls = append(ls, isaAVX2)
	}
	if cpuISA() >= isaAVX512 {
		ls = append(ls, isaAVX512)
	}
	return ls
}

// BenchmarkEvolve: evolveSteps updates per iteration with the automatic
// pass depth (temporal blocking past L2), on one and two workers; ns/pt is
// per point per step.
func BenchmarkEvolve(b *testing.B) {
	const evolveSteps = 24
	for _, n := range benchSizes {
		for _, w := range []int{1, 2} {
			b.Run(fmt.Sprintf("N=%d/workers=%d", n, w), func(b *testing.B) {
				g, next := make([]float64, n*n), make([]float64, n*n)
				InitBook(g, n, n)
				cpu := cpuTime()
				for b.Loop() {
					if r := Evolve(g, next, n, n, evolveSteps, Book, Options{Workers: w}); &r[0] != &g[0] {
						g, next = next, g
					}
				}
				perPoint(b, n*n*evolveSteps, cpu)
			})
		}
	}
}

// BenchmarkEvolveStreamStores: the blocked Evolve past the caches with and
// without non-temporal stores for each pass's output rows.
func BenchmarkEvolveStreamStores(b *testing.B) {
	const evolveSteps = 24
	for _, n := range []int{2048, 4096} {
		for _, nt := range []bool{false, true} {
			b.Run(fmt.Sprintf("N=%d/nt=%v", n, nt), func(b *testing.B) {
				defer func(old bool) { streamStores = old }(streamStores)
				streamStores = nt
				g, next := make([]float64, n*n), make([]float64, n*n)
				InitBook(g, n, n)
				cpu := cpuTime()
				for b.Loop() {
					if r := Evolve(g, next, n, n, evolveSteps, Book, Options{}); &r[0] != &g[0] {
						g, next = next, g
					}
				}
				perPoint(b, n*n*evolveSteps, cpu)
			})
		}
	}
}
