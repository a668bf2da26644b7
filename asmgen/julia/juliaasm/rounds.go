package juliaasm

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/mmcloughlin/avo/attr"
	"github.com/mmcloughlin/avo/build"
	"github.com/mmcloughlin/avo/operand"
	"github.com/mmcloughlin/avo/reg"
)

// The round kernels run pixels in lockstep: every pixel handed to one call
// has done the same number of iterations, S, and the call runs up to T more
// on each, four vector groups at a time. Survivors (pixels still inside
// after T iterations) are compacted, with their z and pixel index, to the
// front of a buffer for the next round; the others get their counts. A Go
// driver, which hpgen emits with jennifer (internal/gen/julia), strings the
// rounds together. The kernels read and write whole vectors past the ends
// of the slices they are given: every slice needs 64 elements of capacity
// beyond its length, which the driver's arrays have.
//
//   - roundFirst reads the caller's zr and zi, tests every iteration, and
//     stores every count straight to out with a plain vector store: the
//     escaped pixels' counts are final, the survivors' are set to maxIter,
//     which stays unless a later round finds them escaping.
//   - roundTested runs T tested iterations on a buffer, in place, and
//     scatters the counts of the pixels it does not keep (all of them when
//     keep is false). The driver uses it when c rules speculation out.
//   - roundRerun is roundTested over pixels with their own start counts and
//     nothing kept: it finds the exact counts of the escapees below.
//   - roundSpec runs T iterations with no escape test at all, then tests
//     the final z once. A pixel that fails that test escaped somewhere in
//     the round; it is copied, with the z and the count s it started the
//     round with, to an escapee buffer for roundRerun.
//
// Why untested rounds are exact. Let |c| <= 1.5 and let a test fail at z:
// the computed zr²+zi² is >= 4 or NaN. If it is NaN, or a part of z is
// infinite, or the squares overflow, the next z has a NaN or infinite part
// and fails too. Otherwise |z|² >= 4(1-2u) (u = 2⁻⁵³, or 2⁻²⁴ for
// float32), and the next z is z²+c to within 4u·|z|², so its modulus is at
// least |z|²(1-4u) - 1.5 > 2.4 and its test fails again. So a test that fails keeps failing, and a pixel
// whose z passes the round's last test passed every test in the round,
// computed with the same operations as the tested loop. (With |c| > 2 this
// is false: for c = -2.5, z = 2.1 fails and its successor 1.91 passes;
// TestRoundsNoSpeculation in kernels/julia fails if the driver
// speculates there.)
//
// Why. The untested update is 6 operations against the tested loop's 9
// (the magnitude, the compare into a mask and the masked count increment),
// and on the book's image 90% of the pixel-iterations belong to the 10% of
// pixels that never escape. Lockstep rounds waste little: neighbouring
// pixels have similar counts (a 16-iteration first round over 32-pixel
// runs of the book's image executes 5.07 M lane-iterations for 4.71 M
// useful). Measured in docs/results/julia.md.

// prefetchAhead is how far ahead, in elements, roundFirst prefetches the
// caller's arrays, which stream from memory: 512 made the book's image 3%
// faster in float64 (16 MB of input) and 1% in float32; 256 to 2048 were
// alike (docs/results/julia.md).
const prefetchAhead = 512

// roundGroups is the number of vector groups every round kernel keeps in
// flight: five or six measured no faster for the untested loop, two or
// three no faster for the first round and the re-runs and slower for the
// untested loop (docs/results/julia.md).
const roundGroups = 4

// RoundFuncName is the name of a round kernel, e.g. roundSpecAVX512Float64.
func RoundFuncName(kind, isa, typ string) string {
	return "round" + kind + strings.ToUpper(isa) + upperFirst(typ)
}

func upperFirst(s string) string { return string(s[0]-'a'+'A') + s[1:] }

// RoundKinds lists the round kernels, in the order they are emitted.
var RoundKinds = []string{"First", "Tested", "Rerun", "Spec"}

