package diffusion

import (
	"fmt"
	"strconv"

	"github.com/dave/jennifer/jen"

	"github.com/hpgo/hpgo/internal/gen"
)

// APIFile is the self-contained API hpgen writes for user packages.
const APIFile = "zdiffusion.go"

// API holds the choices baked into a user package's zdiffusion.go.
type API struct {
	D, Dt    float64
	Periodic bool
	FMA      bool
}

// apiFile renders a small self-contained API around the kernels, with the
// coefficients and boundary as constants. Shape of the output (T ranges
// over the generated types):
//
//	const (D = 1.0; Dt = 0.1; Periodic = true; FMA = true)
//	type Float interface{ float64 | float32 }
//	type isa int; const (isaGeneric isa = iota; isaAVX2; isaAVX512)
//	type rowsFunc[T Float] func(out, up, mid, down *T, m, rows int, c T, wrap int)
//	const EnvISA = "HPGO_DIFFUSION_ISA"
//	var level = capISA(cpuISA(), os.Getenv(EnvISA))
//	func capISA(best isa, env string) isa
//	func Step[T Float](next, grid []T, n, m int)
//	func Evolve[T Float](grid, next []T, n, m, steps int) []T
//	func neighbour[T Float](grid []T, n, m, r int) []T // nil: the zero boundary
//	func rowGo[T Float](out, up, mid, down []T, c T)   // pure Go, same rounding
func apiFile(pkg string, types []string, a API) *jen.File {
	f := gen.NewGoFile(pkg, "")
	T := jen.Id("T")
	slice := func() *jen.Statement { return jen.Index().Id("T") }
	f.Comment("D and Dt are the coefficients given to hpgen diffusion: each step adds D*Dt")
	f.Comment("times the five-point Laplacian. Periodic wraps the grid around; otherwise it")
	f.Comment("is surrounded by cells held at zero (Dirichlet). FMA fuses the final")
	f.Comment("multiply-add in the assembly kernels (the pure-Go rows never fuse).")
	f.Const().Defs(
		jen.Id("D").Op("=").Lit(a.D),
		jen.Id("Dt").Op("=").Lit(a.Dt),
		jen.Id("Periodic").Op("=").Lit(a.Periodic),
		jen.Id("FMA").Op("=").Lit(a.FMA),
	)
	f.Line()
	union := jen.Id(types[0])
	for _, t := range types[1:] {
		union = union.Op("|").Id(t)
	}
	f.Comment("Float lists the element types hpgen generated kernels for.")
	f.Type().Id("Float").Interface(union)
	f.Line()
	f.Comment("isa is a level of instruction-set support; a level implies those below.")
	f.Type().Id("isa").Int()
	f.Const().Defs(jen.Id("isaGeneric").Id("isa").Op("=").Iota(), jen.Id("isaAVX2"), jen.Id("isaAVX512"))
	f.Line()
	f.Comment("rowsFunc is the signature of the assembly kernels.")
	f.Type().Id("rowsFunc").Types(T.Clone().Id("Float")).Func().Params(
		jen.List(jen.Id("out"), jen.Id("up"), jen.Id("mid"), jen.Id("down")).Op("*").Id("T"),
		jen.List(jen.Id("m"), jen.Id("rows")).Int(), jen.Id("c").Id("T"), jen.Id("wrap").Int())
	f.Line()
	f.Comment("EnvISA caps the instruction set used: generic, avx2 or avx512.")
	f.Const().Id("EnvISA").Op("=").Lit("HPGO_DIFFUSION_ISA")
	f.Line()
	f.Var().Id("level").Op("=").Id("capISA").Call(jen.Id("cpuISA").Call(), jen.Qual("os", "Getenv").Call(jen.Id("EnvISA")))
	f.Line()
	f.Func().Id("capISA").Params(jen.Id("best").Id("isa"), jen.Id("env").String()).Id("isa").Block(
		jen.For(jen.List(jen.Id("l"), jen.Id("name")).Op(":=").Range().Index().String().Values(jen.Lit("generic"), jen.Lit("avx2"), jen.Lit("avx512"))).Block(
			jen.If(jen.Qual("strings", "EqualFold").Call(jen.Id("env"), jen.Id("name"))).Block(
				jen.Return(jen.Min(jen.Id("best"), jen.Id("isa").Call(jen.Id("l")))),
			),
		),
		jen.Return(jen.Id("best")),
	)
	f.Line()
	f.Comment("Step writes one update of the n x m grid (row-major) into next, which")
	f.Comment("must not overlap grid.")
	f.Func().Id("Step").Types(T.Clone().Id("Float")).Params(jen.List(jen.Id("next"), jen.Id("grid")).Add(slice()), jen.List(jen.Id("n"), jen.Id("m")).Int()).Block(
		jen.If(jen.Id("n").Op("<").Lit(1).Op("||").Id("m").Op("<").Lit(1).Op("||").Len(jen.Id("grid")).Op("<").Id("n").Op("*").Id("m").Op("||").Len(jen.Id("next")).Op("<").Id("n").Op("*").Id("m")).Block(
			jen.Panic(jen.Qual("fmt", "Sprintf").Call(jen.Lit(pkg+": a %dx%d grid does not fit buffers of %d and %d elements"), jen.Id("n"), jen.Id("m"), jen.Len(jen.Id("grid")), jen.Len(jen.Id("next")))),
		),
		jen.If(jen.Op("&").Id("next").Index(jen.Lit(0)).Op("==").Op("&").Id("grid").Index(jen.Lit(0))).Block(
			jen.Panic(jen.Lit(pkg+": the output grid must not be the input grid")),
		),
		jen.Id("c").Op(":=").Id("T").Call(jen.Id("D").Op("*").Id("Dt")),
		jen.Id("k").Op(":=").Id("asmKernel").Index(T.Clone()).Call(jen.Id("level"), jen.Id("FMA"), jen.False()),
		jen.Id("wrap").Op(":=").Lit(0),
		jen.If(jen.Id("Periodic")).Block(jen.Id("wrap").Op("=").Lit(1)),
		jen.For(jen.Id("i").Op(":=").Range().Id("n")).Block(
			jen.List(jen.Id("up"), jen.Id("down")).Op(":=").List(
				jen.Id("neighbour").Call(jen.Id("grid"), jen.Id("n"), jen.Id("m"), jen.Id("i").Op("-").Lit(1)),
				jen.Id("neighbour").Call(jen.Id("grid"), jen.Id("n"), jen.Id("m"), jen.Id("i").Op("+").Lit(1))),
			jen.List(jen.Id("out"), jen.Id("mid")).Op(":=").List(
				jen.Id("next").Index(jen.Id("i").Op("*").Id("m").Op(":").Id("i").Op("*").Id("m").Op("+").Id("m")),
				jen.Id("grid").Index(jen.Id("i").Op("*").Id("m").Op(":").Id("i").Op("*").Id("m").Op("+").Id("m"))),
			jen.If(jen.Id("k").Op("!=").Nil().Op("&&").Id("m").Op(">=").Lit(2).Op("&&").Id("up").Op("!=").Nil().Op("&&").Id("down").Op("!=").Nil()).Block(
				jen.Id("k").Call(jen.Op("&").Id("out").Index(jen.Lit(0)), jen.Op("&").Id("up").Index(jen.Lit(0)), jen.Op("&").Id("mid").Index(jen.Lit(0)), jen.Op("&").Id("down").Index(jen.Lit(0)), jen.Id("m"), jen.Lit(1), jen.Id("c"), jen.Id("wrap")),
			).Else().Block(
				jen.Id("rowGo").Call(jen.Id("out"), jen.Id("up"), jen.Id("mid"), jen.Id("down"), jen.Id("c")),
			),
		),
	)
	f.Line()
	f.Comment("Evolve advances grid by steps updates, double-buffered with next, and")
	f.Comment("returns the buffer holding the result.")
	f.Func().Id("Evolve").Types(T.Clone().Id("Float")).Params(jen.List(jen.Id("grid"), jen.Id("next")).Add(slice()), jen.List(jen.Id("n"), jen.Id("m"), jen.Id("steps")).Int()).Add(slice()).Block(
		jen.For(jen.Range().Id("steps")).Block(
			jen.Id("Step").Call(jen.Id("next"), jen.Id("grid"), jen.Id("n"), jen.Id("m")),
			jen.List(jen.Id("grid"), jen.Id("next")).Op("=").List(jen.Id("next"), jen.Id("grid")),
		),
		jen.Return(jen.Id("grid")),
	)
	f.Line()
	f.Comment("neighbour returns row r, wrapped when Periodic, or nil (the zero boundary).")
	f.Func().Id("neighbour").Types(T.Clone().Id("Float")).Params(jen.Id("grid").Add(slice()), jen.List(jen.Id("n"), jen.Id("m"), jen.Id("r")).Int()).Add(slice()).Block(
		jen.If(jen.Id("r").Op("<").Lit(0).Op("||").Id("r").Op(">=").Id("n")).Block(
			jen.If(jen.Op("!").Id("Periodic")).Block(jen.Return(jen.Nil())),
			jen.Id("r").Op("=").Parens(jen.Id("r").Op("+").Id("n")).Op("%").Id("n"),
		),
		jen.Return(jen.Id("grid").Index(jen.Id("r").Op("*").Id("m").Op(":").Id("r").Op("*").Id("m").Op("+").Id("m"))),
	)
	f.Line()
	f.Comment("rowGo is the pure-Go row update, in the kernels' order of operations;")
	f.Comment("the conversions stop the compiler fusing a multiply and an add.")
	at := func(cond *jen.Statement, dst string, val *jen.Statement) *jen.Statement {
		return jen.If(cond).Block(jen.Id(dst).Op("=").Add(val))
	}
	f.Func().Id("rowGo").Types(T.Clone().Id("Float")).Params(jen.List(jen.Id("out"), jen.Id("up"), jen.Id("mid"), jen.Id("down")).Add(slice()), jen.Id("c").Id("T")).Block(
		jen.Id("m").Op(":=").Len(jen.Id("mid")),
		jen.For(jen.Id("j").Op(":=").Range().Id("mid")).Block(
			jen.Var().List(jen.Id("u"), jen.Id("d"), jen.Id("l"), jen.Id("r")).Id("T"),
			at(jen.Id("up").Op("!=").Nil(), "u", jen.Id("up").Index(jen.Id("j"))),
			at(jen.Id("down").Op("!=").Nil(), "d", jen.Id("down").Index(jen.Id("j"))),
			jen.If(jen.Id("j").Op(">").Lit(0)).Block(jen.Id("l").Op("=").Id("mid").Index(jen.Id("j").Op("-").Lit(1))).
				Else().If(jen.Id("Periodic")).Block(jen.Id("l").Op("=").Id("mid").Index(jen.Id("m").Op("-").Lit(1))),
			jen.If(jen.Id("j").Op("<").Id("m").Op("-").Lit(1)).Block(jen.Id("r").Op("=").Id("mid").Index(jen.Id("j").Op("+").Lit(1))).
				Else().If(jen.Id("Periodic")).Block(jen.Id("r").Op("=").Id("mid").Index(jen.Lit(0))),
			jen.Id("g").Op(":=").Id("mid").Index(jen.Id("j")),
			jen.Id("s").Op(":=").Id("T").Call(jen.Lit(-4).Op("*").Id("g")).Op("+").Id("u"),
			jen.Id("s").Op("=").Id("s").Op("+").Id("d"),
			jen.Id("s").Op("=").Id("s").Op("+").Id("l"),
			jen.Id("s").Op("=").Id("s").Op("+").Id("r"),
			jen.Id("out").Index(jen.Id("j")).Op("=").Id("T").Call(jen.Id("s").Op("*").Id("c")).Op("+").Id("g"),
		),
	)
	return f
}

// parseFloat parses a coefficient flag: a finite number.
func parseFloat(name, s string) (float64, error) {
	v, err := strconv.ParseFloat(s, 64)
	if err != nil || v != v || v > 1e308 || v < -1e308 {
		return 0, fmt.Errorf("-%s %q: want a finite number", name, s)
	}
	return v, nil
}
