package diffusion

import (
	"fmt"
	"testing"
)

// BenchmarkEvolveDepth: Evolve at the in-cache edge (N=640, grid pair
// 6.5 MB in L3) for fixed pass depths, one worker. It is the evidence for
// leaving blocking off there (autoStepsPerPass): deeper passes cost more
// per step than the L3 sweeps they save.
func BenchmarkEvolveDepth(b *testing.B) {
	const n, evolveSteps = 640, 24
	for _, per := range []int{1, 2, 3, 4} {
		b.Run(fmt.Sprintf("N=%d/per=%d", n, per), func(b *testing.B) {
			g, next := make([]float64, n*n), make([]float64, n*n)
			InitBook(g, n, n)
			cpu := cpuTime()
			for b.Loop() {
				if r := Evolve(g, next, n, n, evolveSteps, Book, Options{StepsPerPass: per}); &r[0] != &g[0] {
					g, next = next, g
				}
			}
			perPoint(b, n*n*evolveSteps, cpu)
		})
	}
}
