// Command julia computes the book's Julia set (1000x1000, 300 iterations,
// c = -0.62772-0.42193i) with hpgen's kernel from kernels/julia and prints
// the dispatch path it took, the time and the checksum the book gives,
// 33219980. Run it with HPGO_JULIA_ISA=generic|avx2|avx512 to compare paths
// (make demo does).
package main

import (
	"flag"
	"fmt"
	"os"
	"time"

	"github.com/hpgo/hpgo/kernels/julia"
)

func main() {
	parallel := flag.Bool("parallel", false, "use every core (rows scheduled like OpenMP's guided)")
	flag.Parse()
	zr, zi, width, _ := julia.BookGrid()
	counts := make([]int32, len(zr))
	const cr, ci, maxIter = julia.BookCR, julia.BookCI, julia.BookMaxIter
	best := time.Duration(1 << 62)
	for range 5 {
		start := time.Now()
		if *parallel {
			julia.EscapeParallel64(counts, zr, zi, cr, ci, maxIter, width)
		} else {
			julia.Escape64(counts, zr, zi, cr, ci, maxIter)
		}
		best = min(best, time.Since(start))
	}
	var sum int64
	for _, c := range counts {
		sum += int64(c)
	}
	mode := "1 core"
	if *parallel {
		mode = "all cores"
	}
	fmt.Printf("julia %-8s %-9s best of 5: %8.2f ms  sum %d\n", julia.Impl(), mode, float64(best.Microseconds())/1000, sum)
	if sum != julia.BookSum {
		fmt.Fprintf(os.Stderr, "julia: the sum differs from the book's %d\n", julia.BookSum)
		os.Exit(1)
	}
}
