package juliaasm

import (
	"strings"
	"testing"

	"github.com/hpgo/hpgo/internal/gen"
)

// TestProgram renders every type and ISA (register allocation included) and
// checks each function clears the upper vector state before every return.
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
			body := string(asm)[strings.Index(string(asm), "TEXT ·"+name+"(SB)"):]
			if next := strings.Index(body[1:], "\nTEXT "); next >= 0 {
				body = body[:next]
			}
			// Every return (the float32 AVX-512 kernel has two bodies)
			// clears the upper state first.
			rets := strings.Count(body, "\tRET\n")
			if rets == 0 || rets != strings.Count(body, "\tVZEROUPPER\n\tRET\n") {
				t.Errorf("%s: a RET is not preceded by VZEROUPPER", name)
			}
		}
	}
	if !strings.Contains(string(asm), "//go:build !purego") {
		t.Error("assembly lacks the !purego constraint")
	}
}
