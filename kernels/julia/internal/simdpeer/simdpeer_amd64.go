//go:build goexperiment.simd

package simdpeer

import "simd/archsimd"

// HasAVX512 reports whether the AVX-512 kernels can run.
func HasAVX512() bool { return archsimd.X86.AVX512() }

// Escape512 runs 8 pixels per Float64x8, grouped: a vector is done when all
// of its lanes have escaped or reached maxIter. Requires AVX-512.
func Escape512(out []int32, zr, zi []float64, cr, ci float64, maxIter int) {
	four, one := archsimd.BroadcastFloat64x8(4), archsimd.BroadcastFloat64x8(1)
	vcr, vci := archsimd.BroadcastFloat64x8(cr), archsimd.BroadcastFloat64x8(ci)
	for i := 0; i < len(out); i += 8 {
		x := archsimd.LoadFloat64x8SlicePart(zr[i:])
		y := archsimd.LoadFloat64x8SlicePart(zi[i:])
		cnt := archsimd.BroadcastFloat64x8(0)
		active := one.Less(four)
		for range maxIter {
			x2, y2 := x.Mul(x), y.Mul(y)
			active = active.And(x2.Add(y2).Less(four))
			if active.ToBits() == 0 {
				break
			}
			cnt = cnt.Add(one.Masked(active))
			y = x.Add(x).MulAdd(y, vci)
			x = x2.Sub(y2).Add(vcr)
		}
		store8(out, i, cnt)
	}
}

// store8 writes the counts of the 8 pixels from at on, as far as out goes.
func store8(out []int32, at int, cnt archsimd.Float64x8) {
	cnt.ConvertToInt32().StoreSlicePart(out[at:])
}

// Escape512x2 is Escape512 with two vectors in flight, so that one hides
// the other's FMA latency; each pair runs until both are done.
func Escape512x2(out []int32, zr, zi []float64, cr, ci float64, maxIter int) {
	four, one := archsimd.BroadcastFloat64x8(4), archsimd.BroadcastFloat64x8(1)
	vcr, vci := archsimd.BroadcastFloat64x8(cr), archsimd.BroadcastFloat64x8(ci)
	i := 0
	for ; i+16 <= len(out); i += 16 {
		xa, ya := archsimd.LoadFloat64x8Slice(zr[i:]), archsimd.LoadFloat64x8Slice(zi[i:])
		xb, yb := archsimd.LoadFloat64x8Slice(zr[i+8:]), archsimd.LoadFloat64x8Slice(zi[i+8:])
		ca, cb := archsimd.BroadcastFloat64x8(0), archsimd.BroadcastFloat64x8(0)
		aa, ab := one.Less(four), one.Less(four)
		for range maxIter {
			xa2, ya2 := xa.Mul(xa), ya.Mul(ya)
			xb2, yb2 := xb.Mul(xb), yb.Mul(yb)
			aa = aa.And(xa2.Add(ya2).Less(four))
			ab = ab.And(xb2.Add(yb2).Less(four))
			if aa.Or(ab).ToBits() == 0 {
				break
			}
			ca = ca.Add(one.Masked(aa))
			cb = cb.Add(one.Masked(ab))
			ya = xa.Add(xa).MulAdd(ya, vci)
			yb = xb.Add(xb).MulAdd(yb, vci)
			xa = xa2.Sub(ya2).Add(vcr)
			xb = xb2.Sub(yb2).Add(vcr)
		}
		store8(out, i, ca)
		store8(out, i+8, cb)
	}
	if i < len(out) {
		Escape512(out[i:], zr[i:], zi[i:], cr, ci, maxIter)
	}
}

// Escape256 is Escape512 with Float64x4 (AVX2 and FMA).
func Escape256(out []int32, zr, zi []float64, cr, ci float64, maxIter int) {
	four, one := archsimd.BroadcastFloat64x4(4), archsimd.BroadcastFloat64x4(1)
	vcr, vci := archsimd.BroadcastFloat64x4(cr), archsimd.BroadcastFloat64x4(ci)
	zero := archsimd.BroadcastFloat64x4(0)
	var counts [4]float64
	for i := 0; i < len(out); i += 4 {
		x := archsimd.LoadFloat64x4SlicePart(zr[i:])
		y := archsimd.LoadFloat64x4SlicePart(zi[i:])
		cnt := zero
		active := one.Less(four)
		for range maxIter {
			x2, y2 := x.Mul(x), y.Mul(y)
			active = active.And(x2.Add(y2).Less(four))
			if active.ToBits() == 0 {
				break
			}
			cnt = cnt.Add(one.Merge(zero, active))
			y = x.Add(x).MulAdd(y, vci)
			x = x2.Sub(y2).Add(vcr)
		}
		cnt.Store(&counts)
		for j := 0; j < 4 && i+j < len(out); j++ {
			out[i+j] = int32(counts[j])
		}
	}
}
