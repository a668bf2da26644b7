package julia

import (
	"fmt"
	"slices"

	"github.com/dave/jennifer/jen"

	"github.com/hpgo/hpgo/asmgen/julia/juliaasm"
	"github.com/hpgo/hpgo/internal/gen"
)

// suffixes name the exported functions per element type: Escape64, ...
var suffixes = map[string]string{"float64": "64", "float32": "32"}

// kernelParams is the parameter list every kernel shares:
//
//	(counts []int32, zr, zi []T, cr, ci T, maxIter int)
func kernelParams(typ string) *jen.Statement {
	return jen.Params(jen.Id("counts").Index().Int32(), jen.List(jen.Id("zr"), jen.Id("zi")).Index().Id(typ), jen.List(jen.Id("cr"), jen.Id("ci")).Id(typ), jen.Id("maxIter").Int())
}

// kernelArgs is the matching argument list.
func kernelArgs() []jen.Code {
	return []jen.Code{jen.Id("counts"), jen.Id("zr"), jen.Id("zi"), jen.Id("cr"), jen.Id("ci"), jen.Id("maxIter")}
}

// renderAPI emits zjulia.go: for each type the exported Escape and
// EscapeParallel, the pure-Go reference escapeGeneric, and the helpers they
// share (argument checks, guided row scheduling, ISA choice).
func renderAPI(cfg Config) (gen.File, error) {
	f := gen.NewGoFileBy(cfg.Pkg, "", cfg.Command())
	for _, typ := range cfg.Types {
		sfx := suffixes[typ]
		esc, par, generic := "Escape"+sfx, "EscapeParallel"+sfx, "escapeGeneric"+sfx

		// func Escape64(counts []int32, zr, zi []float64, cr, ci float64, maxIter int) {
		//	checkArgs(len(counts), len(zr), len(zi), maxIter)
		//	if len(counts) == 0 { return }
		//	if maxIter == 0 { clear(counts); return }
		//	escape64(counts, zr, zi, cr, ci, maxIter)
		// }
		f.Commentf("%s sets counts[i] to the escape time of z = complex(zr[i], zi[i]) under", esc)
		f.Comment("z = z*z + c, c = complex(cr, ci): the number of iterations done while |z| < 2,")
		f.Comment("at most maxIter (the book's calculate_z). It uses the fastest implementation")
		f.Comment("the CPU supports (see Impl), gives the same counts as the pure-Go reference,")
		f.Comment("and allocates nothing. It panics if the slices differ in length or maxIter")
		f.Comment("is outside [0, math.MaxInt32].")
		f.Func().Id(esc).Add(kernelParams(typ)).Block(
			jen.Id("checkArgs").Call(jen.Len(jen.Id("counts")), jen.Len(jen.Id("zr")), jen.Len(jen.Id("zi")), jen.Id("maxIter")),
			jen.If(jen.Id("maxIter").Op("==").Lit(0)).Block(jen.Clear(jen.Id("counts")), jen.Return()),
			jen.Comment("The kernels index pixels with 32-bit lanes (float32): keep calls below 2³¹."),
			jen.For(jen.Len(jen.Id("counts")).Op(">").Lit(0)).Block(
				jen.Id("n").Op(":=").Min(jen.Len(jen.Id("counts")), jen.Lit(1).Op("<<").Lit(30)),
				jen.Id("escape"+sfx).Call(jen.Id("counts").Index(jen.Empty(), jen.Id("n")), jen.Id("zr").Index(jen.Empty(), jen.Id("n")), jen.Id("zi").Index(jen.Empty(), jen.Id("n")), jen.Id("cr"), jen.Id("ci"), jen.Id("maxIter")),
				jen.List(jen.Id("counts"), jen.Id("zr"), jen.Id("zi")).Op("=").List(jen.Id("counts").Index(jen.Id("n"), jen.Empty()), jen.Id("zr").Index(jen.Id("n"), jen.Empty()), jen.Id("zi").Index(jen.Id("n"), jen.Empty())),
			),
		)

		// func EscapeParallel64(counts []int32, zr, zi []float64, cr, ci float64, maxIter, width int) {
		//	checkArgs(...)
		//	parallelRows(len(counts), width, func(lo, hi int) { Escape64(counts[lo:hi], ...) })
		// }
		f.Commentf("%s is %s on runtime.GOMAXPROCS(0) goroutines. The image is cut", par, esc)
		f.Comment("into rows of width pixels, handed out dynamically in chunks that shrink as")
		f.Comment("work runs out (OpenMP's guided schedule), since rows differ in cost. It")
		f.Comment("panics if width < 1; otherwise it behaves exactly like " + esc + ".")
		slice := func(name string) *jen.Statement { return jen.Id(name).Index(jen.Id("lo"), jen.Id("hi")) }
		f.Func().Id(par).Params(jen.Id("counts").Index().Int32(), jen.List(jen.Id("zr"), jen.Id("zi")).Index().Id(typ), jen.List(jen.Id("cr"), jen.Id("ci")).Id(typ), jen.List(jen.Id("maxIter"), jen.Id("width")).Int()).Block(
			jen.Id("checkArgs").Call(jen.Len(jen.Id("counts")), jen.Len(jen.Id("zr")), jen.Len(jen.Id("zi")), jen.Id("maxIter")),
			jen.Id("parallelRows").Call(jen.Len(jen.Id("counts")), jen.Id("width"), jen.Func().Params(jen.List(jen.Id("lo"), jen.Id("hi")).Int()).Block(
				jen.Id(esc).Call(slice("counts"), slice("zr"), slice("zi"), jen.Id("cr"), jen.Id("ci"), jen.Id("maxIter")),
			)),
		)

		// func escapeGeneric64(counts []int32, zr, zi []float64, cr, ci float64, maxIter int) {
		//	for i := range counts {
		//		x, y, n := zr[i], zi[i], 0
		//		for ; n < maxIter; n++ {
		//			x2, y2 := float64(x*x), float64(y*y)
		//			if !(float64(x2+y2) < 4) { break }
		//			y = math.FMA(float64(x+x), y, ci)
		//			x = float64(x2-y2) + cr
		//		}
		//		counts[i] = int32(n)
		//	}
		// }
		fma := jen.Qual("math", "FMA").Call(jen.Id(typ).Call(jen.Id("x").Op("+").Id("x")), jen.Id("y"), jen.Id("ci"))
		if typ == "float32" {
			fma = jen.Id("fma32").Call(jen.Id(typ).Call(jen.Id("x").Op("+").Id("x")), jen.Id("y"), jen.Id("ci"))
		}
		f.Commentf("%s is the pure-Go reference. The explicit conversions stop the", generic)
		f.Comment("compiler from fusing operations, and the one fused step is spelled out, so")
		f.Comment("its roundings are exactly those of the assembly kernels.")
		f.Func().Id(generic).Add(kernelParams(typ)).Block(
			jen.For(jen.Id("i").Op(":=").Range().Id("counts")).Block(
				jen.List(jen.Id("x"), jen.Id("y"), jen.Id("n")).Op(":=").List(jen.Id("zr").Index(jen.Id("i")), jen.Id("zi").Index(jen.Id("i")), jen.Lit(0)),
				jen.For(jen.Op(";").Id("n").Op("<").Id("maxIter").Op(";").Id("n").Op("++")).Block(
					jen.List(jen.Id("x2"), jen.Id("y2")).Op(":=").List(jen.Id(typ).Call(jen.Id("x").Op("*").Id("x")), jen.Id(typ).Call(jen.Id("y").Op("*").Id("y"))),
					jen.If(jen.Op("!").Parens(jen.Id(typ).Call(jen.Id("x2").Op("+").Id("y2")).Op("<").Lit(4))).Block(jen.Break()),
					jen.Id("y").Op("=").Add(fma),
					jen.Id("x").Op("=").Id(typ).Call(jen.Id("x2").Op("-").Id("y2")).Op("+").Id("cr"),
				),
				jen.Id("counts").Index(jen.Id("i")).Op("=").Int32().Call(jen.Id("n")),
			),
		)
	}
	if slices.Contains(cfg.Types, "float32") {
		renderFMA32(f)
	}
	renderHelpers(f, cfg)
	return gen.RenderGo(FileAPI, f)
}

