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
var Types = kernel.Types

// Config is one run of the generator.
type Config struct {
	Pkg   string
	Types []string
	// Argv is the command recorded in the assembly's generated header.
	Argv []string
	// API, when set, adds zdiffusion.go: Step and Evolve with these
	// choices as constants, for packages that are not kernels/diffusion.
	API *API
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
	if err := gen.CheckPackageName(cfg.Pkg); err != nil {
		return nil, err
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
	files := []gen.File{{Name: AsmFile, Data: asm}, {Name: StubsFile, Data: stubs}, dispatch, other}
	if cfg.API != nil {
		api, err := gen.RenderGo(APIFile, apiFile(cfg.Pkg, cfg.Types, *cfg.API))
		if err != nil {
			return nil, err
		}
		files = append(files, api)
	}
	return files, nil
}

// Run is the hpgen command: hpgen diffusion -pkg NAME -types T1,T2 [-o DIR].
func Run(args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("diffusion", flag.ContinueOnError)
	fs.SetOutput(stderr)
	pkg := fs.String("pkg", "", "name of the package the files are written into (required)")
	types := fs.String("types", "float64", "comma-separated element types: float64, float32")
	out := fs.String("o", ".", "output directory")
	api := fs.Bool("api", true, "also write "+APIFile+" (Step, Evolve, constants); false when the package has its own runtime, as kernels/diffusion does")
	d := fs.String("D", "1", "diffusion coefficient D")
	dt := fs.String("dt", "0.1", "time step dt")
	boundary := fs.String("boundary", "periodic", "periodic (wrap around) or dirichlet (cells outside held at zero)")
	fma := fs.Bool("fma", true, "fuse the final multiply-add in the assembly (false: bit-identical to the pure-Go rows and numpy)")
	fs.Usage = func() {
		fmt.Fprintf(stderr, "usage: hpgen diffusion -pkg NAME [-types float64,float32] [-D 1 -dt 0.1 -boundary periodic -fma] [-o DIR]\n\n%s.\nWrites %s, %s, %s, %s and (unless -api=false) %s into DIR.\n\n", Summary, AsmFile, StubsFile, DispatchFile, OtherFile, APIFile)
		fs.PrintDefaults()
	}
	if help, err := gen.ParseArgs(fs, args, func(extra []string) error {
		return fmt.Errorf("unexpected arguments %q", extra)
	}); help || err != nil {
		return err // nil for -h: usage printed, nothing to do
	}
	if *pkg == "" {
		return fmt.Errorf("-pkg is required")
	}
	ts, err := gen.ParseList("types", *types, Types)
	if err != nil {
		return err
	}
	cfg := Config{Pkg: *pkg, Types: ts, Argv: append([]string{"hpgen", "diffusion"}, args...)}
	if *api {
		a := API{FMA: *fma}
		if a.D, err = parseFloat("D", *d); err != nil {
			return err
		}
		if a.Dt, err = parseFloat("dt", *dt); err != nil {
			return err
		}
		switch *boundary {
		case "periodic":
			a.Periodic = true
		case "dirichlet":
		default:
			return fmt.Errorf("-boundary %q: want periodic or dirichlet", *boundary)
		}
		cfg.API = &a
	}
	files, err := Render(cfg)
	if err != nil {
		return err
	}
	return gen.WriteFilesReport(*out, files, stdout)
}

const cpuPkg = "golang.org/x/sys/cpu"

// dispatchFile renders, for amd64 with assembly:
//
//	func cpuISA() isa {
//		if cpu.X86.HasAVX512F && cpu.X86.HasFMA { return isaAVX512 }
//		if cpu.X86.HasAVX2 && cpu.X86.HasFMA { return isaAVX2 }
//		return isaGeneric
//	}
//
//	func asmKernel[T Float](l isa, fma, nt bool) rowsFunc[T] {
//		var f any
//		switch any(T(0)).(type) {
//		case float64:
//			switch {
//			case l >= isaAVX512 && fma && nt:
//				f = rowsFunc[float64](rowsAVX512FMANTFloat64)
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
	f.Comment("Every kernel uses FMA3 (for the exact -4*g + up), which all AVX-512")
	f.Comment("CPUs and, in practice, all AVX2 CPUs have.")
	f.Func().Id("cpuISA").Params().Id("isa").Block(
		jen.If(jen.Qual(cpuPkg, "X86").Dot("HasAVX512F").Op("&&").Qual(cpuPkg, "X86").Dot("HasFMA")).Block(jen.Return(jen.Id("isaAVX512"))),
		jen.If(jen.Qual(cpuPkg, "X86").Dot("HasAVX2").Op("&&").Qual(cpuPkg, "X86").Dot("HasFMA")).Block(jen.Return(jen.Id("isaAVX2"))),
		jen.Return(jen.Id("isaGeneric")),
	)
	f.Line()
	f.Comment("asmKernel returns the assembly kernel for level l, with or without a")
	f.Comment("fused multiply-add and streaming stores, or nil when there is none")
	f.Comment("(use the pure-Go rows).")
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
			for _, v := range byType[t] {
				if v.ISA != isaName {
					continue
				}
				{
					cond := jen.Id("l").Op(">=").Id(levelConst(v.ISA))
					cond = cond.Op("&&").Add(boolCond("fma", v.FMA)).Op("&&").Add(boolCond("nt", v.NT))
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
	f.Func().Id("asmKernel").Types(jen.Id("T").Id("Float")).Params(jen.Id("l").Id("isa"), jen.List(jen.Id("fma"), jen.Id("nt")).Bool()).Id("rowsFunc").Index(jen.Id("T")).Block(
		jen.Var().Id("f").Any(),
		jen.Switch(jen.Any().Call(jen.Id("T").Call(jen.Lit(0))).Assert(jen.Type())).Block(cases...),
		jen.Return(jen.Id("f").Assert(jen.Id("rowsFunc").Index(jen.Id("T")))),
	)
	return f
}

// boolCond is name or !name.
func boolCond(name string, on bool) *jen.Statement {
	if on {
		return jen.Id(name)
	}
	return jen.Op("!").Id(name)
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
//	func asmKernel[T Float](isa, bool, bool) rowsFunc[T] { return nil }
func otherFile(pkg string) *jen.File {
	f := gen.NewGoFile(pkg, "!amd64 || purego")
	f.Comment("cpuISA: without assembly only the pure-Go rows exist.")
	f.Func().Id("cpuISA").Params().Id("isa").Block(jen.Return(jen.Id("isaGeneric")))
	f.Line()
	f.Comment("asmKernel: there are no assembly kernels in this build.")
	f.Func().Id("asmKernel").Types(jen.Id("T").Id("Float")).Params(jen.Id("isa"), jen.Bool(), jen.Bool()).Id("rowsFunc").Index(jen.Id("T")).Block(jen.Return(jen.Nil()))
	return f
}
