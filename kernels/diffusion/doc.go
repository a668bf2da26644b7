// Package diffusion evolves the 2D heat (diffusion) equation of High
// Performance Python's vector chapter on an n x m grid stored row-major in a
// flat slice:
//
//	next = grid + D*dt*(up + down + left + right - 4*grid)
//
// evaluated as the book's in-place numpy version does, ((((-4*g + up) +
// down) + left) + right)*(D*dt) + g, with periodic or fixed (Dirichlet,
// zero outside the grid) boundaries. There are no temporaries: Step writes
// one update into a caller buffer in a single pass, and Evolve runs many
// steps double-buffered; for grids larger than the caches it does several
// steps per pass over the grid (temporal blocking), so memory traffic per
// step falls below one sweep of the grid.
//
// On amd64 the row updates run in generated AVX2 or AVX-512 assembly
// (asmgen/diffusion), chosen at start-up from the CPU's features: one pass
// per row that reads each point once and writes it once (the AVX-512
// kernels take the left and right neighbours from registers), and, for the
// last step of a blocked pass over a grid past the caches, non-temporal
// stores. The
// environment variable HPGO_DIFFUSION_ISA=generic|avx2|avx512 forces a
// lower path; the purego build tag and other architectures use the pure-Go
// code. Params.Exact keeps the final multiply-add unfused; results are then
// bit-identical to StepReference and to the book's in-place
// numpy version (TestNumpyBookHash); with FMA they agree to within 1e-15
// relative. Step and Evolve also run in parallel over bands of rows
// (StepParallel, Options.Workers).
package diffusion
