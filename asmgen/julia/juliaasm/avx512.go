package juliaasm

import (
	"fmt"

	"github.com/mmcloughlin/avo/attr"
	"github.com/mmcloughlin/avo/build"
	"github.com/mmcloughlin/avo/ir"
	"github.com/mmcloughlin/avo/operand"
	"github.com/mmcloughlin/avo/reg"
)

// paramAddr is the frame address of a scalar parameter.
func paramAddr(c *build.Context, name string) operand.Mem {
	b, err := c.Param(name).Resolve()
	if err != nil {
		panic(err) // the signature is ours; a miss is a bug here
	}
	return b.Addr
}

// maxNarrow is the largest maxIter for which the float32 kernel keeps its
// counts as 16-bit lanes (compared, maxed and widened as unsigned).
const maxNarrow = 65535

// countLanes is how a group's per-lane iteration counts are held: as int32
// or uint16 lanes in a YMM or a ZMM register. sfx names the lane width in
// instructions (D or W); uint16 lanes are compared and maxed unsigned, so
// they hold counts up to maxNarrow.
//
// The masked count increment is one of the nine operations of the inner
// loop, and Zen 4 runs 512-bit operations as two 256-bit halves, so a count
// vector half as wide makes it half as expensive. float64 keeps its 8 counts
// as int32 in a YMM; float32 keeps its 16 as uint16 in a YMM while maxIter
// fits, and as int32 in a ZMM otherwise. Both busy loops measured about 8%
// faster than with counts as wide as the lanes (docs/results/julia.md).
type countLanes struct {
	sfx string                // D (int32) or W (uint16)
	vec func() reg.VecVirtual // c.YMM or c.ZMM
}

// avx512 emits the AVX-512 kernel for e: G groups of W lanes, masks in
// opmask registers, refill by expand-load and scatter. The float32 kernel
// has two bodies, uint16 counts when maxIter <= maxNarrow and int32 above,
// chosen at entry.
func avx512(c *build.Context, e elem, iota operand.Mem) {
	tu := tunings["avx512/"+e.typ]
	G, W := tu.G, 64/e.size
	name := FuncName("avx512", e.typ)
	c.Function(name)
	c.Attributes(attr.NOSPLIT)
	c.SignatureExpr(Signature(e.typ))
	c.Doc(fmt.Sprintf("%s runs the Julia kernel with AVX-512, %d groups of %d %s lanes.", name, G, W, e.typ))
	c.Pragma("noescape")

	// Finished lanes' counts are not scattered group by group: on Zen 4
	// that cost about 14% of the book's image (float64; measured by leaving
	// the scatter out). Each group instead compresses its finished counts
	// and pixel indices, as int32, onto the end of a log on the stack, and
	// a scalar loop stores the log to out once it holds logFlush entries,
	// and at the end. (The float32 log flushes at 16 so that the frame
	// stays under the linker's nosplit limit.)
	logFlush := 32
	if G*W > 32 {
		logFlush = 16
	}
	// The log holds up to logFlush-1+G*W entries when flushed, plus the
	// three the flush pads it with.
	logCap := (logFlush - 1 + G*W + 3 + 3) / 4 * 4
	lg := countLog{cnt: c.AllocLocal(logCap * 4), idx: c.AllocLocal(logCap * 4), flushAt: logFlush}

	if e.isize == 8 {
		avx512Body(c, e, iota, name, lg, countLanes{"D", c.YMM})
		return
	}
	c.CMPQ(paramAddr(c, "maxIter"), operand.U32(maxNarrow))
	c.JA(operand.LabelRef(name + "_wide"))
	avx512Body(c, e, iota, name+"_narrow", lg, countLanes{"W", c.YMM})
	c.Label(name + "_wide")
	avx512Body(c, e, iota, name, lg, countLanes{"D", c.ZMM})
}

// countLog is the stack log of finished (count, pixel) pairs.
type countLog struct {
	cnt, idx operand.Mem
	flushAt  int
}

