// Package kernel builds the avo programs behind kernels/diffusion: one
// fused row-update kernel per instruction set, element type and rounding
// mode. It is a library, not a main package, so that hpgen can render the
// assembly in-process; asmgen/diffusion is the thin command around it.
//
// Every kernel has the Go signature
//
//	func(out, up, mid, down *T, m, rows int, c T, wrap int)
//
// and updates rows consecutive rows of m points each (up, mid, down and out
// advance by m elements per row):
//
//	out[j] = (-4*mid[j] + up[j] + down[j] + mid[j-1] + mid[j+1])*c + mid[j]
//
// summed left to right in that order, which is the order of the book's
// in-place numpy laplacian, so the kernels that do not fuse the final
// multiply-add are bit-identical to the pure-Go reference. The first two
// terms are one FMA in every kernel: -4*g is exact, so fusing it with + up
// rounds once, as the separate operations do (every kernel needs FMA3).
//
// Columns 0 and m-1 take their outer neighbour from the other end of the
// row when wrap != 0 (periodic) and zero otherwise (Dirichlet); these two
// points are done with scalar instructions so that no modulo appears in
// the vector loop. The interior is one pass that reads each point once and
// writes it once: one unaligned vector at column 1, then vector-aligned
// centre loads. Both build the left and right neighbours from the
// previous, current and next centre vectors instead of loading them
// unaligned: AVX-512 kernels with VALIGNQ/VALIGND, AVX2 kernels with
// VPERM2F128 (the middle 128 bits of a pair) and VPALIGNR; the end of the
// row loads them unaligned. The last, partial vector is redone overlapping the
// previous one, which is why out must not alias the inputs. NT variants
// store the aligned part with non-temporal stores and end with SFENCE.
// m must be at least 2.
package kernel

import (
	"fmt"
	"slices"
	"strings"

	"github.com/hpgo/hpgo/internal/gen"

	"github.com/mmcloughlin/avo/attr"
	"github.com/mmcloughlin/avo/build"
	"github.com/mmcloughlin/avo/operand"
	"github.com/mmcloughlin/avo/reg"
)

// ISA is an instruction set a kernel is written for.
type ISA string

// The instruction sets with kernels. AVX2 kernels use YMM registers,
// AVX512 kernels ZMM registers (AVX-512F); both use FMA3.
const (
	AVX2   ISA = "AVX2"
	AVX512 ISA = "AVX512"
)

// RegisterNeighboursAVX2 builds AVX2 kernels' left and right neighbours
// from registers as the AVX-512 kernels do (VPERM2F128+VPALIGNR instead of
// VALIGNQ), instead of loading them unaligned. It is a variable only so
// that the two can be measured against each other (docs/results/diffusion.md:
// Step at N=128 on AVX2 11% faster); the committed kernels set it.
var RegisterNeighboursAVX2 = true

// Unroll is how many vectors the interior loop does per iteration.
const Unroll = 2

// A Variant is one kernel: instruction set, element type and whether the
// final multiply-add is fused (FMA: faster, not bit-identical to numpy).
type Variant struct {
	ISA  ISA
	Type string // "float64" or "float32"
	FMA  bool
	// NT stores the interior with non-temporal (streaming) stores, for
	// output rows that will not be read again while they could still be
	// in cache; the kernel ends with SFENCE.
	NT bool
}

// Name is the Go name of the variant's function, e.g. rowsAVX2FMAFloat64.
func (v Variant) Name() string {
	fma := ""
	if v.FMA {
		fma = "FMA"
	}
	nt := ""
	if v.NT {
		nt = "NT"
	}
	return "rows" + string(v.ISA) + fma + nt + strings.ToUpper(v.Type[:1]) + v.Type[1:]
}

// Signature is the Go signature shared by all kernels for element type t.
func Signature(t string) string {
	return fmt.Sprintf("func(out, up, mid, down *%s, m, rows int, c %s, wrap int)", t, t)
}

// Variants lists every kernel for the given element types, in a stable order.
func Variants(types []string) []Variant {
	var vs []Variant
	for _, t := range types {
		for _, isa := range []ISA{AVX2, AVX512} {
			for _, fma := range []bool{false, true} {
				for _, nt := range []bool{false, true} {
					vs = append(vs, Variant{ISA: isa, Type: t, FMA: fma, NT: nt})
				}
			}
		}
	}
	return vs
}

// Types lists the element types the kernels support, in canonical order.
var Types = []string{"float64", "float32"}

// CheckType reports whether t is an element type the kernels support.
func CheckType(t string) error {
	if !slices.Contains(Types, t) {
		return fmt.Errorf("unsupported element type %q (want float64 or float32)", t)
	}
	return nil
}

