package julia

import (
	"fmt"

	"github.com/dave/jennifer/jen"

	"github.com/hpgo/hpgo/asmgen/julia/juliaasm"
)

// The round driver: Go that strings together the round kernels of
// asmgen/julia/juliaasm (see rounds.go and rounds_avx2.go there), one
// driver per ISA, the same code. Pixels go through a first
// round of roundFirst iterations in lockstep, 32 or 64 neighbours at a time,
// which writes every count; the survivors, all at the same iteration, are
// queued, and a full queue runs speculative rounds (no escape test inside,
// one at the end) of roundSpec, 2*roundSpec, ... up to roundMaxT iterations,
// until maxIter. Pixels found escaped at a round's end are re-run from the
// round's start with the tested kernel, in batches, for their exact counts:
// a pixel whose z fails the test after t iterations failed one of the tests
// on its z before those iterations or that one, so t tested iterations find
// its count (passing all t means the count is s+t). Rounds can be speculative only when escape is monotone: |c| < 2 (checked
// as |cr|+|ci| <= 1.5, which NaN fails); otherwise every round is tested.
//
// The schedule was tuned on the book's image (docs/results/julia.md): the
// first round's length 12-24 and the speculative rounds' 8-32 (start) and
// 64-256 (cap) were within 2-3% of each other; chunk and queue sizes from
// 512 to 2048 made no difference, so they are small to keep the stack frame
// (cleared on every call) small.
const (
	roundFirst = 16  // iterations of the first, tested round
	roundSpec  = 16  // the first speculative round's length; each next doubles
	roundMaxT  = 128 // the longest speculative round (the kernels need < 65536)
	// roundsMin is the smallest input the round driver takes: it clears
	// 100-130 KB of scratch per call, so below this the refill kernel is
	// faster.
	roundsMin = 4096
)

// roundSizes are the driver's buffer sizes per type, in pixels: chunk is
// what the first round takes per call, queue what triggers the speculative
// rounds, rerunAt what triggers a re-run batch. float32 has twice the
// lanes per vector and half the bytes per pixel.
var roundSizes = map[string]struct{ chunk, queue, rerunAt int }{
	"float64": {1024, 1024, 512},
	"float32": {2048, 2048, 1024},
}

// roundsFuncName names the Go driver of isa's round kernels for typ.
func roundsFuncName(isa, typ string) string { return juliaasm.FuncName(isa, typ) + "Rounds" }

// renderRoundSizes emits the round drivers' size constants for typ.
func renderRoundSizes(f *jen.File, typ string) {
	sz := roundSizes[typ]
	sfx := suffixes[typ]
	f.Commentf("The %s round drivers' sizes, in pixels: the first round takes a chunk per", typ)
	f.Comment("call, a queue of survivors that long runs the speculative rounds, and that")
	f.Comment("many escapees pending run a re-run batch.")
	f.Const().Defs(
		jen.Id("roundChunk"+sfx).Op("=").Lit(sz.chunk),
		jen.Id("roundQueue"+sfx).Op("=").Lit(sz.queue),
		jen.Id("roundRerunAt"+sfx).Op("=").Lit(sz.rerunAt),
	)
}