// roundSignature is the Go signature of the round kernel kind for typ.
func roundSignature(kind, typ string) string {
	switch kind {
	case "First":
		return fmt.Sprintf("func(out []int32, zr, zi []%[1]s, cr, ci %[1]s, t, maxIter, base int, qzr, qzi []%[1]s, qidx []int32) int", typ)
	case "Tested":
		return fmt.Sprintf("func(out []int32, zr, zi []%[1]s, idx []int32, cr, ci %[1]s, s, t int, keep bool) int", typ)
	case "Rerun":
		return fmt.Sprintf("func(out []int32, zr, zi []%[1]s, idx, s []int32, cr, ci %[1]s, t int)", typ)
	case "Spec":
		return fmt.Sprintf("func(zr, zi []%[1]s, idx []int32, cr, ci %[1]s, s, t int, ezr, ezi []%[1]s, eidx, es []int32) (m, e int)", typ)
	}
	panic("juliaasm: unknown round kind " + kind)
}

// roundFunction opens the round kernel kind for isa and e, working on G
// groups of W lanes, and returns its name.
func roundFunction(c *build.Context, kind, isa string, e elem, G, W int) string {
	name := RoundFuncName(kind, isa, e.typ)
	c.Function(name)
	c.Attributes(attr.NOSPLIT)
	c.SignatureExpr(roundSignature(kind, e.typ))
	doc := "%s runs T tested iterations on %d groups of %d %s lanes at a time."
	if kind == "Spec" {
		doc = "%s runs T untested iterations on %d groups of %d %s lanes at a time, then tests once."
	}
	c.Doc(fmt.Sprintf(doc, name, G, W, e.typ))
	c.Pragma("noescape")
	return name
}

// roundsAVX512 emits the four round kernels for e.
func roundsAVX512(c *build.Context, e elem, iota operand.Mem) {
	for _, kind := range RoundKinds[:3] {
		roundTested(c, e, iota, kind)
	}
	roundSpec(c, e)
}

// tripBits returns the valid lanes of the trip at element offset i, one
// bit per lane (lanes <= 64): min(n-i, lanes) low bits. The caller has
// i < n.
func tripBits(c *build.Context, n, i reg.Register, lanes int) reg.GPVirtual {
	rem, w, bits := c.GP64(), c.GP64(), c.GP64()
	c.MOVQ(n, rem)
	c.SUBQ(i, rem)
	c.MOVQ(operand.U32(uint64(lanes)), w)
	c.CMPQ(rem, w)
	c.CMOVQGT(w, rem)
	c.MOVQ(operand.I32(-1), bits)
	c.BZHIQ(rem, bits, bits) // an index of 64 keeps every bit
	return bits
}

// groupMask sets k to group g's lanes of the trip's valid bits.
func groupMask(c *build.Context, e elem, bits reg.GPVirtual, g, W int, k reg.OpmaskVirtual) {
	if g == 0 {
		op(c, "KMOV"+e.k, bits.As32(), k)
		return
	}
	t := c.GP64()
	c.RORXQ(operand.U8(uint8(g*W)), bits, t)
	op(c, "KMOV"+e.k, t.As32(), k)
}

// loadTrip loads the z of the trip of G groups at element offset i of the
// arrays at zrp and zip, lanes past n zero, and returns each group's valid
// lanes.
func loadTrip(c *build.Context, e elem, zrp, zip, n, i reg.Register, G int) (zr, zi []reg.VecVirtual, valid []reg.OpmaskVirtual) {
	W := 64 / e.size
	zr, zi, valid = zmms(c, G), zmms(c, G), make([]reg.OpmaskVirtual, G)
	bits := tripBits(c, n, i, G*W)
	for gi := range G {
		valid[gi] = c.K()
		groupMask(c, e, bits, gi, W, valid[gi])
		op(c, "VMOVUP"+e.p[1:]+"_Z", operand.Mem{Base: zrp, Index: i, Scale: scale(e.size), Disp: gi * W * e.size}, valid[gi], zr[gi])
		op(c, "VMOVUP"+e.p[1:]+"_Z", operand.Mem{Base: zip, Index: i, Scale: scale(e.size), Disp: gi * W * e.size}, valid[gi], zi[gi])
	}
	return zr, zi, valid
}

// openTrips allocates and zeroes counters registers and then the trip
// offset i, skips to name_done when n is 0, and opens the loop over trips
// (name_trip).
func openTrips(c *build.Context, name string, n reg.Register, counters int) (i reg.GPVirtual, ctr []reg.GPVirtual) {
	ctr = make([]reg.GPVirtual, counters)
	for k := range ctr {
		ctr[k] = c.GP64()
	}
	i = c.GP64()
	for _, r := range ctr {
		c.XORQ(r, r)
	}
	c.XORQ(i, i)
	c.TESTQ(n, n)
	c.JZ(operand.LabelRef(name + "_done"))
	c.Label(name + "_trip")
	return i, ctr
}