// Program returns the avo program that builds the variants, constrained
// to !purego (the _amd64 file names the caller chooses imply GOARCH). The
// variants' types must have passed CheckType.
func Program(variants []Variant) gen.AsmProgram {
	return func(ctx *build.Context) {
		ctx.ConstraintExpr("!purego")
		for _, v := range variants {
			Build(ctx, v)
		}
	}
}

// ops binds the type-dependent mnemonics.
type ops struct {
	size               int
	movu, movs         func(...operand.Op)
	mulv, addv, fmav   func(...operand.Op)
	muls, adds, fmas   func(...operand.Op)
	fma231v, fma231s   func(...operand.Op)
	xor, bcast, movnt  func(...operand.Op)
	minus4             uint64 // bit pattern of -4
	movGP, movGPToVec  func(...operand.Op)
	lanesYMM, lanesZMM int
}

func opsFor(c *build.Context, t string) ops {
	if t == "float32" {
		return ops{
			size: 4, movu: c.VMOVUPS, movs: c.VMOVSS,
			mulv: c.VMULPS, addv: c.VADDPS, fmav: c.VFMADD213PS,
			muls: c.VMULSS, adds: c.VADDSS, fmas: c.VFMADD213SS,
			fma231v: c.VFMADD231PS, fma231s: c.VFMADD231SS,
			xor: c.VXORPS, bcast: c.VBROADCASTSS, movnt: func(o ...operand.Op) { c.VMOVNTPS(o[0], o[1]) },
			minus4: 0xc0800000, movGP: func(o ...operand.Op) { c.MOVL(o[0], o[1]) },
			movGPToVec: func(o ...operand.Op) { c.VMOVD(o[0], o[1]) },
			lanesYMM:   8, lanesZMM: 16,
		}
	}
	return ops{
		size: 8, movu: c.VMOVUPD, movs: c.VMOVSD,
		mulv: c.VMULPD, addv: c.VADDPD, fmav: c.VFMADD213PD,
		muls: c.VMULSD, adds: c.VADDSD, fmas: c.VFMADD213SD,
		fma231v: c.VFMADD231PD, fma231s: c.VFMADD231SD,
		xor: c.VXORPD, bcast: c.VBROADCASTSD, movnt: func(o ...operand.Op) { c.VMOVNTPD(o[0], o[1]) },
		minus4: 0xc010000000000000, movGP: func(o ...operand.Op) { c.MOVQ(o[0], o[1]) },
		movGPToVec: func(o ...operand.Op) { c.VMOVQ(o[0], o[1]) },
		lanesYMM:   4, lanesZMM: 8,
	}
}

