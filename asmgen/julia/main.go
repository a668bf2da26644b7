// Command julia writes the AVX2 and AVX-512 Julia-set kernels for
// kernels/julia (or any package) with avo:
//
//	go run ./asmgen/julia -out julia_amd64.s -stubs julia_amd64.go -pkg julia
//
// hpgen julia runs the same program in-process (package juliaasm) and also
// writes the Go dispatch and fallback around it.
package main

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"

	"github.com/hpgo/hpgo/asmgen/julia/juliaasm"
	"github.com/hpgo/hpgo/internal/gen"
)

func main() {
	if err := run(os.Args[1:]); err != nil {
		fmt.Fprintln(os.Stderr, "asmgen/julia:", err)
		os.Exit(1)
	}
}

func run(args []string) error {
	fs := flag.NewFlagSet("julia", flag.ContinueOnError)
	out := fs.String("out", "", "assembly output `file` (required)")
	stubs := fs.String("stubs", "", "Go stub output `file` (required)")
	pkg := fs.String("pkg", "", "Go package `name` (required)")
	types := fs.String("types", "float64,float32", "element types")
	isas := fs.String("isa", "avx2,avx512", "instruction sets")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if *out == "" || *stubs == "" || *pkg == "" || fs.NArg() > 0 {
		return fmt.Errorf("usage: julia -out FILE.s -stubs FILE.go -pkg NAME [-types LIST] [-isa LIST]")
	}
	ts, err := gen.ParseList("types", *types, juliaasm.Types)
	if err != nil {
		return err
	}
	is, err := gen.ParseList("isa", *isas, juliaasm.ISAs)
	if err != nil {
		return err
	}
	if filepath.Dir(*out) != filepath.Dir(*stubs) {
		return fmt.Errorf("-out and -stubs must be in the same directory")
	}
	asm, stub, err := gen.RenderAsm(gen.AsmConfig{Pkg: *pkg, Argv: append([]string{"go", "run", "./asmgen/julia"}, args...)}, juliaasm.Program(ts, is))
	if err != nil {
		return err
	}
	return gen.WriteFiles(filepath.Dir(*out), []gen.File{
		{Name: filepath.Base(*out), Data: asm},
		{Name: filepath.Base(*stubs), Data: stub},
	})
}
