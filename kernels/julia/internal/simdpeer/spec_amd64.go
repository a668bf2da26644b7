//go:build goexperiment.simd

package simdpeer

import (
	"math"
	"math/bits"
	"simd/archsimd"
)

// Escape512Spec is the round design of kernels/julia's AVX-512 driver
// written with archsimd, so that the peer has the same algorithm and not
// only the same instructions: a tested first round of 16 iterations over 8
// pixels at a time; survivors compacted (Compress) into a queue; rounds of
// 16, 32, ... 128 iterations over the queue with no escape test inside,
// four vectors in flight, one test at the end; pixels found escaped at a
// round's end re-run from the round's start with tests for their exact
// counts. Exact for |c| <= 1.5, where escape is monotone; other c, short
// inputs and caps of 16 or less go to Escape512Pair. Pixel indices ride in
// a Float64x8 so that one mask compresses them with z. Requires AVX-512.
func Escape512Spec(out []int32, zr, zi []float64, cr, ci float64, maxIter int) {
	const first, chunk = 16, 2048
	if !(math.Abs(cr)+math.Abs(ci) <= 1.5) || maxIter <= first || len(out) < 32 {
		Escape512Pair(out, zr, zi, cr, ci, maxIter)
		return
	}
	four, one := archsimd.BroadcastFloat64x8(4), archsimd.BroadcastFloat64x8(1)
	vcr, vci := archsimd.BroadcastFloat64x8(cr), archsimd.BroadcastFloat64x8(ci)
	lane := archsimd.LoadFloat64x8Slice([]float64{0, 1, 2, 3, 4, 5, 6, 7})
	vmax := archsimd.BroadcastFloat64x8(float64(maxIter))
	// The queue (z and pixel of the survivors) and the re-run batch (z at
	// the start of the round a pixel escaped in, its pixel, that round's
	// start), with room for whole-vector stores.
	var qx, qy, qi [chunk + 32]float64
	var ex, ey, ei, es [chunk + 32]float64
	for base := 0; base < len(out); base += chunk {
		k := min(chunk, len(out)-base)
		qn := 0
		// One vector at a time: two in flight measured slower (9.7 ms
		// against 9.1; the masks travel through vector registers).
		for i := 0; i < k; i += 8 {
			x := archsimd.LoadFloat64x8SlicePart(zr[base+i : base+k])
			y := archsimd.LoadFloat64x8SlicePart(zi[base+i : base+k])
			cnt := archsimd.BroadcastFloat64x8(0)
			var in archsimd.Mask64x8
			for n := 0; n < first; n += 4 {
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
			// Survivors: still inside after the first round (lanes past k
			// are zero and survive; the bits drop them).
			surv := cnt.Equal(archsimd.BroadcastFloat64x8(first))
			store8(out[base:base+k], i, vmax.Merge(cnt, surv))
			sb := surv.ToBits()
			if rem := k - i; rem < 8 {
				sb &= 1<<rem - 1
			}
			if sb == 0 {
				continue
			}
			idx := lane.Add(archsimd.BroadcastFloat64x8(float64(base + i)))
			x.Compress(surv).StoreSlice(qx[qn:])
			y.Compress(surv).StoreSlice(qy[qn:])
			idx.Compress(surv).StoreSlice(qi[qn:])
			qn += bits.OnesCount8(sb)
		}
		en := 0
		for s, t := first, first; qn > 0 && s < maxIter; s, t = s+t, min(2*t, 128) {
			t = min(t, maxIter-s)
			qn, en = specRound(qx[:], qy[:], qi[:], qn, t, s, vcr, vci, four, ex[:], ey[:], ei[:], es[:], en)
		}
		rerun(out, ex[:en], ey[:en], ei[:en], es[:en], vcr, vci, four, one)
	}
}

// specRound runs t untested iterations on the n queued pixels, keeps those
// whose final z passes the test (compacted in place, in order) and appends
// the others, with the z they started with and the round's start s, to the
// re-run batch. It returns the new queue and batch lengths.
func specRound(qx, qy, qi []float64, n, t, s int, vcr, vci, four archsimd.Float64x8, ex, ey, ei, es []float64, en int) (int, int) {
	m := 0
	vs := archsimd.BroadcastFloat64x8(float64(s))
	for j := 0; j < n; j += 24 {
		// Three vectors in flight: four spill (the compiler allocates 15
		// vector registers), two leave the FMA latency exposed.
		xa, ya := archsimd.LoadFloat64x8Slice(qx[j:]), archsimd.LoadFloat64x8Slice(qy[j:])
		xb, yb := archsimd.LoadFloat64x8Slice(qx[j+8:]), archsimd.LoadFloat64x8Slice(qy[j+8:])
		xc, yc := archsimd.LoadFloat64x8Slice(qx[j+16:]), archsimd.LoadFloat64x8Slice(qy[j+16:])
		for range t {
			xa2, ya2 := xa.Mul(xa), ya.Mul(ya)
			xb2, yb2 := xb.Mul(xb), yb.Mul(yb)
			xc2, yc2 := xc.Mul(xc), yc.Mul(yc)
			ya = xa.Add(xa).MulAdd(ya, vci)
			yb = xb.Add(xb).MulAdd(yb, vci)
			yc = xc.Add(xc).MulAdd(yc, vci)
			xa = xa2.Sub(ya2).Add(vcr)
			xb = xb2.Sub(yb2).Add(vcr)
			xc = xc2.Sub(yc2).Add(vcr)
		}
		for g, v := range [3][2]archsimd.Float64x8{{xa, ya}, {xb, yb}, {xc, yc}} {
			at := j + 8*g
			if at >= n {
				break
			}
			x, y := v[0], v[1]
			keep := x.Mul(x).Add(y.Mul(y)).Less(four)
			kb, valid := keep.ToBits(), uint8(0xff)
			if rem := n - at; rem < 8 {
				valid = 1<<rem - 1
			}
			idx := archsimd.LoadFloat64x8Slice(qi[at:])
			if esc := valid &^ kb; esc != 0 {
				gone := archsimd.Mask64x8FromBits(esc)
				archsimd.LoadFloat64x8Slice(qx[at:]).Compress(gone).StoreSlice(ex[en:])
				archsimd.LoadFloat64x8Slice(qy[at:]).Compress(gone).StoreSlice(ey[en:])
				idx.Compress(gone).StoreSlice(ei[en:])
				vs.StoreSlice(es[en:])
				en += bits.OnesCount8(esc)
			}
			kb &= valid
			x.Compress(keep).StoreSlice(qx[m:])
			y.Compress(keep).StoreSlice(qy[m:])
			idx.Compress(keep).StoreSlice(qi[m:])
			m += bits.OnesCount8(kb)
		}
	}
	return m, en
}

// rerun finds the exact counts of the escapees, 8 at a time: from the z
// each had at the start of the round it escaped in, count the iterations
// that pass the test on top of that round's start. Every lane fails
// within the round's length plus one.
func rerun(out []int32, ex, ey, ei, es []float64, vcr, vci, four, one archsimd.Float64x8) {
	var cs, is [8]float64
	for j := 0; j < len(ex); j += 8 {
		n := min(8, len(ex)-j)
		valid := archsimd.Mask64x8FromBits(uint8(1<<n - 1))
		// Lanes past the end start escaped.
		x := archsimd.LoadFloat64x8SlicePart(ex[j:]).Merge(four, valid)
		y := archsimd.LoadFloat64x8SlicePart(ey[j:])
		cnt := archsimd.LoadFloat64x8SlicePart(es[j:])
		for {
			x2, y2 := x.Mul(x), y.Mul(y)
			in := x2.Add(y2).Less(four)
			if in.ToBits() == 0 {
				break
			}
			cnt = cnt.Add(one.Masked(in))
			y = x.Add(x).MulAdd(y, vci)
			x = x2.Sub(y2).Add(vcr)
		}
		cnt.Store(&cs)
		archsimd.LoadFloat64x8SlicePart(ei[j:]).Store(&is)
		for l := range n {
			out[int(is[l])] = int32(cs[l])
		}
	}
}
