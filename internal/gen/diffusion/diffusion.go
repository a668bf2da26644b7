// Package diffusion is the hpgen generator for the 2D diffusion kernel: it
// renders, in-process, the avo assembly of asmgen/diffusion/kernel, its Go
// stubs, and the jennifer-written dispatch that picks a kernel from the
// CPU's features (with a pure-Go fallback for purego and other GOARCH).
//
// The runtime package kernels/diffusion is generated this way; see its
// gen.go.
package diffusion

import (
	"flag"
	"fmt"
	"io"

	"github.com/dave/jennifer/jen"

	"github.com/hpgo/hpgo/asmgen/diffusion/kernel"
	"github.com/hpgo/hpgo/internal/gen"
)

// Summary is the one-line description hpgen help shows.
const Summary = "fused SIMD kernels for the 2D diffusion (heat) equation"

// Types lists the element types the generator accepts.
var Types = []string{"float64", "float32"}

// Config is one run of the generator.
type Config struct {
	Pkg   string
	Types []string
	// Argv is the command recorded in the assembly's generated header.
	Argv []string
}

// Output file names, relative to the package directory.
const (
	AsmFile      = "zkernels_amd64.s"
	StubsFile    = "zkernels_amd64.go"
	DispatchFile = "zdispatch_amd64.go"
	OtherFile    = "zdispatch_other.go"
)

// Render returns the generated files for cfg without writing anything.
func Render(cfg Config) ([]gen.File, error) {
	if cfg.Pkg == "" || !isIdent(cfg.Pkg) {
		return nil, fmt.Errorf("-pkg %q: want a Go package name", cfg.Pkg)
	}
	if len(cfg.Types) == 0 {
		return nil, fmt.Errorf("-types: at least one element type needed")
	}
	for _, t := range cfg.Types {
		if err := kernel.CheckType(t); err != nil {
			return nil, fmt.Errorf("-types: %v", err)
		}
	}
	variants := kernel.Variants(cfg.Types)
	asm, stubs, err := gen.RenderAsm(gen.AsmConfig{Pkg: cfg.Pkg, Argv: cfg.Argv}, kernel.Program(variants))
	if err != nil {
		return nil, err
	}
	dispatch, err := gen.RenderGo(DispatchFile, dispatchFile(cfg.Pkg, variants))
	if err != nil {
		return nil, err
	}
	other, err := gen.RenderGo(OtherFile, otherFile(cfg.Pkg))
	if err != nil {
		return nil, err
	}
	return []gen.File{{Name: AsmFile, Data: asm}, {Name: StubsFile, Data: stubs}, dispatch, other}, nil
}

// Run is the hpgen command: hpgen diffusion -pkg NAME -types T1,T2 [-o DIR].
func Run(args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("diffusion", flag.ContinueOnError)
	fs.SetOutput(stderr)
	pkg := fs.String("pkg", "", "name of the package the files are written into (required)")
	types := fs.String("types", "float64", "comma-separated element types: float64, float32")
	out := fs.String("o", ".", "output directory")
	fs.Usage = func() {
		fmt.Fprintf(stderr, "usage: hpgen diffusion -pkg NAME [-types float64,float32] [-o DIR]\n\n%s.\nWrites %s, %s, %s and %s into DIR; the package supplies the rest\n(see github.com/hpgo/hpgo/kernels/diffusion for the runtime they plug into).\n\n", Summary, AsmFile, StubsFile, DispatchFile, OtherFile)
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return fmt.Errorf("unexpected arguments %q", fs.Args())
	}
	if *pkg == "" {
		return fmt.Errorf("-pkg is required")
	}
	ts, err := gen.ParseList("types", *types, Types)
	if err != nil {
		return err
	}
	files, err := Render(Config{Pkg: *pkg, Types: ts, Argv: append([]string{"hpgen", "diffusion"}, args...)})
	if err != nil {
		return err
	}
	if err := gen.WriteFiles(*out, files); err != nil {
		return err
	}
	for _, f := range files {
		fmt.Fprintf(stdout, "wrote %s\n", f.Name)
	}
	return nil
}

func isIdent(s string) bool {
	for i, r := range s {
		if !(r == '_' || 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || i > 0 && '0' <= r && r <= '9') {
			return false
		}
	}
	return s != ""
}

const cpuPkg = "golang.org/x/sys/cpu"

