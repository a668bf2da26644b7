package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/hpgo/hpgo/internal/gen"
)

func TestRun(t *testing.T) {
	dir := t.TempDir()
	out, stubs := filepath.Join(dir, "k_amd64.s"), filepath.Join(dir, "k_amd64.go")
	if err := run([]string{"-out", out, "-stubs", stubs, "-pkg", "k", "-types", "float32", "-isa", "avx512"}); err != nil {
		t.Fatal(err)
	}
	asm, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	stub, err := os.ReadFile(stubs)
	if err != nil {
		t.Fatal(err)
	}
	if !gen.HasGeneratedHeader(asm) || !gen.HasGeneratedHeader(stub) {
		t.Error("missing generated-code header")
	}
	if !strings.Contains(string(asm), "VZEROUPPER") || !strings.Contains(string(stub), "func escapeAVX512Float32(") || strings.Contains(string(stub), "AVX2") {
		t.Errorf("unexpected output:\n%s", stub)
	}
}

func TestRunBadFlags(t *testing.T) {
	dir := t.TempDir()
	out, stubs := filepath.Join(dir, "k.s"), filepath.Join(dir, "k.go")
	for _, args := range [][]string{
		{"-stubs", stubs, "-pkg", "k"},
		{"-out", out, "-stubs", stubs, "-pkg", "k", "-types", "float16"},
		{"-out", out, "-stubs", stubs, "-pkg", "k", "-isa", "neon"},
		{"-out", out, "-stubs", filepath.Join(dir, "sub", "k.go"), "-pkg", "k"},
	} {
		if err := run(args); err == nil {
			t.Errorf("run(%q) succeeded", args)
		}
		if entries, _ := os.ReadDir(dir); len(entries) != 0 {
			t.Fatalf("run(%q) failed but wrote %v", args, entries)
		}
	}
}
