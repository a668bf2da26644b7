// Package simdpeer is the Julia kernel written with Go's experimental
// simd/archsimd package, the peer the generated assembly in kernels/julia is
// measured against. It only has code with GOEXPERIMENT=simd on amd64:
//
//	GOEXPERIMENT=simd go test -run '^$' -bench . -count 10 ./kernels/julia/internal/simdpeer
//
// The kernels are what a careful user would write: 8 (AVX-512) or 4 (AVX2)
// neighbouring pixels per vector, iterated until all have escaped, with the
// same roundings as kernels/julia so the counts can be compared exactly.
// The fastest, Escape512Pair, keeps two vectors in flight and refills each
// with the next 8 pixels as soon as its own lanes are done; it and
// Escape512Unrolled count without a per-lane active mask, which is exact
// for |c| <= 2 (the book's c) but not for every c. Four vectors in flight
// (written out, no arrays) measured 2.5x slower than two: the compiler
// spills them. Escape512Spec ports the round design of kernels/julia's
// AVX-512 driver (a tested first round, then rounds with no escape test
// inside and exact re-runs of the few pixels that escaped in them), so that
// the comparison separates the algorithm from the code generation.
// It is built separately so that GOEXPERIMENT=simd never changes the code
// of the scalar rungs of the kernels/julia ladder.
package simdpeer
