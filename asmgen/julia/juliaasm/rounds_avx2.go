package juliaasm

import (
	"strconv"

	"github.com/mmcloughlin/avo/attr"
	"github.com/mmcloughlin/avo/build"
	"github.com/mmcloughlin/avo/operand"
	"github.com/mmcloughlin/avo/reg"
)

// The AVX2 round kernels do what the AVX-512 ones in rounds.go do, with the
// same signatures and the same driver, within what AVX2 has: sixteen vector
// registers, lane masks as all-ones vectors, and no compress or scatter.
// Compaction permutes the kept lanes to the front with VPERMD, its index
// vector looked up by the lane bits (VMOVMSKPD/PS) in a table, and stores
// whole vectors; the few counts that go to scattered pixels are stored one
// by one. Loads of a trip use VMASKMOVPD/PS, which zero the lanes past the
// end and do not fault there; the first round's count stores to the
// caller's out are whole vectors except on the last, partial trip.
//
// Every instruction here has a VEX encoding: no opmask, no ZMM, no register
// above 15, no broadcast from a general register (TestAVX2NoEVEX in
// kernels/julia disassembles the kernels to check).

// Groups in flight. The tested loop keeps z and the active lanes of each
// group in registers and its counts on the stack (loaded, decremented and
// stored each iteration, off the critical path): four groups and three
// temporaries fit the sixteen registers, and ran the book's image 2.5%
// faster than three groups with the counts in registers. The untested
// loop keeps z only, so six groups and two temporaries fit. Its chain
// (multiply, subtract, add) is nine cycles long on Zen 4, against 1.5
// cycles of throughput per group: four groups ran the book's image in
// 8.8 ms (float64), five in 8.4, six in 7.7; seven do not fit.
const (
	roundGroupsAVX2Tested = 4
	roundGroupsAVX2Spec   = 6
)

// avx2RoundData is the read-only data of the AVX2 round kernels for one
// element type.
type avx2RoundData struct {
	// lanes holds 0..W-1 as lane integers (the element's size), for
	// comparing with the lanes left in a trip.
	lanes operand.Mem
	// iota holds 0..W-1 as int32, for pixel indices.
	iota operand.Mem
	// four is 4.0 in every lane.
	four operand.Mem
	// zperm and iperm are the compaction tables: entry b (32 bytes) is the
	// VPERMD index vector that moves the lanes set in b, in order, to the
	// front: of z (a float64 lane is two dwords) and of the int32 pixel
	// indices. For float32 they are the same table.
	zperm, iperm operand.Mem
}

// avx2RoundGlobals emits the AVX2 round kernels' tables for e.
func avx2RoundGlobals(c *build.Context, e elem, suffix string, iota, four operand.Mem) avx2RoundData {
	W := 32 / e.size
	d := avx2RoundData{iota: iota, four: four}
	d.lanes = c.StaticGlobal("lanesAVX2" + suffix)
	c.DataAttributes(attr.RODATA | attr.NOPTR)
	for l := range W {
		if e.isize == 8 {
			c.AppendDatum(operand.U64(l))
		} else {
			c.AppendDatum(operand.U32(l))
		}
	}
	table := func(name string, dwordsPerLane int) operand.Mem {
		m := c.StaticGlobal(name + suffix)
		c.DataAttributes(attr.RODATA | attr.NOPTR)
		for b := range 1 << W {
			var entry [8]uint32
			k := 0
			for l := range W {
				if b&(1<<l) != 0 {
					for j := range dwordsPerLane {
						entry[k] = uint32(l*dwordsPerLane + j)
						k++
					}
				}
			}
			for _, v := range entry {
				c.AppendDatum(operand.U32(v))
			}
		}
		return m
	}
	d.iperm = table("compactIdx", 1)
	d.zperm = d.iperm
	if e.size == 8 {
		d.zperm = table("compactZ", 2)
	}
	return d
}

