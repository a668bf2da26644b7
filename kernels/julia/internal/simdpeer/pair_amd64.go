//go:build goexperiment.simd

package simdpeer

import "simd/archsimd"

// Escape512Unrolled is Escape512 with the exit test every 4 iterations
// (lanes keep counting only while |z|² < 4: once a lane has escaped, |z|
// keeps growing for |c| <= 2, so its count stops by itself; the book's c
// has |c| = 0.76) and no per-lane active mask. Requires AVX-512.
func Escape512Unrolled(out []int32, zr, zi []float64, cr, ci float64, maxIter int) {
	four, one := archsimd.BroadcastFloat64x8(4), archsimd.BroadcastFloat64x8(1)
	vcr, vci := archsimd.BroadcastFloat64x8(cr), archsimd.BroadcastFloat64x8(ci)
	for i := 0; i < len(out); i += 8 {
		x := archsimd.LoadFloat64x8SlicePart(zr[i:])
		y := archsimd.LoadFloat64x8SlicePart(zi[i:])
		cnt := archsimd.BroadcastFloat64x8(0)
		n := 0
		for ; n+4 <= maxIter; n += 4 {
			var in archsimd.Mask64x8
			for range 4 {
				x2, y2 := x.Mul(x), y.Mul(y)
				in = x2.Add(y2).Less(four)
				cnt = cnt.Add(one.Masked(in))
				y = x.Add(x).MulAdd(y, vci)
				x = x2.Sub(y2).Add(vcr)
			}
			if in.ToBits() == 0 {
				break
			}
		}
		if n+4 > maxIter {
			for ; n < maxIter; n++ {
				x2, y2 := x.Mul(x), y.Mul(y)
				cnt = cnt.Add(one.Masked(x2.Add(y2).Less(four)))
				y = x.Add(x).MulAdd(y, vci)
				x = x2.Sub(y2).Add(vcr)
			}
		}
		store8(out, i, cnt)
	}
}

// Escape512Pair runs two vectors of 8 pixels in flight, each refilled with
// the next 8 pixels as soon as its own lanes are done, with the exit test
// of Escape512Unrolled. Requires AVX-512.
func Escape512Pair(out []int32, zr, zi []float64, cr, ci float64, maxIter int) {
	four, one := archsimd.BroadcastFloat64x8(4), archsimd.BroadcastFloat64x8(1)
	vcr, vci := archsimd.BroadcastFloat64x8(cr), archsimd.BroadcastFloat64x8(ci)
	zero := archsimd.BroadcastFloat64x8(0)
	if maxIter%4 != 0 || len(out) < 16 {
		Escape512Unrolled(out, zr, zi, cr, ci, maxIter)
		return
	}
	// The two vectors are separate variables, and their refills written out
	// twice, on purpose: the compiler keeps them in registers only so (an
	// array of slot structs measured 26 ms against 14).
	next := 16
	atA, atB := 0, 8
	xa, ya := archsimd.LoadFloat64x8SlicePart(zr[0:]), archsimd.LoadFloat64x8SlicePart(zi[0:])
	xb, yb := archsimd.LoadFloat64x8SlicePart(zr[8:]), archsimd.LoadFloat64x8SlicePart(zi[8:])
	ca, cb := zero, zero
	na, nb := 0, 0
	for atA >= 0 || atB >= 0 {
		var ina, inb archsimd.Mask64x8
		for range 4 {
			xa2, ya2 := xa.Mul(xa), ya.Mul(ya)
			xb2, yb2 := xb.Mul(xb), yb.Mul(yb)
			ina = xa2.Add(ya2).Less(four)
			inb = xb2.Add(yb2).Less(four)
			ca = ca.Add(one.Masked(ina))
			cb = cb.Add(one.Masked(inb))
			ya = xa.Add(xa).MulAdd(ya, vci)
			yb = xb.Add(xb).MulAdd(yb, vci)
			xa = xa2.Sub(ya2).Add(vcr)
			xb = xb2.Sub(yb2).Add(vcr)
		}
		na += 4
		nb += 4
		if atA >= 0 && (na == maxIter || ina.ToBits() == 0) {
			store8(out, atA, ca)
			atA, na, ca = -1, 0, zero
			if next < len(out) {
				atA = next
				xa, ya = archsimd.LoadFloat64x8SlicePart(zr[next:]), archsimd.LoadFloat64x8SlicePart(zi[next:])
				next += 8
			} else {
				xa, ya = four, four // escaped: counts stay 0
			}
		}
		if atB >= 0 && (nb == maxIter || inb.ToBits() == 0) {
			store8(out, atB, cb)
			atB, nb, cb = -1, 0, zero
			if next < len(out) {
				atB = next
				xb, yb = archsimd.LoadFloat64x8SlicePart(zr[next:]), archsimd.LoadFloat64x8SlicePart(zi[next:])
				next += 8
			} else {
				xb, yb = four, four
			}
		}
	}
}