// closeTrips advances i by a trip of lanes and loops while i < n, then ends
// the kernel (name_done): results become its return values, and it returns
// with the upper vector state cleared.
func closeTrips(c *build.Context, name string, n, i reg.Register, lanes int, results ...reg.Register) {
	c.ADDQ(operand.U32(uint64(lanes)), i)
	c.CMPQ(i, n)
	c.JB(operand.LabelRef(name + "_trip"))
	c.Label(name + "_done")
	for k, r := range results {
		c.Store(r, c.ReturnIndex(k))
	}
	c.VZEROUPPER()
	c.RET()
}

// loopHead loads the round length t into a counter and opens the inner
// loop, aligned so that its placement does not move with other code.
func loopHead(c *build.Context, name string) reg.GPVirtual {
	L := c.GP64()
	c.Load(c.Param("t"), L)
	pcalign(c, 64)
	c.Label(name + "_loop")
	return L
}

// zmms allocates n virtual ZMM registers.
func zmms(c *build.Context, n int) []reg.VecVirtual {
	v := make([]reg.VecVirtual, n)
	for i := range v {
		v[i] = c.ZMM()
	}
	return v
}

// interleave emits steps for every group, step by step: each step's
// operations are independent of each other, which measured 20% faster for
// the untested update than emitting the groups one after another (3.07
// cycles per group-iteration against 3.87, the port limit being 3).
func interleave(G int, steps ...func(g int)) {
	for _, st := range steps {
		for g := range G {
			st(g)
		}
	}
}

// escapeTest returns the steps of the escape test for interleave: the
// squares into zr2 and zi2, |z|² into mg, and k &= |z|² < 4 (NaN fails).
func escapeTest(c *build.Context, e elem, four reg.VecVirtual, zr, zi, zr2, zi2, mg []reg.VecVirtual, k []reg.OpmaskVirtual) []func(g int) {
	P := e.p
	return []func(g int){
		func(g int) { op(c, "VMUL"+P, zr[g], zr[g], zr2[g]) },
		func(g int) { op(c, "VMUL"+P, zi[g], zi[g], zi2[g]) },
		func(g int) { op(c, "VADD"+P, zi2[g], zr2[g], mg[g]) },
		func(g int) { op(c, "VCMP"+P, operand.U8(0x11), four, mg[g], k[g], k[g]) },
	}
}

// storeCompressed compresses the lanes k of zr, zi and ix and stores them at
// element m of the three arrays (whole vectors: the arrays have room past
// their ends), then advances m.
func storeCompressed(c *build.Context, e elem, k reg.OpmaskVirtual, zr, zi, ix reg.VecVirtual, zrp, zip, idxp reg.Register, m reg.GPVirtual, newIdx func() reg.VecVirtual) {
	P := e.p
	a, b, x := c.ZMM(), c.ZMM(), newIdx()
	op(c, "VCOMPRESS"+P+"_Z", zr, k, a)
	op(c, "VCOMPRESS"+P+"_Z", zi, k, b)
	c.VPCOMPRESSD_Z(ix, k, x)
	op(c, "VMOVUP"+P[1:], a, operand.Mem{Base: zrp, Index: m, Scale: scale(e.size)})
	op(c, "VMOVUP"+P[1:], b, operand.Mem{Base: zip, Index: m, Scale: scale(e.size)})
	c.VMOVDQU32(x, operand.Mem{Base: idxp, Index: m, Scale: 4})
	popcntAdd(c, e, k, m)
}