// roundsAVX2 emits the four round kernels for e with AVX2 and FMA.
func roundsAVX2(c *build.Context, e elem, d avx2RoundData) {
	for _, kind := range RoundKinds[:3] {
		roundTestedAVX2(c, e, d, kind)
	}
	roundSpecAVX2(c, e, d)
}

// avx2Prologue broadcasts cr and ci to the stack, where the FMA and the add
// take them as memory operands (no register to spare).
func avx2Prologue(c *build.Context, e elem) (crS, ciS operand.Mem) {
	crS, ciS = c.AllocLocal(32), c.AllocLocal(32)
	t := c.YMM()
	op(c, "VBROADCAST"+e.s, paramAddr(c, "cr"), t)
	c.VMOVUPS(t, crS)
	op(c, "VBROADCAST"+e.s, paramAddr(c, "ci"), t)
	c.VMOVUPS(t, ciS)
	return crS, ciS
}

// avx2LoadTrip loads the z of the trip at element offset i, G groups, lanes
// past n zero, and returns each group's valid lanes as a mask vector.
func avx2LoadTrip(c *build.Context, e elem, d avx2RoundData, zrp, zip, n, i reg.Register, G int) (zr, zi, valid []reg.VecVirtual) {
	W := 32 / e.size
	zr, zi, valid = make([]reg.VecVirtual, G), make([]reg.VecVirtual, G), make([]reg.VecVirtual, G)
	for g := range G {
		rem := c.GP64()
		c.MOVQ(n, rem)
		c.SUBQ(i, rem)
		if g > 0 {
			c.SUBQ(operand.U32(g*W), rem)
		}
		valid[g] = c.YMM()
		c.VMOVQ(rem, valid[g].AsX())
		op(c, "VPBROADCAST"+e.q, valid[g].AsX(), valid[g])
		op(c, "VPCMPGT"+e.q, d.lanes, valid[g], valid[g]) // rem > lane
		zr[g], zi[g] = c.YMM(), c.YMM()
		mov := "VMASKMOV" + e.p
		op(c, mov, operand.Mem{Base: zrp, Index: i, Scale: scale(e.size), Disp: g * W * e.size}, valid[g], zr[g])
		op(c, mov, operand.Mem{Base: zip, Index: i, Scale: scale(e.size), Disp: g * W * e.size}, valid[g], zi[g])
	}
	return zr, zi, valid
}

// laneBits returns group g's W bits of the trip's valid bits.
func laneBits(c *build.Context, bits reg.GPVirtual, g, W int) reg.GPVirtual {
	v := c.GP64()
	if g == 0 {
		c.MOVQ(bits, v)
	} else {
		c.RORXQ(operand.U8(uint8(g*W)), bits, v)
	}
	c.ANDQ(operand.U32(1<<W-1), v)
	return v
}

// storeIdx stores the W int32 lanes of x (an XMM's worth for float64) at m.
func storeIdx(c *build.Context, W int, x reg.VecVirtual, m operand.Mem) {
	if W == 4 {
		c.VMOVDQU(x.AsX(), m)
		return
	}
	c.VMOVDQU(x, m)
}

// loadIdx loads W int32 lanes from m into a new YMM.
func loadIdx(c *build.Context, W int, m operand.Mem) reg.VecVirtual {
	x := c.YMM()
	if W == 4 {
		c.VMOVDQU(m, x.AsX())
	} else {
		c.VMOVDQU(m, x)
	}
	return x
}

