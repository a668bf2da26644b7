package julia

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/hpgo/hpgo/internal/gen"
	juliagen "github.com/hpgo/hpgo/internal/gen/julia"
)

// genConfig must match the go:generate line in gen.go.
var genConfig = juliagen.Config{Pkg: "julia", Types: []string{"float64", "float32"}, ISAs: []string{"avx2", "avx512"}}

// TestGenerated fails when regenerating would change the committed files:
// it renders hpgen julia's output in-process and compares it byte for byte.
func TestGenerated(t *testing.T) {
	src, err := os.ReadFile("gen.go")
	if err != nil {
		t.Fatal(err)
	}
	cmd := strings.TrimPrefix(genConfig.Command(), "hpgen ")
	if !strings.Contains(string(src), "//go:generate go run ../../cmd/hpgen "+cmd+"\n") {
		t.Fatalf("gen.go does not run %q; keep genConfig and gen.go in step", cmd)
	}
	files, err := juliagen.Render(genConfig)
	if err != nil {
		t.Fatal(err)
	}
	stale, err := gen.Stale(".", files)
	if err != nil {
		t.Fatal(err)
	}
	if len(stale) > 0 {
		t.Errorf("generated files out of date: %v; run: go generate ./kernels/julia", stale)
	}
	// Every generated file here is one Render produces (no leftovers from
	// an older generator), and each carries the generated-code header.
	want := map[string]bool{}
	for _, f := range files {
		want[f.Name] = true
		if !gen.HasGeneratedHeader(f.Data) {
			t.Errorf("%s: no generated-code header", f.Name)
		}
	}
	entries, err := filepath.Glob("*")
	if err != nil {
		t.Fatal(err)
	}
	for _, name := range entries {
		data, err := os.ReadFile(name)
		if err != nil {
			continue // a directory
		}
		if gen.HasGeneratedHeader(data) && !want[name] {
			t.Errorf("%s is generated but hpgen julia no longer writes it; delete it", name)
		}
	}
}