// renderFMA32 emits fma32, a correctly rounded float32 fused multiply-add
// (math.FMA is float64 only, and rounding its result to float32 can round
// twice). The float64 product of two float32s is exact; the sum is rounded
// to odd (Boldo and Melquiond), after which one rounding to float32 is
// correct.
func renderFMA32(f *jen.File) {
	f.Comment("fma32 returns x*y + z rounded once to float32, as VFMADD*PS does. The")
	f.Comment("float64 product is exact; the float64 sum is made round-to-odd (Boldo and")
	f.Comment("Melquiond), so converting it to float32 rounds correctly.")
	f.Func().Id("fma32").Params(jen.List(jen.Id("x"), jen.Id("y"), jen.Id("z")).Float32()).Float32().Block(
		jen.Id("p").Op(":=").Float64().Call(jen.Id("x")).Op("*").Float64().Call(jen.Id("y")),
		jen.Id("s").Op(":=").Id("p").Op("+").Float64().Call(jen.Id("z")),
		jen.If(jen.Qual("math", "IsInf").Call(jen.Id("s"), jen.Lit(0)).Op("||").Qual("math", "IsNaN").Call(jen.Id("s"))).Block(jen.Return(jen.Float32().Call(jen.Id("s")))),
		jen.Id("b").Op(":=").Id("s").Op("-").Id("p"),
		jen.Id("e").Op(":=").Parens(jen.Id("p").Op("-").Parens(jen.Id("s").Op("-").Id("b"))).Op("+").Parens(jen.Float64().Call(jen.Id("z")).Op("-").Id("b")),
		jen.Id("bits").Op(":=").Qual("math", "Float64bits").Call(jen.Id("s")),
		jen.If(jen.Id("e").Op("!=").Lit(0).Op("&&").Id("bits").Op("&").Lit(1).Op("==").Lit(0)).Block(
			jen.If(jen.Parens(jen.Id("e").Op(">").Lit(0)).Op("==").Parens(jen.Id("s").Op(">").Lit(0))).Block(
				jen.Id("bits").Op("++"),
			).Else().Block(
				jen.Id("bits").Op("--"),
			),
		),
		jen.Return(jen.Float32().Call(jen.Qual("math", "Float64frombits").Call(jen.Id("bits")))),
	)
}

