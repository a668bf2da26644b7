package juliaasm

import (
	"regexp"
	"strings"
	"testing"

	"github.com/hpgo/hpgo/internal/gen"
)

// avx512Only matches the registers only AVX-512 has: an AVX2 kernel that
// names one is EVEX-encoded and faults on a CPU without AVX-512.
var avx512Only = regexp.MustCompile(`\b([XY](1[6-9]|2[0-9]|3[01])|Z[0-9]+|K[0-7])\b`)

// framePointer matches BP as an operand.
var framePointer = regexp.MustCompile(`[\s(,]BP\b`)

// TestProgram renders every type and ISA (register allocation included) and
// checks every function: each return clears the upper vector state first,
// no function uses BP (avo allocates it when general registers run short,
// which breaks frame-pointer unwinding inside the function), and the AVX2
// ones name no register only AVX-512 has (avo's allocator takes Y16 and up
// when sixteen do not suffice). AVX-512-only instructions on low registers
// are TestRequires' to catch (internal/gen/julia: avo lists AVX512F/VL for
// them), and TestAVX2NoEVEX in kernels/julia checks the assembled encodings.
func TestProgram(t *testing.T) {
	asm, stubs, err := gen.RenderAsm(gen.AsmConfig{Pkg: "p", Argv: []string{"test"}}, Program(Types, ISAs))
	if err != nil {
		t.Fatal(err)
	}
	for _, typ := range Types {
		for _, isa := range ISAs {
			name := FuncName(isa, typ)
			if !strings.Contains(string(stubs), "func "+name+"(out []int32, zr []"+typ) {
				t.Errorf("no stub for %s", name)
			}
			for _, kind := range RoundKinds {
				if name := RoundFuncName(kind, isa, typ); !strings.Contains(string(stubs), "func "+name+"(") {
					t.Errorf("no stub for %s", name)
				}
			}
		}
	}
	funcs := strings.Split(string(asm), "\nTEXT ")[1:]
	if want := len(Types) * len(ISAs) * (1 + len(RoundKinds)); len(funcs) != want {
		t.Errorf("%d functions, want %d", len(funcs), want)
	}
	for _, fn := range funcs {
		name := fn[:strings.Index(fn, "(")]
		// Every return (the float32 AVX-512 refill kernel has two bodies)
		// clears the upper state first.
		rets := strings.Count(fn, "\tRET\n")
		if rets == 0 || rets != strings.Count(fn, "\tVZEROUPPER\n\tRET\n") {
			t.Errorf("%s: a RET is not preceded by VZEROUPPER", name)
		}
		if framePointer.MatchString(fn) {
			t.Errorf("%s uses BP", name)
		}
		if !strings.Contains(name, "AVX2") {
			continue
		}
		if r := avx512Only.FindString(fn); r != "" {
			t.Errorf("%s uses %s, an AVX-512 register", name, r)
		}
	}
	if !strings.Contains(string(asm), "//go:build !purego") {
		t.Error("assembly lacks the !purego constraint")
	}
}
