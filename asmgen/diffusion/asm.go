// Command diffusion is the avo program behind kernels/diffusion: it writes
// the fused row-update kernels (AVX2, AVX2+FMA, AVX-512, AVX-512+FMA) for
// the element types asked for. hpgen diffusion runs the same code
// in-process; this command exists to inspect or regenerate the assembly
// alone:
//
//	go run ./asmgen/diffusion -types float64,float32 -pkg diffusion -out x_amd64.s -stubs x_amd64.go
package main

import (
	"flag"
	"fmt"
	"os"

	"github.com/hpgo/hpgo/asmgen/diffusion/kernel"
	"github.com/hpgo/hpgo/internal/gen"
)

func main() {
	// avo's build package registers its own flags on flag.CommandLine.
	fs := flag.NewFlagSet("asmgen/diffusion", flag.ExitOnError)
	types := fs.String("types", "float64,float32", "comma-separated element types")
	pkg := fs.String("pkg", "diffusion", "package name of the stubs")
	out := fs.String("out", "", "assembly output file (default stdout)")
	stubs := fs.String("stubs", "", "stub declarations output file (default: not written)")
	fs.Parse(os.Args[1:])
	if err := run(*types, *pkg, *out, *stubs); err != nil {
		fmt.Fprintln(os.Stderr, "asmgen/diffusion:", err)
		os.Exit(1)
	}
}

func run(types, pkg, out, stubsFile string) error {
	ts, err := gen.ParseList("types", types, kernel.Types)
	if err != nil {
		return err
	}
	argv := append([]string{"go", "run", "./asmgen/diffusion"}, os.Args[1:]...)
	asm, stubs, err := gen.RenderAsm(gen.AsmConfig{Pkg: pkg, Argv: argv}, kernel.Program(kernel.Variants(ts)))
	if err != nil {
		return err
	}
	if out == "" {
		_, err = os.Stdout.Write(asm)
		return err
	}
	if err := os.WriteFile(out, asm, 0o644); err != nil {
		return err
	}
	if stubsFile != "" {
		return os.WriteFile(stubsFile, stubs, 0o644)
	}
	return nil
}