// compactAVX2 stores the lanes b (W bits in a register) of zr, zi and ix,
// moved to the front, as whole vectors at element m of the arrays named by
// the parameters dst (z real, z imaginary, pixel index; the arrays have room
// past their ends), then advances m. Each array's address is loaded just
// before its store, which keeps the general registers free.
func compactAVX2(c *build.Context, e elem, d avx2RoundData, b reg.GPVirtual, zr, zi, ix reg.VecVirtual, dst [3]string, m reg.GPVirtual) {
	W := 32 / e.size
	// A table entry's address: the assembler takes no index register with
	// a static symbol.
	o, t := c.GP64(), c.GP64()
	c.MOVQ(b, o)
	c.SHLQ(operand.U8(5), o)
	c.LEAQ(d.zperm, t)
	pz := c.YMM()
	c.VMOVDQU(operand.Mem{Base: t, Index: o, Scale: 1}, pz)
	a, bb := c.YMM(), c.YMM()
	c.VPERMD(zr, pz, a)
	c.VPERMD(zi, pz, bb)
	pi := pz
	if e.size == 8 {
		pi = c.YMM()
		c.LEAQ(d.iperm, t)
		c.VMOVDQU(operand.Mem{Base: t, Index: o, Scale: 1}, pi)
	}
	x := c.YMM()
	c.VPERMD(ix, pi, x)
	base := func(param string) reg.Register { return c.Load(c.Param(param).Base(), c.GP64()) }
	c.VMOVUPS(a, operand.Mem{Base: base(dst[0]), Index: m, Scale: scale(e.size)})
	c.VMOVUPS(bb, operand.Mem{Base: base(dst[1]), Index: m, Scale: scale(e.size)})
	storeIdx(c, W, x, operand.Mem{Base: base(dst[2]), Index: m, Scale: 4})
	c.POPCNTQ(b, o)
	c.ADDQ(o, m)
}

// packCounts returns the count lanes of v as int32 lanes in a YMM (the low
// XMM for float64's four int64 lanes).
func packCounts(c *build.Context, e elem, v reg.VecVirtual) reg.VecVirtual {
	if e.isize == 4 {
		return v
	}
	t := c.YMM()
	c.VPSHUFD(operand.U8(0x08), v, t) // dwords 0, 2 of each 128-bit half
	c.VPERMQ(operand.U8(0x08), t, t)  // qwords 0, 2: dwords 0, 2, 4, 6
	return t
}

// scatterScalar stores lane l of the int32 lanes spilled at vals to
// out[idx(l)] for every l set in b, where idx(l) is lane l of the int32
// lanes spilled at idx, or off+l when idx is nil.
func scatterScalar(c *build.Context, name string, b reg.GPVirtual, vals operand.Mem, idx *operand.Mem, off reg.Register, outp reg.Register) {
	c.Label(name)
	c.TESTQ(b, b)
	c.JZ(operand.LabelRef(name + "_done"))
	l, p, v := c.GP64(), c.GP64(), c.GP32()
	c.TZCNTQ(b, l)
	c.BLSRQ(b, b)
	if idx != nil {
		c.MOVLQSX(idx.Idx(l, 4), p)
	} else {
		c.LEAQ(operand.Mem{Base: off, Index: l, Scale: 1}, p)
	}
	c.MOVL(vals.Idx(l, 4), v)
	c.MOVL(v, operand.Mem{Base: outp, Index: p, Scale: 4})
	c.JMP(operand.LabelRef(name))
	c.Label(name + "_done")
}

