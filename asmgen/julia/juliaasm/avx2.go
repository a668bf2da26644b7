package juliaasm

import (
	"fmt"

	"github.com/mmcloughlin/avo/attr"
	"github.com/mmcloughlin/avo/build"
	"github.com/mmcloughlin/avo/operand"
	"github.com/mmcloughlin/avo/reg"
)

// avx2 emits the AVX2+FMA kernel for e: G groups of W lanes, lane masks as
// all-ones vectors, refill lane by lane through a spill area on the stack
// (AVX2 has no expand or scatter).
func avx2(c *build.Context, e elem, four operand.Mem) {
	tu := tunings["avx2/"+e.typ]
	G, W := tu.G, 32/e.size
	N := G * W
	name := FuncName("avx2", e.typ)
	c.Function(name)
	c.Attributes(attr.NOSPLIT)
	c.SignatureExpr(Signature(e.typ))
	c.Doc(fmt.Sprintf("%s runs the Julia kernel with AVX2 and FMA, %d groups of %d %s lanes.", name, G, W, e.typ))
	c.Pragma("noescape")

	P, Q := e.p, e.q
	mov := map[int]string{8: "MOVQ", 4: "MOVL"}[e.size]
	outp := c.Load(c.Param("out").Base(), c.GP64())
	zrp := c.Load(c.Param("zr").Base(), c.GP64())
	zip := c.Load(c.Param("zi").Base(), c.GP64())
	n := c.Load(c.Param("out").Len(), c.GP64())

	// Stack: broadcast cr and ci (FMA and ADD take a full vector from
	// memory), then the spill area: zr, zi, cnt, act per lane, and the pixel
	// index of each lane (int64, -1 when the lane holds none).
	crS, ciS := c.AllocLocal(32), c.AllocLocal(32)
	zrS, ziS := c.AllocLocal(N*e.size), c.AllocLocal(N*e.size)
	cntS, actS := c.AllocLocal(N*e.isize), c.AllocLocal(N*e.isize)
	idxS := c.AllocLocal(N * 8)

	t := c.YMM()
	op(c, "VBROADCAST"+e.s, paramAddr(c, "cr"), t)
	c.VMOVUPD(t, crS)
	op(c, "VBROADCAST"+e.s, paramAddr(c, "ci"), t)
	c.VMOVUPD(t, ciS)

	c.Comment("Every lane starts empty: inactive, index -1.")
	zr, zi, cnt, act := make([]reg.VecVirtual, G), make([]reg.VecVirtual, G), make([]reg.VecVirtual, G), make([]reg.VecVirtual, G)
	for i := range G {
		zr[i], zi[i], cnt[i], act[i] = c.YMM(), c.YMM(), c.YMM(), c.YMM()
		for _, v := range []reg.VecVirtual{zr[i], zi[i], cnt[i], act[i]} {
			c.VPXOR(v, v, v)
		}
	}
	for l := range N {
		c.MOVQ(operand.I32(-1), idxS.Offset(8*l))
	}
	next := c.GP64()
	c.XORQ(next, next)
	L := c.GP64()
	c.JMP(operand.LabelRef(name + "_refill"))

	// Checkpoint: retire lanes at maxIter, then refill or start a block.
	c.Label(name + "_check")
	maxv := c.YMM()
	op(c, "VPBROADCAST"+Q, paramAddr(c, "maxIter"), maxv)
	active := c.GP64()
	c.XORQ(active, active)
	for i := range G {
		m := c.YMM()
		op(c, "VPCMPGT"+Q, cnt[i], maxv, m) // m = maxIter > cnt
		c.VPAND(m, act[i], act[i])
		r := c.GP32()
		op(c, "VMOVMSK"+P, act[i], r)
		c.POPCNTL(r, r)
		c.ADDQ(r.As64(), active)
	}
	c.TESTQ(active, active)
	c.JZ(operand.LabelRef(name + "_refill"))
	c.CMPQ(next, n)
	c.JAE(operand.LabelRef(name + "_block"))
	c.CMPQ(active, operand.U32(N-tu.R))
	c.JBE(operand.LabelRef(name + "_refill"))

	// Block length: L = min(U, maxIter - max(cnt of active lanes)) >= 1.
	// Counts are in [0, 2³¹), so a dword max works for qword lanes too.
	c.Label(name + "_block")
	m := c.YMM()
	c.VPXOR(m, m, m)
	for i := range G {
		a := c.YMM()
		c.VPAND(cnt[i], act[i], a)
		c.VPMAXSD(a, m, m)
	}
	x, x2 := c.XMM(), c.XMM()
	c.VEXTRACTI128(operand.U8(1), m, x)
	c.VPMAXSD(x, m.AsX(), x)
	c.VPSHUFD(operand.U8(0x4e), x, x2)
	c.VPMAXSD(x2, x, x)
	c.VPSHUFD(operand.U8(0xb1), x, x2)
	c.VPMAXSD(x2, x, x)
	c.Load(c.Param("maxIter"), L)
	mc := c.GP32()
	c.VMOVD(x, mc)
	c.SUBQ(mc.As64(), L)
	u := c.GP64()
	c.MOVQ(operand.U32(tu.U), u)
	c.CMPQ(L, u)
	c.CMOVQHI(u, L)

	c.Label(name + "_loop")
	for i := range G {
		zr2, zi2, m := c.YMM(), c.YMM(), c.YMM()
		op(c, "VMUL"+P, zr[i], zr[i], zr2)            // zr2 = zr*zr
		op(c, "VMUL"+P, zi[i], zi[i], zi2)            // zi2 = zi*zi
		op(c, "VADD"+P, zi2, zr2, m)                  // m = |z|²
		op(c, "VCMP"+P, operand.U8(0x11), four, m, m) // m = |z|² < 4
		op(c, "VAND"+P, m, act[i], act[i])            // act &= m
		op(c, "VPSUB"+Q, act[i], cnt[i], cnt[i])      // cnt++ where active
		op(c, "VSUB"+P, zi2, zr2, zr2)                // zr2 = zr² - zi²
		op(c, "VADD"+P, zr[i], zr[i], m)              // m = 2zr
		op(c, "VFMADD213"+P, ciS, m, zi[i])           // zi = 2zr*zi + ci
		op(c, "VADD"+P, crS, zr2, zr[i])              // zr = zr² - zi² + cr
	}
	c.DECQ(L)
	c.JNZ(operand.LabelRef(name + "_loop"))
	c.JMP(operand.LabelRef(name + "_check"))

	// Refill: spill, then for each finished lane write its count and load
	// the next pixel (or mark it empty), then reload.
	c.Label(name + "_refill")
	done := c.GP64()
	c.XORQ(done, done)
	for i := range G {
		c.VMOVUPD(zr[i], zrS.Offset(32*i))
		c.VMOVUPD(zi[i], ziS.Offset(32*i))
		c.VMOVDQU(cnt[i], cntS.Offset(32*i))
		c.VMOVDQU(act[i], actS.Offset(32*i))
		r := c.GP64()
		op(c, "VMOVMSK"+P, act[i], r.As32())
		if i > 0 {
			c.SHLQ(operand.U8(W*i), r)
		}
		c.ORQ(r, done)
	}
	c.NOTQ(done)
	all := c.GP64()
	c.MOVQ(operand.U64(uint64(1)<<N-1), all)
	c.ANDQ(all, done)

	c.Label(name + "_lane")
	c.TESTQ(done, done)
	c.JZ(operand.LabelRef(name + "_reload"))
	l, i, v := c.GP64(), c.GP64(), c.GP64()
	c.TZCNTQ(done, l)
	c.BLSRQ(done, done)
	c.MOVQ(idxS.Idx(l, 8), i)
	c.TESTQ(i, i)
	c.JS(operand.LabelRef(name + "_written"))
	op(c, mov, cntS.Idx(l, scale(e.isize)), gpAs(v, e.isize))
	c.MOVL(v.As32(), operand.Mem{Base: outp, Index: i, Scale: 4})
	c.Label(name + "_written")
	op(c, mov, operand.U32(0), cntS.Idx(l, scale(e.isize)))
	c.CMPQ(next, n)
	c.JAE(operand.LabelRef(name + "_empty"))
	op(c, mov, operand.Mem{Base: zrp, Index: next, Scale: scale(e.size)}, gpAs(v, e.size))
	op(c, mov, gpAs(v, e.size), zrS.Idx(l, scale(e.size)))
	op(c, mov, operand.Mem{Base: zip, Index: next, Scale: scale(e.size)}, gpAs(v, e.size))
	op(c, mov, gpAs(v, e.size), ziS.Idx(l, scale(e.size)))
	op(c, mov, operand.I32(-1), actS.Idx(l, scale(e.isize)))
	c.MOVQ(next, idxS.Idx(l, 8))
	c.INCQ(next)
	c.JMP(operand.LabelRef(name + "_lane"))
	c.Label(name + "_empty")
	c.MOVQ(operand.I32(-1), idxS.Idx(l, 8))
	c.JMP(operand.LabelRef(name + "_lane"))

	c.Label(name + "_reload")
	anyActive := c.GP32()
	c.XORL(anyActive, anyActive)
	for i := range G {
		c.VMOVUPD(zrS.Offset(32*i), zr[i])
		c.VMOVUPD(ziS.Offset(32*i), zi[i])
		c.VMOVDQU(cntS.Offset(32*i), cnt[i])
		c.VMOVDQU(actS.Offset(32*i), act[i])
		r := c.GP32()
		op(c, "VMOVMSK"+P, act[i], r)
		c.ORL(r, anyActive)
	}
	c.TESTL(anyActive, anyActive)
	c.JNZ(operand.LabelRef(name + "_block"))
	c.VZEROUPPER()
	c.RET()
}