// renderHelpers emits Impl, checkArgs, parallelRows and chooseISA.
func renderHelpers(f *jen.File, cfg Config) {
	f.Comment("Impl names the implementation Escape uses on this machine: one of " + fmt.Sprint(append(append([]string{}, cfg.ISAs...), "generic")) + ".")
	f.Commentf("The %s environment variable caps it (generic, avx2, avx512), for testing.", EnvISA)
	f.Func().Id("Impl").Params().String().Block(jen.Return(jen.Id("impl")))

	f.Comment("checkArgs panics on arguments no kernel may see.")
	f.Func().Id("checkArgs").Params(jen.List(jen.Id("n"), jen.Id("nr"), jen.Id("ni"), jen.Id("maxIter")).Int()).Block(
		jen.If(jen.Id("nr").Op("!=").Id("n").Op("||").Id("ni").Op("!=").Id("n")).Block(
			jen.Panic(jen.Qual("fmt", "Sprintf").Call(jen.Lit("julia: slice lengths differ: counts %d, zr %d, zi %d"), jen.Id("n"), jen.Id("nr"), jen.Id("ni"))),
		),
		jen.If(jen.Id("maxIter").Op("<").Lit(0).Op("||").Id("maxIter").Op(">").Qual("math", "MaxInt32")).Block(
			jen.Panic(jen.Qual("fmt", "Sprintf").Call(jen.Lit("julia: maxIter %d outside [0, math.MaxInt32]"), jen.Id("maxIter"))),
		),
	)

	// parallelRows: guided self-scheduling over rows with an atomic cursor.
	f.Comment("parallelRows calls f on disjoint pixel ranges [lo, hi) covering [0, n), each a")
	f.Comment("whole number of rows, from runtime.GOMAXPROCS(0) goroutines. A worker takes")
	f.Comment("max(1, remaining/(2*workers)) rows at a time, so big chunks keep scheduling")
	f.Comment("cheap early and small ones balance the end.")
	f.Func().Id("parallelRows").Params(jen.List(jen.Id("n"), jen.Id("width")).Int(), jen.Id("f").Func().Params(jen.List(jen.Id("lo"), jen.Id("hi")).Int())).Block(
		jen.If(jen.Id("width").Op("<").Lit(1)).Block(jen.Panic(jen.Qual("fmt", "Sprintf").Call(jen.Lit("julia: width %d < 1"), jen.Id("width")))),
		jen.Id("rows").Op(":=").Parens(jen.Id("n").Op("+").Id("width").Op("-").Lit(1)).Op("/").Id("width"),
		jen.Id("workers").Op(":=").Min(jen.Qual("runtime", "GOMAXPROCS").Call(jen.Lit(0)), jen.Id("rows")),
		jen.If(jen.Id("workers").Op("<=").Lit(1)).Block(jen.Id("f").Call(jen.Lit(0), jen.Id("n")), jen.Return()),
		jen.Var().Id("cursor").Qual("sync/atomic", "Int64"),
		jen.Var().Id("wg").Qual("sync", "WaitGroup"),
		jen.For(jen.Range().Id("workers")).Block(
			jen.Id("wg").Dot("Go").Call(jen.Func().Params().Block(
				jen.For().Block(
					jen.Id("start").Op(":=").Int().Call(jen.Id("cursor").Dot("Load").Call()),
					jen.If(jen.Id("start").Op(">=").Id("rows")).Block(jen.Return()),
					jen.Id("take").Op(":=").Max(jen.Lit(1), jen.Parens(jen.Id("rows").Op("-").Id("start")).Op("/").Parens(jen.Lit(2).Op("*").Id("workers"))),
					jen.If(jen.Op("!").Id("cursor").Dot("CompareAndSwap").Call(jen.Int64().Call(jen.Id("start")), jen.Int64().Call(jen.Id("start").Op("+").Id("take")))).Block(jen.Continue()),
					jen.Id("f").Call(jen.Id("start").Op("*").Id("width"), jen.Min(jen.Id("n"), jen.Parens(jen.Id("start").Op("+").Id("take")).Op("*").Id("width"))),
				),
			)),
		),
		jen.Id("wg").Dot("Wait").Call(),
	)

	// chooseISA: the best supported ISA not above the cap in the environment.
	f.Commentf("chooseISA returns the first of supported (best first, ending with \"generic\")")
	f.Commentf("that is not above the cap named by %s. An unset or empty cap allows", EnvISA)
	f.Comment("all; an unknown one allows only generic.")
	order := []jen.Code{jen.Lit("generic")}
	for _, isa := range juliaasm.ISAs {
		order = append(order, jen.Lit(isa))
	}
	f.Func().Id("chooseISA").Params(jen.Id("supported").Index().String()).String().Block(
		jen.Id("order").Op(":=").Index().String().Values(order...),
		jen.Id("limit").Op(":=").Len(jen.Id("order")),
		jen.If(jen.Id("v").Op(":=").Qual("os", "Getenv").Call(jen.Lit(EnvISA)), jen.Id("v").Op("!=").Lit("")).Block(
			jen.Id("limit").Op("=").Max(jen.Qual("slices", "Index").Call(jen.Id("order"), jen.Id("v")), jen.Lit(0)),
		),
		jen.For(jen.List(jen.Id("_"), jen.Id("s")).Op(":=").Range().Id("supported")).Block(
			jen.If(jen.Qual("slices", "Index").Call(jen.Id("order"), jen.Id("s")).Op("<=").Id("limit")).Block(jen.Return(jen.Id("s"))),
		),
		jen.Return(jen.Lit("generic")),
	)
}

