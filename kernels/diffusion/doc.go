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
// (asmgen/diffusion), chosen at start-up from the CPU's features. The
// environment variable HPGO_DIFFUSION_ISA=generic|avx2|avx512 forces a
// lower path; the purego build tag and other architectures use the pure-Go
// code. Params.Exact selects kernels without fused multiply-add, whose
// results are bit-identical to StepReference (and so to numpy); with FMA
// they agree to within 1e-15 relative.
package diffusion
