package juliaasm

import (
	"strings"
	"testing"

	"github.com/hpgo/hpgo/internal/gen"
)

// TestProgram renders every type and ISA (register allocation included) and
// checks each function clears the upper vector state before returning.
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
			if strings.Count(body, "RET") != 1 || !strings.Contains(body, "VZEROUPPER\n\tRET") {
				t.Errorf("%s: RET not preceded by VZEROUPPER", name)
			}
		}
	}
	if !strings.Contains(string(asm), "//go:build !purego") {
		t.Error("assembly lacks the !purego constraint")
	}
}