// needs lists the golang.org/x/sys/cpu.X86 fields each ISA's kernels need.
// TestRequires checks them against the "// Requires:" lines avo writes.
var needs = map[string][]string{
	"avx2":   {"HasAVX2", "HasFMA", "HasBMI1", "HasBMI2", "HasPOPCNT"},
	"avx512": {"HasAVX2", "HasFMA", "HasBMI1", "HasBMI2", "HasPOPCNT", "HasAVX512F", "HasAVX512DQ", "HasAVX512VL", "HasAVX512BW"},
}

// renderDispatch emits zjulia_amd64.go (amd64 && !purego): CPU feature
// detection with golang.org/x/sys/cpu, and escape<T> switching on impl.
func renderDispatch(cfg Config) (gen.File, error) {
	f := gen.NewGoFileBy(cfg.Pkg, "!purego", cfg.Command())
	x86 := func(name string) *jen.Statement { return jen.Qual("golang.org/x/sys/cpu", "X86").Dot(name) }
	var body []jen.Code
	body = append(body, jen.Var().Id("s").Index().String())
	for i := len(juliaasm.ISAs) - 1; i >= 0; i-- {
		isa := juliaasm.ISAs[i]
		if !slices.Contains(cfg.ISAs, isa) {
			continue
		}
		var cond *jen.Statement
		for j, n := range needs[isa] {
			if j == 0 {
				cond = x86(n)
			} else {
				cond = cond.Op("&&").Add(x86(n))
			}
		}
		body = append(body, jen.If(cond).Block(jen.Id("s").Op("=").Append(jen.Id("s"), jen.Lit(isa))))
	}
	body = append(body, jen.Return(jen.Append(jen.Id("s"), jen.Lit("generic"))))
	f.Comment("supportedISAs lists the implementations this CPU can run, best first.")
	f.Func().Id("supportedISAs").Params().Index().String().Block(body...)
	f.Comment("impl is the implementation Escape uses; see Impl.")
	f.Var().Id("impl").Op("=").Id("chooseISA").Call(jen.Id("supportedISAs").Call())
	if len(cfg.ISAs) > 0 {
		roundsConst(f)
	}

	for _, typ := range cfg.Types {
		sfx := suffixes[typ]
		if len(cfg.ISAs) > 0 {
			renderRoundSizes(f, typ)
		}
		for _, isa := range cfg.ISAs {
			renderAutoDispatch(f, isa, typ)
			renderRounds(f, isa, typ)
		}
		var cases []jen.Code
		for _, isa := range cfg.ISAs {
			cases = append(cases, jen.Case(jen.Lit(isa)).Block(jen.Id(dispatchName(isa, typ)).Call(kernelArgs()...)))
		}
		cases = append(cases, jen.Default().Block(jen.Id("escapeGeneric"+sfx).Call(kernelArgs()...)))
		f.Commentf("escape%s runs the selected implementation; arguments are checked.", sfx)
		f.Func().Id("escape" + sfx).Add(kernelParams(typ)).Block(jen.Switch(jen.Id("impl")).Block(cases...))

		f.Commentf("variants%s maps each implementation this CPU can run to its kernel, for tests;", sfx)
		f.Comment("an ISA's name is its size dispatch, with \"-refill\" and \"-rounds\" its two kernels.")
		dict := jen.Dict{jen.Lit("generic"): jen.Id("escapeGeneric" + sfx)}
		for _, isa := range cfg.ISAs {
			dict[jen.Lit(isa)] = jen.Id(dispatchName(isa, typ))
			dict[jen.Lit(isa+"-refill")] = jen.Id(juliaasm.FuncName(isa, typ))
			dict[jen.Lit(isa+"-rounds")] = jen.Id(roundsFuncName(isa, typ))
		}
		f.Func().Id("variants"+sfx).Params().Map(jen.String()).Func().Add(kernelParams(typ)).Block(
			jen.Id("all").Op(":=").Map(jen.String()).Func().Add(kernelParams(typ)).Values(dict),
			jen.Id("m").Op(":=").Map(jen.String()).Func().Add(kernelParams(typ)).Values(),
			jen.For(jen.List(jen.Id("_"), jen.Id("s")).Op(":=").Range().Id("supportedISAs").Call()).Block(
				jen.For(jen.List(jen.Id("_"), jen.Id("v")).Op(":=").Range().Index().String().Values(jen.Id("s"), jen.Id("s").Op("+").Lit("-refill"), jen.Id("s").Op("+").Lit("-rounds"))).Block(
					jen.If(jen.List(jen.Id("fn"), jen.Id("ok")).Op(":=").Id("all").Index(jen.Id("v")), jen.Id("ok")).Block(
						jen.Id("m").Index(jen.Id("v")).Op("=").Id("fn"),
					),
				),
			),
			jen.Return(jen.Id("m")),
		)
	}
	return gen.RenderGo(FileDispatch, f)
}

