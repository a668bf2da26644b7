// Command heat evolves the book's 2D diffusion problem (a block of 0.005 in
// a grid of zeros, D = 1, dt = 0.1, periodic edges) with hpgen's fused
// kernel from kernels/diffusion, one step at a time and with Evolve's
// temporal blocking, and prints the cost per point per step next to the
// cost of one copy of the grid, and the grid's mass, which diffusion
// conserves. make demo runs it.
package main

import (
	"flag"
	"fmt"
	"os"
	"time"

	"github.com/hpgo/hpgo/kernels/diffusion"
)

func main() {
	n := flag.Int("n", 640, "grid side")
	steps := flag.Int("steps", 100, "time steps")
	flag.Parse()
	if *n < 1 || *steps < 1 {
		fmt.Fprintln(os.Stderr, "heat: -n and -steps must be positive")
		os.Exit(2)
	}
	size, points := *n**n, float64(*n**n**steps)
	grid, next := make([]float64, size), make([]float64, size)

	diffusion.InitBook(grid, *n, *n)
	start := time.Now()
	for range *steps {
		copy(next, grid)
	}
	copyNs := float64(time.Since(start).Nanoseconds()) / points

	start = time.Now()
	g, x := grid, next
	for range *steps {
		diffusion.Step(x, g, *n, *n, diffusion.Book)
		g, x = x, g
	}
	stepNs := float64(time.Since(start).Nanoseconds()) / points
	stepMass := sum(g)

	diffusion.InitBook(grid, *n, *n)
	start = time.Now()
	out := diffusion.Evolve(grid, next, *n, *n, *steps, diffusion.Book, diffusion.Options{})
	evolveNs := float64(time.Since(start).Nanoseconds()) / points

	fmt.Printf("heat %dx%d, %d steps, %s: copy %.3f ns/pt, Step %.3f ns/pt, Evolve %.3f ns/pt; mass %.6f (Step) %.6f (Evolve)\n",
		*n, *n, *steps, diffusion.ISA(), copyNs, stepNs, evolveNs, stepMass, sum(out))
}

func sum(xs []float64) float64 {
	s := 0.0
	for _, x := range xs {
		s += x
	}
	return s
}
