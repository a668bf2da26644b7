// Package juliaasm builds the avo programs for the Julia-set escape-time
// kernel: one function per (ISA, element type) pair. It is a library, not a
// main package, so that hpgen renders the assembly in-process and tests can
// check the committed output against it.
//
// Every kernel computes, for each pixel i, the number of iterations of
//
//	zr2, zi2 := zr*zr, zi*zi
//	if !(zr2+zi2 < 4) { stop }   // |z| < 2; NaN escapes
//	zi = fma(zr+zr, zi, ci)       // one rounding
//	zr = (zr2 - zi2) + cr
//
// performed before the test fails, at most maxIter: the book's loop, with
// |z|² < 4 for abs(z) < 2. The pure-Go reference (internal/gen/julia)
// spells out the same roundings (math.FMA for the one fused step), so every
// variant agrees with it bit for bit; on the book's grid all of them sum to
// 33219980. This mix of two multiplies, one FMA and four adds was the
// fastest of the three formulas measured on Zen 4, whose add and multiply
// pipes are separate (see docs/results/julia.md).
//
// Design. The lanes of G vector groups are kept in flight at once, so the
// four-cycle FMA latency of one group is hidden behind the others. Lanes are
// not tied to a row: each lane holds any pixel, and when enough lanes have
// escaped (or hit maxIter), a refill step writes their counts out and loads
// the next pixels into exactly those lanes. Between refills the kernel runs
// blocks of L iterations with no per-iteration maxIter test: L is at most
// the smallest remaining budget of the active lanes (and at most U), so no
// lane can overshoot, and lanes at maxIter are retired at the block
// boundary. (AVX-512 keeps an upper bound on the active counts, which all
// grow together, and reduces them exactly only when the bound reaches
// maxIter; AVX2 reduces at every check.)
// AVX-512 refills with VEXPANDPD/VPEXPANDQ (next pixels into the free lanes)
// and writes finished counts through a log: VPCOMPRESSD appends (count,
// pixel) pairs, pixel indices held as int32 lanes, to a stack buffer that a
// scalar loop stores to out every few refills, which measured cheaper than
// one scatter per group on Zen 4.
// AVX2 has neither expand nor compress and refills lane by lane from a
// spill area on the stack.
//
// Both ISAs have a second design, the round kernels (rounds.go for AVX-512,
// rounds_avx2.go for AVX2): lockstep rounds with the survivors compacted in
// between, most of them speculative (no escape test inside a round, exact
// re-runs of the few pixels that escaped). Driven from Go, they take inputs
// of 4096 pixels and more, where on the book's image they take 27%
// (float64) and 31% (float32) less time than the AVX-512 refill kernel and
// 54% and 60% less than the AVX2 one; the refill kernels serve smaller
// inputs.
package juliaasm

import (
	"fmt"
	"reflect"
	"strings"

	"github.com/mmcloughlin/avo/attr"
	"github.com/mmcloughlin/avo/build"
	"github.com/mmcloughlin/avo/operand"

	"github.com/hpgo/hpgo/internal/gen"
)

// Types and ISAs this package can generate, in canonical order.
var (
	Types = []string{"float64", "float32"}
	ISAs  = []string{"avx2", "avx512"}
)

// Tuning, per ISA and type. G is the number of vector groups in flight, U
// the longest block between checks, R the number of free lanes that
// triggers a refill while input remains. Chosen by measuring thread CPU time
// on the book's image on the 2-core Zen 4 (AMD EPYC, family 25 model 17)
// this was developed on, a shared and noisy machine: U in 4..8 and R in
// 4..12 were within noise of each other; G=3 (AVX-512) and G=2 (AVX2) were
// measurably slower. Once the log flush got cheaper, U=4 measured 2-3%
// faster than U=6 for AVX-512 float64 (docs/results/julia.md).
type tuning struct{ G, U, R int }

var tunings = map[string]tuning{
	"avx512/float64": {G: 4, U: 4, R: 6},
	"avx512/float32": {G: 4, U: 6, R: 12},
	"avx2/float64":   {G: 3, U: 8, R: 4},
	"avx2/float32":   {G: 3, U: 8, R: 6},
}

// FuncName is the assembly function implementing isa for typ, e.g.
// escapeAVX512Float64.
func FuncName(isa, typ string) string {
	return "escape" + strings.ToUpper(isa) + upperFirst(typ)
}

// Signature is the Go signature of every kernel for typ. The caller
// guarantees len(out) == len(zr) == len(zi) >= 1 and 1 <= maxIter <= MaxInt32.
func Signature(typ string) string {
	return fmt.Sprintf("func(out []int32, zr, zi []%s, cr, ci %s, maxIter int)", typ, typ)
}

// Program returns the avo program generating one kernel per pair of isas
// and types, with the build constraint "!purego".
func Program(types, isas []string) gen.AsmProgram {
	return func(c *build.Context) {
		c.ConstraintExpr("!purego")
		for _, typ := range types {
			e := elems[typ]
			suffix := upperFirst(typ)
			iota := c.StaticGlobal("iota" + suffix)
			c.DataAttributes(attr.RODATA | attr.NOPTR)
			for i := 0; i < 64/e.size; i++ { // int32 pixel-index lanes
				c.AppendDatum(operand.U32(i))
			}
			four := c.StaticGlobal("four" + suffix)
			c.DataAttributes(attr.RODATA | attr.NOPTR)
			for i := 0; i < 32/e.size; i++ {
				if e.size == 8 {
					c.AppendDatum(operand.U64(e.four))
				} else {
					c.AppendDatum(operand.U32(e.four))
				}
			}
			for _, isa := range isas {
				switch isa {
				case "avx512":
					avx512(c, e, iota)
					roundsAVX512(c, e, iota)
				case "avx2":
					avx2(c, e, four)
					roundsAVX2(c, e, avx2RoundGlobals(c, e, suffix, iota, four))
				}
			}
		}
	}
}

// elem describes an element type: its size, the lane-integer size AVX2 uses
// for pixel indices and counts, equal to the element size so that masks and
// lanes line up, and the bit pattern of 4.0. AVX-512 keeps pixel indices as
// int32 for both types (the opmask lines up any lane width).
type elem struct {
	typ   string
	size  int // bytes per element
	isize int // bytes per index lane (and AVX2 count lane)
	four  uint64
	p     string // mnemonic suffix for FP ops: PD or PS
	s     string // broadcast suffix: SD or SS
	q     string // integer lane suffix: Q or D
	k     string // mask-register op suffix for one group: B (8 lanes) or W (16)
}

var elems = map[string]elem{
	"float64": {typ: "float64", size: 8, isize: 8, four: 0x4010000000000000, p: "PD", s: "SD", q: "Q", k: "B"},
	"float32": {typ: "float32", size: 4, isize: 4, four: 0x40800000, p: "PS", s: "SS", q: "D", k: "W"},
}

// op emits the instruction named name with operands ops through the
// context's method of that name (c.VMULPD, ...), so one code path serves both
// element types (VMULPD/VMULPS, VPADDQ/VPADDD, ...). avo records operand
// errors in the context, and RenderAsm returns them.
func op(c *build.Context, name string, ops ...operand.Op) {
	m := reflect.ValueOf(c).MethodByName(name)
	if !m.IsValid() {
		panic("juliaasm: no avo instruction " + name) // a bug in this package, not bad input
	}
	args := make([]reflect.Value, len(ops))
	for i, o := range ops {
		args[i] = reflect.ValueOf(&o).Elem()
	}
	m.Call(args)
}

// scale is an element size as a memory-operand index scale.
func scale(size int) uint8 { return uint8(size) }