// roundTested emits roundFirst, roundTested or roundRerun (kind).
//
// Counts are kept relative to the round's start, as int32 lanes in a YMM
// for float64 and as uint16 lanes in a YMM for float32 (the driver keeps T
// below 65536), and widened to int32 only at the end of a trip.
func roundTested(c *build.Context, e elem, iota operand.Mem, kind string) {
	first, rerun := kind == "First", kind == "Rerun"
	G, W := roundGroups, 64/e.size
	name := roundFunction(c, kind, "avx512", e, G, W)
	P, K := e.p, e.k
	newIdx := idxVec(c, W)
	CW := "D" // count lanes: int32, or uint16 for float32's 16 lanes
	if W == 16 {
		CW = "W"
	}

	outp := c.Load(c.Param("out").Base(), c.GP64())
	zrp := c.Load(c.Param("zr").Base(), c.GP64())
	zip := c.Load(c.Param("zi").Base(), c.GP64())
	n := c.Load(c.Param("zr").Len(), c.GP64())
	var idxp, qzr, qzi, qidx reg.Register
	base := c.GP64()
	if first {
		qzr = c.Load(c.Param("qzr").Base(), c.GP64())
		qzi = c.Load(c.Param("qzi").Base(), c.GP64())
		qidx = c.Load(c.Param("qidx").Base(), c.GP64())
		c.Load(c.Param("base"), base)
	} else {
		idxp = c.Load(c.Param("idx").Base(), c.GP64())
		qzr, qzi, qidx = zrp, zip, idxp // compacted in place
	}
	var sp reg.Register
	if rerun {
		sp = c.Load(c.Param("s").Base(), c.GP64())
	}

	four, ci, cr := broadcastConstants(c, e)
	one := c.YMM()
	g := c.GP64()
	c.MOVQ(operand.U64(1), g)
	op(c, "VPBROADCAST"+CW, g.As32(), one)
	// base: maxIter (first: the provisional count of survivors) or s (the
	// round's start, added to the relative counts).
	// (A rerun loads each lane's start with its pixel.)
	bv := newIdx()
	switch kind {
	case "First":
		c.VPBROADCASTD(paramAddr(c, "maxIter"), bv)
	case "Tested":
		c.VPBROADCASTD(paramAddr(c, "s"), bv)
	}
	keep := c.GP64() // all ones, or zero when survivors are not kept
	switch kind {
	case "First":
		c.MOVQ(operand.I32(-1), keep)
	case "Tested":
		c.MOVBQZX(paramAddr(c, "keep"), keep)
		c.NEGQ(keep)
	case "Rerun":
		c.XORQ(keep, keep)
	}

	i, ctr := openTrips(c, name, n, 1)
	m := ctr[0]
	// Lanes past n start inactive (act is the valid lanes) and hold zeros.
	zr, zi, act := loadTrip(c, e, zrp, zip, n, i, G)
	cnt := make([]reg.VecVirtual, G)
	for gi := range G {
		cnt[gi] = c.YMM()
		c.VPXORD(cnt[gi], cnt[gi], cnt[gi])
	}
	if first {
		// The caller's arrays stream from memory.
		for _, p := range []reg.Register{zrp, zip} {
			for l := 0; l < G*W*e.size; l += 64 {
				c.PREFETCHT0(operand.Mem{Base: p, Index: i, Scale: scale(e.size), Disp: prefetchAhead*e.size + l})
			}
		}
	}
	L := loopHead(c, name)
	zr2, zi2, mg := zmms(c, G), zmms(c, G), zmms(c, G)
	interleave(G, append(escapeTest(c, e, four, zr, zi, zr2, zi2, mg, act),
		func(g int) { op(c, "VPADD"+CW, one, cnt[g], act[g], cnt[g]) },
		func(g int) { op(c, "VSUB"+P, zi2[g], zr2[g], zr2[g]) },
		func(g int) { op(c, "VADD"+P, zr[g], zr[g], mg[g]) },
		func(g int) { op(c, "VFMADD213"+P, ci, mg[g], zi[g]) },
		func(g int) { op(c, "VADD"+P, cr, zr2[g], zr[g]) },
	)...)
	c.DECQ(L)
	c.JZ(operand.LabelRef(name + "_end"))
	// Stop early once every lane has escaped.
	any := act[0]
	if G > 2 {
		any = c.K()
		op(c, "KOR"+K, act[0], act[1], any)
		for gi := 2; gi < G-1; gi++ {
			op(c, "KOR"+K, act[gi], any, any)
		}
	}
	op(c, "KORTEST"+K, act[G-1], any)
	c.JNZ(operand.LabelRef(name + "_loop"))

	c.Label(name + "_end")
	bits := tripBits(c, n, i, G*W)
	for gi := range G {
		lbl := name + "_g" + strconv.Itoa(gi)
		off := c.GP64()
		c.LEAQ(operand.Mem{Base: i, Disp: gi * W}, off)
		valid, kept := c.K(), c.K()
		groupMask(c, e, bits, gi, W, valid)
		kk := c.GP32()
		c.MOVL(keep.As32(), kk)
		op(c, "KMOV"+K, kk, kept)
		op(c, "KAND"+K, kept, act[gi], kept)
		cw := newIdx() // the counts as int32
		if CW == "W" {
			c.VPMOVZXWD(cnt[gi], cw)
		} else {
			c.VMOVDQA32(cnt[gi], cw)
		}
		ix := newIdx()
		if first {
			// Every count goes straight to out: escaped lanes' are final,
			// survivors' are set to maxIter, which stays unless a later
			// round finds them escaping.
			c.VMOVDQA32(bv, kept, cw)
			c.VMOVDQU32(cw, valid, operand.Mem{Base: outp, Index: off, Scale: 4})
			op(c, "KORTEST"+K, kept, kept)
			c.JZ(operand.LabelRef(lbl))
			pix := c.GP64()
			c.LEAQ(operand.Mem{Base: base, Index: off, Scale: 1}, pix)
			c.VPBROADCASTD(pix.As32(), ix)
			c.VPADDD(iota, ix, ix)
		} else {
			c.VMOVDQU32_Z(operand.Mem{Base: idxp, Index: off, Scale: 4}, valid, ix)
			// Scatter the counts of the lanes not kept (few: escapees of
			// speculative rounds, or rounds where c rules speculation out).
			wm := c.K()
			op(c, "KANDN"+K, valid, kept, wm)
			if rerun {
				c.VMOVDQU32_Z(operand.Mem{Base: sp, Index: off, Scale: 4}, valid, bv)
			}
			c.VPADDD(bv, cw, cw)
			c.VPSCATTERDD(cw, wm, operand.Mem{Base: outp, Index: ix, Scale: 4})
			if rerun {
				continue
			}
			op(c, "KORTEST"+K, kept, kept)
			c.JZ(operand.LabelRef(lbl))
		}
		storeCompressed(c, e, kept, zr[gi], zi[gi], ix, qzr, qzi, qidx, m, newIdx)
		c.Label(lbl)
	}
	if rerun {
		closeTrips(c, name, n, i, G*W)
	} else {
		closeTrips(c, name, n, i, G*W, m)
	}
}