// avx512Body emits one complete kernel body, labels prefixed by name, that
// ends in RET.
func avx512Body(c *build.Context, e elem, iota operand.Mem, name string, lg countLog, cl countLanes) {
	tu := tunings["avx512/"+e.typ]
	G, W := tu.G, 64/e.size
	P, K := e.p, e.k
	CW, MAX, CMP := cl.sfx, "VPMAXSD", "VPCMPD"
	if CW == "W" {
		MAX, CMP = "VPMAXUW", "VPCMPUW"
	}
	newCnt := cl.vec
	outp := c.Load(c.Param("out").Base(), c.GP64())
	zrp := c.Load(c.Param("zr").Base(), c.GP64())
	zip := c.Load(c.Param("zi").Base(), c.GP64())
	n := c.Load(c.Param("out").Len(), c.GP64())

	c.Comment("Constants: 4.0, ci, cr, integer 1, all-ones (-1).")
	four, ci, cr := broadcastConstants(c, e)
	negone := c.ZMM()
	one := newCnt()
	g := c.GP64()
	c.MOVQ(operand.U64(1), g)
	op(c, "VPBROADCAST"+CW, g.As32(), one)
	c.VPTERNLOGD(operand.U8(0xff), negone, negone, negone)

	c.Comment("Every lane starts empty: inactive, index -1.")
	// Pixel indices are int32 lanes (Escape feeds at most 2³⁰ pixels per
	// call): a YMM for float64's 8 lanes, so compressing and expanding them
	// costs half a ZMM operation and they go to the log as they are.
	newIdx, negIdx := idxVec(c, W), reg.Register(negone)
	if W == 8 {
		negIdx = negone.AsY()
	}
	zr, zi, cnt, idx := make([]reg.VecVirtual, G), make([]reg.VecVirtual, G), make([]reg.VecVirtual, G), make([]reg.VecVirtual, G)
	act := make([]reg.OpmaskVirtual, G)
	for i := range G {
		zr[i], zi[i], cnt[i], idx[i], act[i] = c.ZMM(), c.ZMM(), newCnt(), newIdx(), c.K()
		c.VPXORQ(zr[i], zr[i], zr[i])
		c.VPXORQ(zi[i], zi[i], zi[i])
		c.VPXORD(cnt[i], cnt[i], cnt[i])
		c.VMOVDQA32(negIdx, idx[i])
		op(c, "KXOR"+K, act[i], act[i], act[i])
	}
	cntLog, idxLog, logFlush := lg.cnt, lg.idx, lg.flushAt
	logn := c.GP64()
	c.XORQ(logn, logn)
	next, top := c.GP64(), c.GP64()
	c.XORQ(next, next)
	c.XORQ(top, top)
	L := c.GP64()
	c.JMP(operand.LabelRef(name + "_refill"))

	// Checkpoint. top bounds the counts of the active lanes from above: all
	// active lanes advance together, so it grows by L per block, and new
	// lanes start at 0. Only when it reaches maxIter can a lane be at the
	// cap; then lanes at maxIter are retired and top is recomputed exactly.
	c.Label(name + "_check")
	maxIterMem := paramAddr(c, "maxIter")
	c.CMPQ(maxIterMem, top)
	c.JA(operand.LabelRef(name + "_count"))
	maxv := newCnt()
	mi := c.GP64()
	c.MOVQ(maxIterMem, mi)
	op(c, "VPBROADCAST"+CW, mi.As32(), maxv) // maxIter fits the count lanes
	m := newCnt()
	c.VPXORD(m, m, m)
	for i := range G {
		op(c, CMP, operand.U8(1), maxv, cnt[i], act[i], act[i]) // act &= cnt < maxIter
		op(c, MAX, cnt[i], m, act[i], m)
	}
	y := reg.VecVirtual(m)
	if m.Size() == 64 {
		y = c.YMM()
		c.VEXTRACTI64X4(operand.U8(1), m, y)
		op(c, MAX, y, m.AsY(), y)
	}
	x := c.XMM()
	c.VEXTRACTI32X4(operand.U8(1), y, x)
	op(c, MAX, x, y.AsX(), x)
	x2 := c.XMM()
	c.VPSHUFD(operand.U8(0x4e), x, x2)
	op(c, MAX, x2, x, x)
	c.VPSHUFD(operand.U8(0xb1), x, x2)
	op(c, MAX, x2, x, x)
	if CW == "W" {
		c.VPSRLD(operand.U8(16), x, x2)
		c.VPMAXUW(x2, x, x)
		c.VPEXTRW(operand.U8(0), x, top.As32()) // zero-extends
	} else {
		c.VMOVD(x, top.As32()) // zero-extends
	}

	// Refill when no lane is active, or when at least R lanes are free and
	// input remains.
	c.Label(name + "_count")
	// Each group's mask counted on its own: packing the four masks with
	// KUNPCK first and counting once measured 1.2% slower for float32
	// (the same for float64), as the unpacks wait in a chain.
	active := c.GP64()
	c.XORQ(active, active)
	for i := range G {
		popcntAdd(c, e, act[i], active)
	}
	c.TESTQ(active, active)
	c.JZ(operand.LabelRef(name + "_refill"))
	c.CMPQ(next, n)
	c.JAE(operand.LabelRef(name + "_block"))
	c.CMPQ(active, operand.U32(G*W-tu.R))
	c.JBE(operand.LabelRef(name + "_refill"))

	// Block length: L = min(U, maxIter - top) >= 1; top += L.
	c.Label(name + "_block")
	c.Load(c.Param("maxIter"), L)
	c.SUBQ(top, L)
	u := c.GP64()
	c.MOVQ(operand.U32(tu.U), u)
	c.CMPQ(L, u)
	c.CMOVQHI(u, L)
	c.ADDQ(L, top)

	pcalign(c, 64)
	c.Label(name + "_loop")
	for i := range G {
		zr2, zi2, m := c.ZMM(), c.ZMM(), c.ZMM()
		op(c, "VMUL"+P, zr[i], zr[i], zr2)                         // zr2 = zr*zr
		op(c, "VMUL"+P, zi[i], zi[i], zi2)                         // zi2 = zi*zi
		op(c, "VADD"+P, zi2, zr2, m)                               // m = |z|²
		op(c, "VCMP"+P, operand.U8(0x11), four, m, act[i], act[i]) // act &= |z|² < 4
		op(c, "VPADD"+CW, one, cnt[i], act[i], cnt[i])             // cnt++ where active
		op(c, "VSUB"+P, zi2, zr2, zr2)                             // zr2 = zr² - zi²
		op(c, "VADD"+P, zr[i], zr[i], m)                           // m = 2zr
		op(c, "VFMADD213"+P, ci, m, zi[i])                         // zi = 2zr*zi + ci
		op(c, "VADD"+P, cr, zr2, zr[i])                            // zr = zr² - zi² + cr
	}
	c.DECQ(L)
	c.JNZ(operand.LabelRef(name + "_loop"))
	c.JMP(operand.LabelRef(name + "_check"))

	// Refill: write out finished lanes, expand the next pixels into them.
	c.Label(name + "_refill")
	// The free lanes of group g take the pixels from start[g] on, where
	// start[0] = next and start[g+1] = start[g] + free[g]. Computing all
	// starts first keeps the groups' refills independent of each other.
	zero, iotav := newIdx(), newIdx()
	c.VPXORD(zero, zero, zero)
	c.VMOVDQU32(iota, iotav)
	start := make([]reg.GPVirtual, G+1)
	start[0] = next
	for i := range G {
		free := c.GP32()
		op(c, "KMOV"+K, act[i], free)
		c.POPCNTL(free, free)
		c.NEGQ(free.As64())
		start[i+1] = c.GP64()
		c.LEAQ(operand.Mem{Base: start[i], Index: free.As64(), Scale: 1, Disp: W}, start[i+1]) // start + W - active
	}
	// flush writes the log out with scalar stores, four per loop trip, and
	// empties it. It first pads the log to a multiple of four with copies of
	// its last entry (storing a count twice is harmless), so there is no
	// remainder loop.
	flushN := 0
	flush := func() {
		lbl := fmt.Sprintf("%s_flush%d", name, flushN)
		flushN++
		j, pi, pc := c.GP64(), c.GP64(), c.GP32()
		c.TESTQ(logn, logn)
		c.JZ(operand.LabelRef(lbl + "_done"))
		c.MOVL(idxLog.Idx(logn, 4).Offset(-4), pi.As32())
		c.MOVL(cntLog.Idx(logn, 4).Offset(-4), pc)
		for k := range 3 {
			c.MOVL(pi.As32(), idxLog.Idx(logn, 4).Offset(4*k))
			c.MOVL(pc, cntLog.Idx(logn, 4).Offset(4*k))
		}
		c.XORQ(j, j)
		c.Label(lbl)
		for k := range 4 {
			c.MOVLQSX(idxLog.Idx(j, 4).Offset(4*k), pi)
			c.MOVL(cntLog.Idx(j, 4).Offset(4*k), pc)
			c.MOVL(pc, operand.Mem{Base: outp, Index: pi, Scale: 4})
		}
		c.ADDQ(operand.U8(4), j)
		c.CMPQ(j, logn)
		c.JB(operand.LabelRef(lbl))
		c.XORQ(logn, logn)
		c.Label(lbl + "_done")
	}
	// While input lasts for every free lane (the common case), each group
	// loads all its free lanes and no clamping is needed.
	refillGroup := func(i int, fast bool) {
		kd := c.K()
		kdg := c.GP64()
		op(c, "KNOT"+K, act[i], kd)
		op(c, "KMOV"+K, kd, kdg.As32())
		kw := kd // the free lanes that held a pixel: all of them on the fast path
		if !fast {
			kw = c.K()
			c.VPCMPD(operand.U8(5), zero, idx[i], kd, kw) // kw = kd & idx >= 0
		}
		cc, cx := newIdx(), newIdx()
		if CW == "W" {
			c.VPMOVZXWD(cnt[i], cc)
			c.VPCOMPRESSD_Z(cc, kw, cc)
		} else {
			c.VPCOMPRESSD_Z(cnt[i], kw, cc)
		}
		c.VPCOMPRESSD_Z(idx[i], kw, cx)
		c.VMOVDQU32(cc, cntLog.Idx(logn, 4))
		c.VMOVDQU32(cx, idxLog.Idx(logn, 4))
		popcntAdd(c, e, kw, logn)
		switch { // cnt = 0 in free lanes
		case CW == "W":
			c.VMOVDQU16(zero.AsY(), kd, cnt[i])
		case cnt[i].Size() == 32:
			c.VMOVDQA32(zero.AsY(), kd, cnt[i])
		default:
			c.VMOVDQA32(zero, kd, cnt[i])
		}
		avail, low := c.GP64(), c.GP64()
		kl := kd
		if fast {
			c.POPCNTQ(kdg, avail)
		} else {
			c.VMOVDQA32(negIdx, kd, idx[i]) // idx = -1 unless loaded below
			// avail = clamp(n - start, 0, W); kl = the first avail free lanes.
			w, bits := c.GP64(), c.GP64()
			c.MOVQ(n, avail)
			c.SUBQ(start[i], avail)
			c.MOVQ(operand.U32(0), w)
			c.CMOVQLT(w, avail)
			c.MOVQ(operand.U32(W), w)
			c.CMPQ(avail, w)
			c.CMOVQGT(w, avail)
			c.MOVQ(operand.I32(-1), low)
			c.BZHIQ(avail, low, low)
			c.PDEPQ(kdg, low, bits)
			c.POPCNTQ(bits, avail)
			kl = c.K()
			op(c, "KMOV"+K, bits.As32(), kl)
		}
		c.MOVQ(operand.I32(-1), low)
		c.BZHIQ(avail, low, low)
		kc := c.K()
		op(c, "KMOV"+K, low.As32(), kc)
		// Expanding straight from memory is microcoded and slow on Zen 4;
		// a masked load (faults suppressed past the end) then a register
		// expand is not.
		ld := c.ZMM()
		op(c, "VMOVUP"+P[1:]+"_Z", operand.Mem{Base: zrp, Index: start[i], Scale: scale(e.size)}, kc, ld)
		op(c, "VEXPAND"+P, ld, kl, zr[i])
		ld2 := c.ZMM()
		op(c, "VMOVUP"+P[1:]+"_Z", operand.Mem{Base: zip, Index: start[i], Scale: scale(e.size)}, kc, ld2)
		op(c, "VEXPAND"+P, ld2, kl, zi[i])
		v := newIdx()
		c.VPBROADCASTD(start[i].As32(), v)
		c.VPADDD(iotav, v, v)
		c.VPEXPANDD(v, kl, idx[i])
		op(c, "KOR"+K, kl, act[i], act[i])
	}
	// Entries logged by earlier refills have long left the store buffer, so
	// flushing them here does not wait on store forwarding (flushing at the
	// end of the refill, right after the log stores, measured slower).
	c.CMPQ(logn, operand.U8(uint8(logFlush)))
	c.JB(operand.LabelRef(name + "_noflush"))
	flush()
	c.Label(name + "_noflush")
	// The first refill (next = 0) takes the general path, which skips lanes
	// that never held a pixel (index -1). After it every lane the fast path
	// frees has held one: the fast path runs only while input remains for
	// all free lanes, and once it does not, the general path runs from then
	// on.
	c.TESTQ(next, next)
	c.JZ(operand.LabelRef(name + "_refill_end"))
	c.CMPQ(start[G], n)
	c.JA(operand.LabelRef(name + "_refill_end"))
	for i := range G {
		refillGroup(i, true)
	}
	c.MOVQ(start[G], next)
	c.JMP(operand.LabelRef(name + "_check"))

	c.Label(name + "_refill_end")
	for i := range G {
		refillGroup(i, false)
	}
	// next = min(start[G], n); stop when no lane is active.
	c.MOVQ(start[G], next)
	c.CMPQ(next, n)
	c.CMOVQGT(n, next)
	anyActive := c.GP32()
	c.XORL(anyActive, anyActive)
	for i := range G {
		t := c.GP32()
		op(c, "KMOV"+K, act[i], t)
		c.ORL(t, anyActive)
	}
	c.TESTL(anyActive, anyActive)
	c.JZ(operand.LabelRef(name + "_exit"))
	c.CMPQ(logn, operand.U8(uint8(logFlush)))
	c.JB(operand.LabelRef(name + "_check"))
	flush()
	c.JMP(operand.LabelRef(name + "_check"))
	c.Label(name + "_exit")
	flush()
	c.VZEROUPPER()
	c.RET()
}