// roundTestedAVX2 emits roundFirst, roundTested or roundRerun (kind) for
// AVX2: what roundTested in rounds.go does, counts held in lanes as wide as
// the elements.
func roundTestedAVX2(c *build.Context, e elem, d avx2RoundData, kind string) {
	first, rerun := kind == "First", kind == "Rerun"
	G, W := roundGroupsAVX2Tested, 32/e.size
	name := roundFunction(c, kind, "avx2", e, G, W)
	P, Q := e.p, e.q

	crS, ciS := avx2Prologue(c, e)
	// Spill area for the scalar stores: counts and pixel indices, int32.
	vals, idxs := c.AllocLocal(32), c.AllocLocal(32)
	n := c.Load(c.Param("zr").Len(), c.GP64())
	i, ctr := openTrips(c, name, n, 1)
	m := ctr[0]
	zrp := c.Load(c.Param("zr").Base(), c.GP64())
	zip := c.Load(c.Param("zi").Base(), c.GP64())
	zr, zi, act := avx2LoadTrip(c, e, d, zrp, zip, n, i, G)
	// The counts live on the stack, which frees a register per group for a
	// fourth group: the loop is latency-bound with three.
	cntS := c.AllocLocal(32 * G)
	zero := c.YMM()
	c.VPXOR(zero, zero, zero)
	for g := range G {
		c.VMOVDQU(zero, cntS.Offset(32*g))
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
	for g := range G {
		zr2, zi2, mg := c.YMM(), c.YMM(), c.YMM()
		op(c, "VMUL"+P, zr[g], zr[g], zr2)
		op(c, "VMUL"+P, zi[g], zi[g], zi2)
		op(c, "VADD"+P, zi2, zr2, mg)
		op(c, "VCMP"+P, operand.U8(0x11), d.four, mg, mg) // |z|² < 4, NaN fails
		op(c, "VAND"+P, mg, act[g], act[g])
		cv := c.YMM()
		c.VMOVDQU(cntS.Offset(32*g), cv)
		op(c, "VPSUB"+Q, act[g], cv, cv) // an active lane is -1
		c.VMOVDQU(cv, cntS.Offset(32*g))
		op(c, "VSUB"+P, zi2, zr2, zr2)
		op(c, "VADD"+P, zr[g], zr[g], mg)
		op(c, "VFMADD213"+P, ciS, mg, zi[g])
		op(c, "VADD"+P, crS, zr2, zr[g])
	}
	c.DECQ(L)
	c.JZ(operand.LabelRef(name + "_end"))
	// Stop early once every lane has escaped.
	any := c.YMM()
	c.VPOR(act[0], act[1], any)
	for g := 2; g < G; g++ {
		c.VPOR(act[g], any, any)
	}
	c.VPTEST(any, any)
	c.JNZ(operand.LabelRef(name + "_loop"))

	c.Label(name + "_end")
	bits := tripBits(c, n, i, G*W)
	outp := c.Load(c.Param("out").Base(), c.GP64())
	for g := range G {
		lbl := name + "_g" + strconv.Itoa(g)
		cnt := c.YMM()
		c.VMOVDQU(cntS.Offset(32*g), cnt)
		off := c.GP64()
		c.LEAQ(operand.Mem{Base: i, Disp: g * W}, off)
		vb := laneBits(c, bits, g, W)
		kept := c.GP64() // the lanes still inside, to be queued
		switch kind {
		case "Rerun":
			c.XORQ(kept, kept)
		default:
			op(c, "VMOVMSK"+P, act[g], kept.As32())
			if kind == "Tested" {
				k := c.GP64()
				c.MOVBQZX(paramAddr(c, "keep"), k)
				c.NEGQ(k)
				c.ANDQ(k, kept)
			}
		}
		var ix reg.VecVirtual
		if first {
			// Every count goes straight to out: escaped lanes' are final,
			// survivors' are set to maxIter, which stays unless a later
			// round finds them escaping.
			mx := c.YMM()
			op(c, "VPBROADCAST"+Q, paramAddr(c, "maxIter"), mx)
			op(c, "VBLENDV"+P, act[g], mx, cnt, mx)
			cw := packCounts(c, e, mx)
			full := lbl + "_full"
			c.CMPQ(vb, operand.U32(1<<W-1))
			c.JE(operand.LabelRef(full))
			storeIdx(c, W, cw, vals)
			scatterScalar(c, lbl+"_tail", vb, vals, nil, off, outp)
			c.JMP(operand.LabelRef(lbl + "_stored"))
			c.Label(full)
			storeIdx(c, W, cw, operand.Mem{Base: outp, Index: off, Scale: 4})
			c.Label(lbl + "_stored")
			c.TESTQ(kept, kept)
			c.JZ(operand.LabelRef(lbl))
			pix := c.GP64()
			c.Load(c.Param("base"), pix)
			c.ADDQ(off, pix)
			ix = c.YMM()
			c.VMOVQ(pix, ix.AsX())
			c.VPBROADCASTD(ix.AsX(), ix)
			c.VPADDD(d.iota, ix, ix)
			compactAVX2(c, e, d, kept, zr[g], zi[g], ix, [3]string{"qzr", "qzi", "qidx"}, m)
			c.Label(lbl)
			continue
		}
		idxp := c.Load(c.Param("idx").Base(), c.GP64())
		ix = loadIdx(c, W, operand.Mem{Base: idxp, Index: off, Scale: 4})
		cw := packCounts(c, e, cnt)
		if rerun {
			sp := c.Load(c.Param("s").Base(), c.GP64())
			s := operand.Mem{Base: sp, Index: off, Scale: 4}
			if W == 4 {
				c.VPADDD(s, cw.AsX(), cw.AsX()) // four lanes: read no more
			} else {
				c.VPADDD(s, cw, cw)
			}
		} else {
			sv := c.YMM()
			c.VPBROADCASTD(paramAddr(c, "s"), sv)
			c.VPADDD(sv, cw, cw)
		}
		// The counts of the lanes not kept (few: escapees of speculative
		// rounds, or rounds where c rules speculation out), one by one.
		storeIdx(c, W, cw, vals)
		storeIdx(c, W, ix, idxs)
		c.ANDNQ(vb, kept, vb) // vb &^ kept
		scatterScalar(c, lbl+"_scatter", vb, vals, &idxs, nil, outp)
		if rerun {
			continue
		}
		c.TESTQ(kept, kept)
		c.JZ(operand.LabelRef(lbl))
		compactAVX2(c, e, d, kept, zr[g], zi[g], ix, [3]string{"zr", "zi", "idx"}, m) // in place
		c.Label(lbl)
	}
	if rerun {
		closeTrips(c, name, n, i, G*W)
	} else {
		closeTrips(c, name, n, i, G*W, m)
	}
}

// roundSpecAVX2 emits roundSpec for AVX2: T untested iterations, one test
// at the end.
func roundSpecAVX2(c *build.Context, e elem, d avx2RoundData) {
	G, W := roundGroupsAVX2Spec, 32/e.size
	name := roundFunction(c, "Spec", "avx2", e, G, W)
	P := e.p

	crS, ciS := avx2Prologue(c, e)
	n := c.Load(c.Param("zr").Len(), c.GP64())
	i, ctr := openTrips(c, name, n, 2)
	m, en := ctr[0], ctr[1]
	zrp := c.Load(c.Param("zr").Base(), c.GP64())
	zip := c.Load(c.Param("zi").Base(), c.GP64())
	zr, zi, _ := avx2LoadTrip(c, e, d, zrp, zip, n, i, G)
	L := loopHead(c, name)
	// zr doubles in place once its square is taken, so a group needs two
	// temporaries.
	for g := range G {
		zr2, zi2 := c.YMM(), c.YMM()
		op(c, "VMUL"+P, zr[g], zr[g], zr2)
		op(c, "VMUL"+P, zi[g], zi[g], zi2)
		op(c, "VADD"+P, zr[g], zr[g], zr[g])
		op(c, "VFMADD213"+P, ciS, zr[g], zi[g])
		op(c, "VSUB"+P, zi2, zr2, zr2)
		op(c, "VADD"+P, crS, zr2, zr[g])
	}
	c.DECQ(L)
	c.JNZ(operand.LabelRef(name + "_loop"))

	// The end test, every group: kept = valid & |z|² < 4. Each group's
	// lanes inside go to the stack, for the slow path.
	bits := tripBits(c, n, i, G*W)
	inside := c.AllocLocal(8)
	all := c.GP64()
	c.XORQ(all, all)
	for g := range G {
		a, b, in := c.YMM(), c.YMM(), c.YMM()
		op(c, "VMUL"+P, zr[g], zr[g], a)
		op(c, "VMUL"+P, zi[g], zi[g], b)
		op(c, "VADD"+P, b, a, in)
		op(c, "VCMP"+P, operand.U8(0x11), d.four, in, in)
		t := c.GP64()
		op(c, "VMOVMSK"+P, in, t.As32())
		c.MOVB(t.As8(), inside.Offset(g))
		if g > 0 {
			c.SHLQ(operand.U8(uint8(g*W)), t)
		}
		c.ORQ(t, all)
	}
	c.ANDQ(bits, all)
	idxp := c.Load(c.Param("idx").Base(), c.GP64())
	// The common case once pixels are past their first iterations: no lane
	// escaped, so the trip's z (and, if earlier trips compacted, its pixel
	// indices) move to m as whole vectors.
	c.CMPQ(all, bits)
	c.JNE(operand.LabelRef(name + "_slow"))
	c.CMPQ(m, i)
	c.JE(operand.LabelRef(name + "_inplace"))
	// Group by group: with m < i, group g's store ends at or before group
	// g+1's input starts.
	for g := range G {
		ix := loadIdx(c, W, operand.Mem{Base: idxp, Index: i, Scale: 4, Disp: g * W * 4})
		storeIdx(c, W, ix, operand.Mem{Base: idxp, Index: m, Scale: 4, Disp: g * W * 4})
	}
	c.Label(name + "_inplace")
	for g := range G {
		c.VMOVUPS(zr[g], operand.Mem{Base: zrp, Index: m, Scale: scale(e.size), Disp: g * W * e.size})
		c.VMOVUPS(zi[g], operand.Mem{Base: zip, Index: m, Scale: scale(e.size), Disp: g * W * e.size})
	}
	c.POPCNTQ(bits, all)
	c.ADDQ(all, m)
	c.JMP(operand.LabelRef(name + "_next"))

	// Some lane of the trip escaped: every group compacts both ways, with
	// no branch on whether it has escapees (as in rounds.go; 1.0% faster
	// for float64 here, 1.5% for float32).
	c.Label(name + "_slow")
	for g := range G {
		off := c.GP64()
		c.LEAQ(operand.Mem{Base: i, Disp: g * W}, off)
		vb := laneBits(c, bits, g, W)
		kept := c.GP64()
		c.MOVBQZX(inside.Offset(g), kept)
		c.ANDQ(vb, kept)
		ix := loadIdx(c, W, operand.Mem{Base: idxp, Index: off, Scale: 4})
		esc := c.GP64()
		c.ANDNQ(vb, kept, esc) // vb &^ kept
		// Escapees go to the escapee buffer with the z they started the
		// round with, still in place: the earlier groups' compacted stores
		// end at or before this group's offset (m <= off before this
		// group stores), and this group stores only after these loads.
		a, b := c.YMM(), c.YMM()
		c.VMOVUPS(operand.Mem{Base: zrp, Index: off, Scale: scale(e.size)}, a)
		c.VMOVUPS(operand.Mem{Base: zip, Index: off, Scale: scale(e.size)}, b)
		esp := c.Load(c.Param("es").Base(), c.GP64())
		sv := c.YMM()
		c.VPBROADCASTD(paramAddr(c, "s"), sv)
		storeIdx(c, W, sv, operand.Mem{Base: esp, Index: en, Scale: 4})
		compactAVX2(c, e, d, esc, a, b, ix, [3]string{"ezr", "ezi", "eidx"}, en)
		compactAVX2(c, e, d, kept, zr[g], zi[g], ix, [3]string{"zr", "zi", "idx"}, m)
	}
	c.Label(name + "_next")
	closeTrips(c, name, n, i, G*W, m, en)
}