// dispatchFile renders, for amd64 with assembly:
//
//	func cpuISA() isa {
//		if cpu.X86.HasAVX512F { return isaAVX512 }
//		if cpu.X86.HasAVX2 && cpu.X86.HasFMA { return isaAVX2 }
//		return isaGeneric
//	}
//
//	func asmKernel[T Float](l isa, fma bool) rowsFunc[T] {
//		var f any
//		switch any(T(0)).(type) {
//		case float64:
//			switch {
//			case l >= isaAVX512 && fma:
//				f = rowsFunc[float64](rowsAVX512FMAFloat64)
//			...
//			default:
//				return nil
//			}
//		}
//		return f.(rowsFunc[T])
//	}
func dispatchFile(pkg string, variants []kernel.Variant) *jen.File {
	f := gen.NewGoFile(pkg, "!purego")
	f.Comment("cpuISA is the best kernel level this CPU and operating system support.")
	f.Comment("The AVX2 level needs FMA3 too (every AVX2 CPU in practice has it);")
	f.Comment("the AVX-512 kernels need only AVX-512F.")
	f.Func().Id("cpuISA").Params().Id("isa").Block(
		jen.If(jen.Qual(cpuPkg, "X86").Dot("HasAVX512F")).Block(jen.Return(jen.Id("isaAVX512"))),
		jen.If(jen.Qual(cpuPkg, "X86").Dot("HasAVX2").Op("&&").Qual(cpuPkg, "X86").Dot("HasFMA")).Block(jen.Return(jen.Id("isaAVX2"))),
		jen.Return(jen.Id("isaGeneric")),
	)
	f.Line()
	f.Comment("asmKernel returns the assembly kernel for level l, with or without a")
	f.Comment("fused multiply-add, or nil when there is none (use the pure-Go rows).")
	byType := map[string][]kernel.Variant{}
	var order []string
	for _, v := range variants {
		if _, ok := byType[v.Type]; !ok {
			order = append(order, v.Type)
		}
		byType[v.Type] = append(byType[v.Type], v)
	}
	var cases []jen.Code
	for _, t := range order {
		var inner []jen.Code
		// Best level first.
		for _, isaName := range []kernel.ISA{kernel.AVX512, kernel.AVX2} {
			for _, fma := range []bool{true, false} {
				for _, v := range byType[t] {
					if v.ISA != isaName || v.FMA != fma {
						continue
					}
					cond := jen.Id("l").Op(">=").Id(levelConst(v.ISA))
					if fma {
						cond = cond.Op("&&").Id("fma")
					}
					inner = append(inner, jen.Case(cond).Block(
						jen.Id("f").Op("=").Id("rowsFunc").Index(jen.Id(t)).Call(jen.Id(v.Name())),
					))
				}
			}
		}
		inner = append(inner, jen.Default().Block(jen.Return(jen.Nil())))
		cases = append(cases, jen.Case(jen.Id(t)).Block(jen.Switch().Block(inner...)))
	}
	cases = append(cases, jen.Default().Block(jen.Return(jen.Nil())))
	f.Func().Id("asmKernel").Types(jen.Id("T").Id("Float")).Params(jen.Id("l").Id("isa"), jen.Id("fma").Bool()).Id("rowsFunc").Index(jen.Id("T")).Block(
		jen.Var().Id("f").Any(),
		jen.Switch(jen.Any().Call(jen.Id("T").Call(jen.Lit(0))).Assert(jen.Type())).Block(cases...),
		jen.Return(jen.Id("f").Assert(jen.Id("rowsFunc").Index(jen.Id("T")))),
	)
	return f
}

func levelConst(i kernel.ISA) string {
	if i == kernel.AVX512 {
		return "isaAVX512"
	}
	return "isaAVX2"
}

// otherFile renders the fallback for purego builds and other GOARCH:
//
//	func cpuISA() isa { return isaGeneric }
//	func asmKernel[T Float](isa, bool) rowsFunc[T] { return nil }
func otherFile(pkg string) *jen.File {
	f := gen.NewGoFile(pkg, "!amd64 || purego")
	f.Comment("cpuISA: without assembly only the pure-Go rows exist.")
	f.Func().Id("cpuISA").Params().Id("isa").Block(jen.Return(jen.Id("isaGeneric")))
	f.Line()
	f.Comment("asmKernel: there are no assembly kernels in this build.")
	f.Func().Id("asmKernel").Types(jen.Id("T").Id("Float")).Params(jen.Id("isa"), jen.Bool()).Id("rowsFunc").Index(jen.Id("T")).Block(jen.Return(jen.Nil()))
	return f
}
