package diffusion

import (
	"testing"

	"github.com/hpgo/hpgo/internal/gen"
	gendiff "github.com/hpgo/hpgo/internal/gen/diffusion"
)

// TestGeneratedFresh: the committed assembly, stubs and dispatch are what
// hpgen renders now (the same arguments as gen.go's go:generate line).
func TestGeneratedFresh(t *testing.T) {
	args := []string{"-pkg", "diffusion", "-types", "float64,float32", "-api=false"}
	files, err := gendiff.Render(gendiff.Config{Pkg: "diffusion", Types: []string{"float64", "float32"},
		Argv: append([]string{"hpgen", "diffusion"}, args...)})
	if err != nil {
		t.Fatal(err)
	}
	stale, err := gen.Stale(".", files)
	if err != nil {
		t.Fatal(err)
	}
	if len(stale) > 0 {
		t.Errorf("generated files out of date: %v; run go generate ./kernels/diffusion", stale)
	}
	for _, f := range files {
		if !gen.HasGeneratedHeader(f.Data) {
			t.Errorf("%s: no generated-code header", f.Name)
		}
	}
}