// Build adds the function for v to ctx.
func Build(c *build.Context, v Variant) {
	o := opsFor(c, v.Type)
	vec, lanes := c.YMM, o.lanesYMM
	if v.ISA == AVX512 {
		vec, lanes = c.ZMM, o.lanesZMM
	}
	c.Function(v.Name())
	c.Attributes(attr.NOSPLIT)
	c.SignatureExpr(Signature(v.Type))
	c.Doc(fmt.Sprintf("%s updates rows rows of m points with %s%s; see package kernel.", v.Name(), v.ISA, map[bool]string{true: " and FMA", false: " without FMA"}[v.FMA]+map[bool]string{true: ", streaming stores", false: ""}[v.NT]))

	out := c.Load(c.Param("out"), c.GP64())
	up := c.Load(c.Param("up"), c.GP64())
	mid := c.Load(c.Param("mid"), c.GP64())
	down := c.Load(c.Param("down"), c.GP64())
	m := c.Load(c.Param("m"), c.GP64())
	rows := c.Load(c.Param("rows"), c.GP64())
	wrap := c.Load(c.Param("wrap"), c.GP64())

	cv, m4 := vec(), vec()
	cp, err := c.Param("c").Resolve()
	if err != nil {
		panic(err)
	}
	o.bcast(cp.Addr, cv)
	tmp := c.GP64()
	c.MOVQ(operand.U64(o.minus4), tmp)
	if o.size == 4 {
		o.movGPToVec(tmp.As32(), m4.AsX())
	} else {
		o.movGPToVec(tmp, m4.AsX())
	}
	o.bcast(m4.AsX(), m4)

	// Byte offsets used per row.
	rowBytes, last := c.GP64(), c.GP64()
	c.MOVQ(m, rowBytes)
	c.SHLQ(operand.U8(log2(o.size)), rowBytes) // m*size
	c.MOVQ(rowBytes, last)
	c.SUBQ(operand.U8(o.size), last) // (m-1)*size
	mLast := c.GP64()                // m-1, the end of the interior
	c.LEAQ(operand.Mem{Base: m, Disp: -1}, mLast)
	lastStart := c.GP64() // m-1-lanes: start of the final, overlapping vector
	c.LEAQ(operand.Mem{Base: m, Disp: -1 - lanes}, lastStart)
	unrolledEnd := c.GP64() // last start for a full unrolled iteration
	c.LEAQ(operand.Mem{Base: lastStart, Disp: -(Unroll - 1) * lanes}, unrolledEnd)

	j := c.GP64()
	at := func(base reg.Register, disp int) operand.Mem {
		return operand.Mem{Base: base, Index: j, Scale: uint8(o.size), Disp: disp}
	}
	// point emits the update of one vector (or scalar when x is an XMM
	// used with scalar ops) whose centre is g's address.
	update := func(scalar, stream bool, gSrc, upAddr, downAddr, left, right operand.Op, dst operand.Mem) {
		g, acc := vec(), vec()
		gReg, inReg := gSrc.(reg.VecVirtual)
		mov, mul, add, fma, fma4 := o.movu, o.mulv, o.addv, o.fmav, o.fma231v
		kc, k4 := reg.Register(cv), reg.Register(m4)
		if scalar {
			g, acc = g.AsX().(reg.VecVirtual), acc.AsX().(reg.VecVirtual)
			mov, mul, add, fma, fma4 = o.movs, o.muls, o.adds, o.fmas, o.fma231s
			kc, k4 = cv.AsX(), m4.AsX()
		}
		if inReg {
			g = gReg
		} else {
			mov(gSrc, g)
		}
		// -4*g + up in one FMA: -4*g is exact, so fusing it rounds once
		// exactly as the separate multiply and add do.
		mov(upAddr, acc)
		fma4(g, k4, acc)
		add(downAddr, acc, acc) // + down
		add(left, acc, acc)     // + left
		add(right, acc, acc)    // + right
		if v.FMA {
			fma(g, kc, acc) // acc*c + g, one rounding
		} else {
			mul(kc, acc, acc) // *c
			add(g, acc, acc)  // + g
		}
		if stream {
			o.movnt(acc, dst)
		} else {
			mov(acc, dst)
		}
	}
	vecAt := func() {
		update(false, false, at(mid, 0), at(up, 0), at(down, 0), at(mid, -o.size), at(mid, o.size), at(out, 0))
	}
	scalarAt := func() {
		update(true, false, at(mid, 0), at(up, 0), at(down, 0), at(mid, -o.size), at(mid, o.size), at(out, 0))
	}

	c.Label("row")
	c.TESTQ(rows, rows)
	c.JLE(operand.LabelRef("done"))

	// Column 0: left neighbour is mid[m-1] (periodic) or zero (Dirichlet).
	// Column m-1: right neighbour is mid[0] or zero.
	left, right := c.XMM(), c.XMM()
	o.movs(operand.Mem{Base: mid, Index: last, Scale: 1}, left)
	o.movs(operand.Mem{Base: mid}, right)
	c.TESTQ(wrap, wrap)
	c.JNZ(operand.LabelRef("edges"))
	o.xor(left, left, left)
	o.xor(right, right, right)
	c.Label("edges")
	update(true, false, operand.Mem{Base: mid}, operand.Mem{Base: up}, operand.Mem{Base: down},
		left, operand.Mem{Base: mid, Disp: o.size}, operand.Mem{Base: out})
	update(true, false, operand.Mem{Base: mid, Index: last, Scale: 1}, operand.Mem{Base: up, Index: last, Scale: 1},
		operand.Mem{Base: down, Index: last, Scale: 1}, operand.Mem{Base: mid, Index: last, Scale: 1, Disp: -o.size},
		right, operand.Mem{Base: out, Index: last, Scale: 1})

	c.MOVQ(operand.U32(1), j)
	c.CMPQ(lastStart, operand.U32(1))
	c.JL(operand.LabelRef("scalar"))

	// One unaligned vector at column 1, then continue from the first
	// column whose centre load is vector-aligned (recomputing up to
	// lanes-1 points with identical results): aligned centre, up and down
	// loads never split a cache line, which unaligned ones often do.
	vecAt()
	vb := lanes * o.size
	a, t := c.GP64(), c.GP64()
	alignOn := mid // aligned loads; streaming stores must be aligned instead
	if v.NT {
		alignOn = out
	}
	c.LEAQ(operand.Mem{Base: alignOn, Disp: o.size}, t)
	c.LEAQ(operand.Mem{Base: t, Disp: vb - 1}, a)
	c.ANDQ(operand.I32(int32(-vb)), a)
	c.SUBQ(t, a)
	c.SHRQ(operand.U8(log2(o.size)), a)
	c.LEAQ(operand.Mem{Base: a, Disp: 1}, j)

	if v.ISA == AVX512 || RegisterNeighboursAVX2 {
		// Left and right neighbours from registers: VALIGNQ/D (AVX2:
		// VPERM2F128+VPALIGNR) of the previous, current and next centre
		// vectors, so each vector costs
		// three loads (centre ahead, up, down) instead of five, two of
		// which split cache lines. The next vector must lie inside the
		// row, so this loop stops at j = m-2*lanes and the load-based loop
		// below finishes the row.
		valign, movr := c.VALIGNQ, c.VMOVAPD
		if o.size == 4 {
			valign, movr = c.VALIGND, c.VMOVAPS
		}
		if v.ISA == AVX2 {
			// valign(k, lo, hi, dst) is lanes k.. of the pair hi:lo;
			// on YMM that is one lane-crossing VPERM2F128 (the middle
			// 128 bits of the pair) and an in-lane VPALIGNR.
			valign = func(ops ...operand.Op) {
				k, lo, hi, dst := ops[0].(operand.U8), ops[1], ops[2], ops[3]
				mid := vec()
				c.VPERM2F128(operand.U8(0x21), hi, lo, mid)
				if int(k) == 1 {
					c.VPALIGNR(operand.U8(o.size), lo, mid, dst)
				} else {
					c.VPALIGNR(operand.U8(16-o.size), mid, hi, dst)
				}
			}
		}
		regEnd := unrolledEnd
		c.LEAQ(operand.Mem{Base: m, Disp: -2 * lanes}, regEnd)
		c.CMPQ(j, regEnd)
		c.JG(operand.LabelRef("single"))
		prev, cur, next, left, right := vec(), vec(), vec(), vec(), vec()
		o.movu(at(mid, 0), cur)
		o.movu(at(mid, lanes*o.size), next)
		valign(operand.U8(1), cur, next, right)
		update(false, v.NT, cur, at(up, 0), at(down, 0), at(mid, -o.size), right, at(out, 0))
		movr(cur, prev)
		movr(next, cur)
		c.ADDQ(operand.U32(lanes), j)
		// Unrolled three times so the three centre registers rotate
		// roles instead of being copied.
		c.Label("registers")
		r := [3]reg.VecVirtual{prev, cur, next}
		for k := 0; k < 3; k++ {
			p, cu, nx := r[k%3], r[(k+1)%3], r[(k+2)%3]
			c.CMPQ(j, regEnd)
			c.JG(operand.LabelRef("single"))
			o.movu(at(mid, lanes*o.size), nx)
			valign(operand.U8(lanes-1), p, cu, left)
			valign(operand.U8(1), cu, nx, right)
			update(false, v.NT, cu, at(up, 0), at(down, 0), left, right, at(out, 0))
			c.ADDQ(operand.U32(lanes), j)
		}
		c.JMP(operand.LabelRef("registers"))
	} else {
		// Neighbours by (unaligned) loads, unrolled. The register loop
		// above leaves only to single, so this is emitted only without it.
		c.Label("unrolled")
		c.CMPQ(j, unrolledEnd)
		c.JG(operand.LabelRef("single"))
		for u := 0; u < Unroll; u++ {
			update(false, v.NT, at(mid, u*lanes*o.size), at(up, u*lanes*o.size), at(down, u*lanes*o.size),
				at(mid, (u*lanes-1)*o.size), at(mid, (u*lanes+1)*o.size), at(out, u*lanes*o.size))
		}
		c.ADDQ(operand.U32(Unroll*lanes), j)
		c.JMP(operand.LabelRef("unrolled"))
	}

	c.Label("single")
	c.CMPQ(j, lastStart)
	c.JG(operand.LabelRef("overlap"))
	update(false, v.NT, at(mid, 0), at(up, 0), at(down, 0), at(mid, -o.size), at(mid, o.size), at(out, 0))
	c.ADDQ(operand.U32(lanes), j)
	c.JMP(operand.LabelRef("single"))

	c.Label("overlap")
	// Redo the last vector ending at m-2; it overlaps points already
	// written with the same values.
	c.CMPQ(j, mLast)
	c.JGE(operand.LabelRef("next"))
	c.MOVQ(lastStart, j)
	vecAt()
	c.JMP(operand.LabelRef("next"))

	c.Label("scalar")
	c.CMPQ(j, mLast)
	c.JGE(operand.LabelRef("next"))
	scalarAt()
	c.INCQ(j)
	c.JMP(operand.LabelRef("scalar"))

	c.Label("next")
	c.ADDQ(rowBytes, out)
	c.ADDQ(rowBytes, up)
	c.ADDQ(rowBytes, mid)
	c.ADDQ(rowBytes, down)
	c.DECQ(rows)
	c.JMP(operand.LabelRef("row"))

	c.Label("done")
	if v.NT {
		c.SFENCE() // order the streaming stores before the caller's
	}
	c.VZEROUPPER()
	c.RET()
}

func log2(n int) int {
	k := 0
	for n > 1 {
		n >>= 1
		k++
	}
	return k
}
