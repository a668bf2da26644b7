package gen

import (
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/dave/jennifer/jen"
	"github.com/mmcloughlin/avo/build"
)

func TestCheckPackageName(t *testing.T) {
	for _, ok := range []string{"heat", "julia2", "π", "_x"} {
		if err := CheckPackageName(ok); err != nil {
			t.Errorf("CheckPackageName(%q) = %v, want nil", ok, err)
		}
	}
	for _, bad := range []string{"", "_", "func", "type", "1x", "not-a-name", "a.b"} {
		if err := CheckPackageName(bad); err == nil || !strings.Contains(err.Error(), "-pkg") {
			t.Errorf("CheckPackageName(%q) = %v, want an error naming -pkg", bad, err)
		}
	}
}

func TestParseList(t *testing.T) {
	allowed := []string{"float64", "float32"}
	got, err := ParseList("types", "float32, float64,float32", allowed)
	if err != nil || !reflect.DeepEqual(got, []string{"float32", "float64"}) {
		t.Fatalf("got %v, %v", got, err)
	}
	for _, bad := range []string{"", "float64,", "int8", "float64,,float32"} {
		if _, err := ParseList("types", bad, allowed); err == nil || !strings.Contains(err.Error(), "-types") {
			t.Errorf("ParseList(%q) error = %v, want one naming -types", bad, err)
		}
	}
}

func TestRenderGo(t *testing.T) {
	f := NewGoFile("p", "amd64 && !purego")
	f.Func().Id("F").Params().Block(jen.Qual("fmt", "Println").Call())
	out, err := RenderGo("zf.go", f)
	if err != nil {
		t.Fatal(err)
	}
	s := string(out.Data)
	if !HasGeneratedHeader(out.Data) || !strings.Contains(s, "DO NOT EDIT.\n//go:build amd64 && !purego\n\npackage p\n") || !strings.Contains(s, `import "fmt"`) {
		t.Errorf("unexpected output:\n%s", s)
	}
	bad := NewGoFile("p", "")
	bad.Func().Id("F").Params().Block(jen.Op("+"))
	if _, err := RenderGo("bad.go", bad); err == nil {
		t.Error("malformed code rendered without error")
	}
}

func TestRenderAsm(t *testing.T) {
	prog := func(ctx *build.Context) {
		ctx.Function("add")
		ctx.Attributes(0)
		ctx.SignatureExpr("func(x, y uint64) uint64")
		x := ctx.Load(ctx.Param("x"), ctx.GP64())
		y := ctx.Load(ctx.Param("y"), ctx.GP64())
		ctx.ADDQ(x, y)
		ctx.Store(y, ctx.ReturnIndex(0))
		ctx.RET()
	}
	asm, stubs, err := RenderAsm(AsmConfig{Pkg: "p", Argv: []string{"hpgen", "x"}}, prog)
	if err != nil {
		t.Fatal(err)
	}
	if !HasGeneratedHeader(asm) || !HasGeneratedHeader(stubs) {
		t.Errorf("missing generated header:\n%s\n%s", asm, stubs)
	}
	if !strings.Contains(string(stubs), "func add(x uint64, y uint64) uint64") || !strings.Contains(string(asm), "TEXT ·add(SB)") {
		t.Errorf("unexpected output:\n%s\n%s", asm, stubs)
	}
	// A program error is returned, not panicked.
	_, _, err = RenderAsm(AsmConfig{Pkg: "p"}, func(ctx *build.Context) {
		ctx.Function("bad")
		ctx.SignatureExpr("func(x uint64)")
		ctx.Load(ctx.Param("nosuch"), ctx.GP64())
		ctx.RET()
	})
	if err == nil {
		t.Error("bad program rendered without error")
	}
}

func TestStale(t *testing.T) {
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "a"), []byte("A"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "b"), []byte("B"), 0o644); err != nil {
		t.Fatal(err)
	}
	got, err := Stale(dir, []File{{"b", []byte("changed")}, {"a", []byte("A")}, {"c", []byte("new")}})
	if err != nil || !reflect.DeepEqual(got, []string{"b", "c"}) {
		t.Fatalf("Stale = %v, %v; want [b c]", got, err)
	}
}