// roundSpec emits roundSpec: T untested iterations, one test at the end.
func roundSpec(c *build.Context, e elem) {
	G, W := roundGroups, 64/e.size
	name := roundFunction(c, "Spec", "avx512", e, G, W)
	P, K := e.p, e.k
	newIdx := idxVec(c, W)
	zrp := c.Load(c.Param("zr").Base(), c.GP64())
	zip := c.Load(c.Param("zi").Base(), c.GP64())
	idxp := c.Load(c.Param("idx").Base(), c.GP64())
	n := c.Load(c.Param("zr").Len(), c.GP64())
	ezr := c.Load(c.Param("ezr").Base(), c.GP64())
	ezi := c.Load(c.Param("ezi").Base(), c.GP64())
	eidx := c.Load(c.Param("eidx").Base(), c.GP64())
	esp := c.Load(c.Param("es").Base(), c.GP64())

	four, ci, cr := broadcastConstants(c, e)
	// The round's start, each escapee's count so far, for the re-run.
	sv := newIdx()
	c.VPBROADCASTD(paramAddr(c, "s"), sv)

	i, ctr := openTrips(c, name, n, 2)
	m, en := ctr[0], ctr[1]
	// Lanes past n are zero; the end test masks them out (the masks are
	// not kept across the loop).
	zr, zi, _ := loadTrip(c, e, zrp, zip, n, i, G)
	L := loopHead(c, name)
	zr2, zi2, t := zmms(c, G), zmms(c, G), zmms(c, G)
	interleave(G,
		func(g int) { op(c, "VMUL"+P, zr[g], zr[g], zr2[g]) },
		func(g int) { op(c, "VMUL"+P, zi[g], zi[g], zi2[g]) },
		func(g int) { op(c, "VADD"+P, zr[g], zr[g], t[g]) },
		func(g int) { op(c, "VFMADD213"+P, ci, t[g], zi[g]) },
		func(g int) { op(c, "VSUB"+P, zi2[g], zr2[g], zr2[g]) },
		func(g int) { op(c, "VADD"+P, cr, zr2[g], zr[g]) },
	)
	c.DECQ(L)
	c.JNZ(operand.LabelRef(name + "_loop"))

	// The end test, every group: kept = valid & |z|² < 4.
	bits := tripBits(c, n, i, G*W)
	kept := make([]reg.OpmaskVirtual, G)
	for gi := range G {
		kept[gi] = c.K()
		groupMask(c, e, bits, gi, W, kept[gi])
	}
	interleave(G, escapeTest(c, e, four, zr, zi, zmms(c, G), zmms(c, G), zmms(c, G), kept)...)
	// The common case once pixels are past their first iterations: no lane
	// escaped, so the trip's z (and, if earlier trips compacted, its pixel
	// indices) move to m as whole vectors, with no compress.
	all := c.GP64()
	c.XORQ(all, all)
	for gi := range G {
		t := c.GP64()
		op(c, "KMOV"+K, kept[gi], t.As32())
		if gi > 0 {
			c.SHLQ(operand.U8(uint8(gi*W)), t)
		}
		c.ORQ(t, all)
	}
	c.CMPQ(all, bits)
	c.JNE(operand.LabelRef(name + "_slow"))
	c.CMPQ(m, i)
	c.JE(operand.LabelRef(name + "_inplace"))
	// Loads first: the stores at m < i overlap this trip's input.
	ixs := make([]reg.VecVirtual, G)
	for gi := range G {
		ixs[gi] = newIdx()
		c.VMOVDQU32(operand.Mem{Base: idxp, Index: i, Scale: 4, Disp: gi * W * 4}, ixs[gi])
	}
	for gi := range G {
		c.VMOVDQU32(ixs[gi], operand.Mem{Base: idxp, Index: m, Scale: 4, Disp: gi * W * 4})
	}
	c.Label(name + "_inplace")
	for gi := range G {
		op(c, "VMOVUP"+P[1:], zr[gi], operand.Mem{Base: zrp, Index: m, Scale: scale(e.size), Disp: gi * W * e.size})
		op(c, "VMOVUP"+P[1:], zi[gi], operand.Mem{Base: zip, Index: m, Scale: scale(e.size), Disp: gi * W * e.size})
	}
	c.POPCNTQ(bits, all)
	c.ADDQ(all, m)
	c.JMP(operand.LabelRef(name + "_next"))

	// Some lane of the trip escaped. Every group compresses both ways,
	// with no branch on whether it has escapees: which groups do is
	// random, and the branch mispredicted often enough that dropping it
	// made the book's image 2.0% (float64) and 2.5% (float32) faster (9
	// alternating runs).
	c.Label(name + "_slow")
	for gi := range G {
		off := c.GP64()
		c.LEAQ(operand.Mem{Base: i, Disp: gi * W}, off)
		valid, esc := c.K(), c.K()
		groupMask(c, e, bits, gi, W, valid)
		ix := newIdx()
		c.VMOVDQU32_Z(operand.Mem{Base: idxp, Index: off, Scale: 4}, valid, ix)
		op(c, "KANDN"+K, valid, kept[gi], esc)
		// Escapees go to the escapee buffer with the z they started the
		// round with, still in place: the earlier groups' compacted stores
		// end at or before this group's offset (m <= off before this
		// group stores), and this group stores only after these loads.
		a, b := c.ZMM(), c.ZMM()
		op(c, "VMOVUP"+P[1:]+"_Z", operand.Mem{Base: zrp, Index: off, Scale: scale(e.size)}, esc, a)
		op(c, "VMOVUP"+P[1:]+"_Z", operand.Mem{Base: zip, Index: off, Scale: scale(e.size)}, esc, b)
		c.VMOVDQU32(sv, operand.Mem{Base: esp, Index: en, Scale: 4})
		storeCompressed(c, e, esc, a, b, ix, ezr, ezi, eidx, en, newIdx)
		storeCompressed(c, e, kept[gi], zr[gi], zi[gi], ix, zrp, zip, idxp, m, newIdx)
	}
	c.Label(name + "_next")
	closeTrips(c, name, n, i, G*W, m, en)
}