// renderOther emits zjulia_other.go (!amd64 || purego): the pure-Go
// reference is the only implementation.
func renderOther(cfg Config) (gen.File, error) {
	f := gen.NewGoFileBy(cfg.Pkg, "!amd64 || purego", cfg.Command())
	f.Comment("supportedISAs lists the implementations available here: only generic.")
	f.Func().Id("supportedISAs").Params().Index().String().Block(jen.Return(jen.Index().String().Values(jen.Lit("generic"))))
	f.Comment("impl is the implementation Escape uses; see Impl.")
	f.Var().Id("impl").Op("=").Lit("generic")
	for _, typ := range cfg.Types {
		sfx := suffixes[typ]
		f.Commentf("escape%s runs the pure-Go reference; arguments are checked.", sfx)
		f.Func().Id("escape" + sfx).Add(kernelParams(typ)).Block(jen.Id("escapeGeneric" + sfx).Call(kernelArgs()...))
		f.Commentf("variants%s maps each implementation available here to its kernel, for tests.", sfx)
		f.Func().Id("variants" + sfx).Params().Map(jen.String()).Func().Add(kernelParams(typ)).Block(
			jen.Return(jen.Map(jen.String()).Func().Add(kernelParams(typ)).Values(jen.Dict{jen.Lit("generic"): jen.Id("escapeGeneric" + sfx)})),
		)
	}
	return gen.RenderGo(FileOther, f)
}
