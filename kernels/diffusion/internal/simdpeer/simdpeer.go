//go:build goexperiment.simd && amd64

// Package simdpeer is the comparison point for kernels/diffusion's
// benchmarks: the same periodic float64 update written in Go with the
// GOEXPERIMENT=simd archsimd package and unsafe pointers (no bounds checks
// in the inner loop), the best pure-Go peer measured on this machine. It
// is built only with that experiment: GOEXPERIMENT=simd go test -bench .
package simdpeer

import (
	"simd/archsimd"
	"unsafe"
)

// HasAVX512 reports whether Step uses 8-lane vectors.
var HasAVX512 = archsimd.X86.AVX512()

// Step writes one periodic update of the n x m grid (m >= 10) into next:
// next = (-4g + up + down + left + right)*c + g, the multiply-add fused.
func Step(next, grid []float64, n, m int, c float64) {
	_, _ = next[n*m-1], grid[n*m-1]
	for i := range n {
		up := (i + n - 1) % n
		down := (i + 1) % n
		row(next[i*m:], grid[up*m:], grid[i*m:], grid[down*m:], m, c)
	}
}

func point(g, up, down, left, right, c float64) float64 {
	return (-4*g+up+down+left+right)*c + g
}

func row(out, up, mid, down []float64, m int, c float64) {
	out[0] = point(mid[0], up[0], down[0], mid[m-1], mid[1], c)
	out[m-1] = point(mid[m-1], up[m-1], down[m-1], mid[m-2], mid[0], c)
	po, pu, pm, pd := unsafe.Pointer(&out[0]), unsafe.Pointer(&up[0]), unsafe.Pointer(&mid[0]), unsafe.Pointer(&down[0])
	at := func(p unsafe.Pointer, j int) unsafe.Pointer { return unsafe.Add(p, j*8) }
	j := 1
	if HasAVX512 {
		cv, m4 := archsimd.BroadcastFloat64x8(c), archsimd.BroadcastFloat64x8(-4)
		ld := func(p unsafe.Pointer) archsimd.Float64x8 { return archsimd.LoadFloat64x8((*[8]float64)(p)) }
		for ; j+8 <= m-1; j += 8 {
			g := ld(at(pm, j))
			l := g.Mul(m4).Add(ld(at(pu, j))).Add(ld(at(pd, j))).Add(ld(at(pm, j-1))).Add(ld(at(pm, j+1)))
			l.MulAdd(cv, g).Store((*[8]float64)(at(po, j)))
		}
	} else {
		cv, m4 := archsimd.BroadcastFloat64x4(c), archsimd.BroadcastFloat64x4(-4)
		ld := func(p unsafe.Pointer) archsimd.Float64x4 { return archsimd.LoadFloat64x4((*[4]float64)(p)) }
		for ; j+4 <= m-1; j += 4 {
			g := ld(at(pm, j))
			l := g.Mul(m4).Add(ld(at(pu, j))).Add(ld(at(pd, j))).Add(ld(at(pm, j-1))).Add(ld(at(pm, j+1)))
			l.MulAdd(cv, g).Store((*[4]float64)(at(po, j)))
		}
	}
	for ; j < m-1; j++ {
		out[j] = point(mid[j], up[j], down[j], mid[j-1], mid[j+1], c)
	}
}