// renderRounds emits the round driver of isa's kernels for typ.
func renderRounds(f *jen.File, isa, typ string) {
	id := jen.Id
	kern := func(kind string) *jen.Statement { return id(juliaasm.RoundFuncName(kind, isa, typ)) }
	sl := func(name string, lo, hi jen.Code) *jen.Statement { return id(name).Index(lo, hi) }
	empty := jen.Empty

	f.Commentf("%s computes what %s does with the round kernels:", roundsFuncName(isa, typ), juliaasm.FuncName(isa, typ))
	f.Comment("lockstep rounds with the survivors compacted in between, speculative")
	f.Comment("(untested) rounds once pixels rarely escape, and exact re-runs of the")
	f.Comment("pixels found escaped at a speculative round's end. The caller guarantees")
	f.Comment("len(counts) == len(zr) == len(zi) <= 2³⁰ and 1 <= maxIter <= MaxInt32.")
	// The queue holds up to queue-1 pixels plus a chunk's survivors; the
	// re-run batch up to rerunAt-1 plus a whole queue's escapees; both have
	// 64 more for the kernels' whole-vector stores past the live entries.
	q := jen.Id("queue").Op("+").Id("chunk").Op("+").Lit(64)
	e := jen.Id("rerunAt").Op("+").Id("queue").Op("+").Id("chunk").Op("+").Lit(64)
	f.Func().Id(roundsFuncName(isa, typ)).Add(kernelParams(typ)).Block(
		jen.Const().Defs(
			id("chunk").Op("=").Id("roundChunk"+suffixes[typ]),
			id("queue").Op("=").Id("roundQueue"+suffixes[typ]),
			id("rerunAt").Op("=").Id("roundRerunAt"+suffixes[typ]),
		),
		jen.Comment("The queue of survivors of the first round, and the re-run batch:"),
		jen.Comment("z at the start of the round a pixel escaped in, its pixel, that round's"),
		jen.Comment("start. Both have room for whole-vector stores past their ends."),
		jen.Var().List(id("qzr"), id("qzi")).Index(q.Clone()).Id(typ),
		jen.Var().Id("qidx").Index(q.Clone()).Int32(),
		jen.Var().List(id("ezr"), id("ezi")).Index(e.Clone()).Id(typ),
		jen.Var().List(id("eidx"), id("es")).Index(e.Clone()).Int32(),
		jen.Id("spec").Op(":=").Qual("math", "Abs").Call(jen.Float64().Call(id("cr"))).Op("+").Qual("math", "Abs").Call(jen.Float64().Call(id("ci"))).Op("<=").Lit(1.5),
		jen.Id("n").Op(":=").Len(id("counts")),
		jen.Id("t0").Op(":=").Min(jen.Lit(roundFirst), id("maxIter")),
		jen.List(id("qn"), id("en"), id("et")).Op(":=").List(jen.Lit(0), jen.Lit(0), jen.Lit(0)),
		jen.For(id("base").Op(":=").Lit(0), id("base").Op("<").Id("n"), id("base").Op("+=").Id("chunk")).Block(
			id("k").Op(":=").Min(id("chunk"), id("n").Op("-").Id("base")),
			jen.Comment("Every count is written here; survivors' as maxIter until a later round"),
			jen.Comment("finds them escaping."),
			id("m").Op(":=").Add(kern("First")).Call(
				sl("counts", id("base"), id("base").Op("+").Id("k")), sl("zr", id("base"), id("base").Op("+").Id("k")), sl("zi", id("base"), id("base").Op("+").Id("k")),
				id("cr"), id("ci"), id("t0"), id("maxIter"), id("base"),
				sl("qzr", id("qn"), empty()), sl("qzi", id("qn"), empty()), sl("qidx", id("qn"), empty()),
			),
			jen.If(id("t0").Op("<").Id("maxIter")).Block(id("qn").Op("+=").Id("m")),
			id("last").Op(":=").Id("base").Op("+").Id("k").Op("==").Id("n"),
			jen.If(id("qn").Op(">=").Id("queue").Op("||").Id("last").Op("&&").Id("qn").Op(">").Lit(0)).Block(
				jen.List(id("m"), id("s"), id("t")).Op(":=").List(id("qn"), id("t0"), jen.Lit(roundSpec)),
				id("qn").Op("=").Lit(0),
				jen.For(id("m").Op(">").Lit(0).Op("&&").Id("s").Op("<").Id("maxIter")).Block(
					id("t").Op("=").Min(id("t"), id("maxIter").Op("-").Id("s")),
					jen.If(id("spec")).Block(
						jen.Var().Id("e").Int(),
						jen.List(id("m"), id("e")).Op("=").Add(kern("Spec")).Call(
							sl("qzr", empty(), id("m")), sl("qzi", empty(), id("m")), sl("qidx", empty(), id("m")),
							id("cr"), id("ci"), id("s"), id("t"),
							sl("ezr", id("en"), empty()), sl("ezi", id("en"), empty()), sl("eidx", id("en"), empty()), sl("es", id("en"), empty()),
						),
						id("en").Op("+=").Id("e"),
						id("et").Op("=").Max(id("et"), id("t")),
					).Else().Block(
						id("m").Op("=").Add(kern("Tested")).Call(
							id("counts"), sl("qzr", empty(), id("m")), sl("qzi", empty(), id("m")), sl("qidx", empty(), id("m")),
							id("cr"), id("ci"), id("s"), id("t"), id("s").Op("+").Id("t").Op("<").Id("maxIter"),
						),
					),
					id("s").Op("+=").Id("t"),
					id("t").Op("=").Min(jen.Lit(2).Op("*").Id("t"), jen.Lit(roundMaxT)),
				),
			),
			jen.If(id("en").Op(">=").Id("rerunAt").Op("||").Id("last").Op("&&").Id("en").Op(">").Lit(0)).Block(
				kern("Rerun").Call(
					id("counts"), sl("ezr", empty(), id("en")), sl("ezi", empty(), id("en")), sl("eidx", empty(), id("en")), sl("es", empty(), id("en")),
					id("cr"), id("ci"), id("et"),
				),
				jen.List(id("en"), id("et")).Op("=").List(jen.Lit(0), jen.Lit(0)),
			),
		),
	)
}

// renderAutoDispatch emits escape<ISA><T>Auto: the round driver for
// inputs of at least roundsMin pixels, the refill kernel below.
func renderAutoDispatch(f *jen.File, isa, typ string) {
	name := dispatchName(isa, typ)
	f.Commentf("%s runs %s on inputs of at least roundsMin pixels and the", name, roundsFuncName(isa, typ))
	f.Commentf("refill kernel %s on smaller ones.", juliaasm.FuncName(isa, typ))
	f.Func().Id(name).Add(kernelParams(typ)).Block(
		jen.If(jen.Len(jen.Id("counts")).Op(">=").Id("roundsMin")).Block(
			jen.Id(roundsFuncName(isa, typ)).Call(kernelArgs()...),
			jen.Return(),
		),
		jen.Id(juliaasm.FuncName(isa, typ)).Call(kernelArgs()...),
	)
}

// dispatchName is the function escape<T> calls for isa: the size dispatch
// between its two kernels.
func dispatchName(isa, typ string) string { return juliaasm.FuncName(isa, typ) + "Auto" }

// roundsConst emits roundsMin.
func roundsConst(f *jen.File) {
	f.Comment("roundsMin is the smallest input the round drivers take: they clear")
	f.Comment(fmt.Sprintf("100-130 KB of scratch per call, so below %d pixels the refill kernel", roundsMin))
	f.Comment("is faster.")
	f.Const().Id("roundsMin").Op("=").Lit(roundsMin)
}