// pcalign emits PCALIGN $n: the assembler pads with NOPs to an n-byte
// boundary, so the hot loop's placement does not move with unrelated code.
func pcalign(c *build.Context, n uint8) {
	c.Instruction(&ir.Instruction{Opcode: "PCALIGN", Operands: []operand.Op{operand.U8(n)}})
}

// gpAs is r viewed as an integer of size bytes (4 or 8).
func gpAs(r reg.GPVirtual, size int) reg.Register {
	if size == 4 {
		return r.As32()
	}
	return r.As64()
}

// broadcastConstants broadcasts 4, ci and cr into ZMM registers.
func broadcastConstants(c *build.Context, e elem) (four, ci, cr reg.VecVirtual) {
	four, ci, cr = c.ZMM(), c.ZMM(), c.ZMM()
	g := c.GP64()
	c.MOVQ(operand.U64(e.four), g)
	op(c, "VPBROADCAST"+e.q, gpAs(g, e.size), four)
	op(c, "VBROADCAST"+e.s, paramAddr(c, "ci"), ci)
	op(c, "VBROADCAST"+e.s, paramAddr(c, "cr"), cr)
	return four, ci, cr
}

// popcntAdd adds the number of lanes set in k to acc.
func popcntAdd(c *build.Context, e elem, k reg.OpmaskVirtual, acc reg.GPVirtual) {
	t := c.GP32()
	op(c, "KMOV"+e.k, k, t)
	c.POPCNTL(t, t)
	c.ADDQ(t.As64(), acc)
}

// idxVec allocates vectors of int32 lanes, one per element of a W-lane
// group: a YMM for float64's 8 lanes, a ZMM for float32's 16.
func idxVec(c *build.Context, W int) func() reg.VecVirtual {
	if W == 8 {
		return c.YMM
	}
	return c.ZMM
}
