package diffusion

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/hpgo/hpgo/internal/testfs"
)

// TestEndToEnd plays a user: a fresh module whose gen.go runs
// `hpgen diffusion` through go generate (hpgen on PATH), then go vet and
// go test there, with assembly, with -tags purego, and with the ISA capped
// to the pure-Go rows.
// golang.org/x/sys comes from the local module cache (GOPROXY=off), so the
// test needs no network.
func TestEndToEnd(t *testing.T) {
	if testing.Short() {
		t.Skip("builds hpgen and a module: skipped with -short")
	}
	m := testfs.NewUserModule(t)
	m.Write("go.mod", "module example.com/heat\n\ngo 1.26\n\nrequire golang.org/x/sys "+testfs.SysVersion(t)+"\n")
	m.Write("gen.go", "package heat\n\n//go:generate hpgen diffusion -pkg heat -types float64,float32 -D 0.5 -dt 0.2 -boundary dirichlet -fma=false\n")
	m.Write("heat_test.go", userTest)
	run := m.MustGo
	run(nil, "generate", "./...")
	for _, f := range []string{AsmFile, StubsFile, DispatchFile, OtherFile, APIFile} {
		if _, err := os.Stat(filepath.Join(m.Dir, f)); err != nil {
			t.Fatalf("go generate did not write %s", f)
		}
	}
	run(nil, "vet", "./...")
	run([]string{"GOARCH=arm64"}, "vet", "./...")
	run(nil, "test", "-count=1", "./...")
	run(nil, "test", "-count=1", "-tags", "purego", "./...")
	run([]string{"HPGO_DIFFUSION_ISA=generic"}, "test", "-count=1", "./...")
}

// userTest is the generated package's test in the user module: the
// generated Step against a direct transcription of the update with a zero
// boundary (exact, since -fma=false), for small and odd shapes.
const userTest = `package heat

import (
	"math"
	"testing"
)

func ref(grid []float64, n, m int) []float64 {
	at := func(i, j int) float64 {
		if i < 0 || i >= n || j < 0 || j >= m {
			return 0
		}
		return grid[i*m+j]
	}
	out := make([]float64, n*m)
	for i := range n {
		for j := range m {
			g := grid[i*m+j]
			l := float64(-4*g) + at(i-1, j)
			l = l + at(i+1, j)
			l = l + at(i, j-1)
			l = l + at(i, j+1)
			out[i*m+j] = float64(l*(0.5*0.2)) + g
		}
	}
	return out
}

func TestStep(t *testing.T) {
	if D != 0.5 || Dt != 0.2 || Periodic || FMA {
		t.Fatalf("flags not baked in: D=%v Dt=%v Periodic=%v FMA=%v", D, Dt, Periodic, FMA)
	}
	for _, n := range []int{1, 2, 3, 7, 16, 33} {
		for _, m := range []int{1, 2, 5, 8, 17, 64} {
			g := make([]float64, n*m)
			for i := range g {
				g[i] = math.Sin(float64(i))
			}
			want := ref(g, n, m)
			got := make([]float64, n*m)
			Step(got, g, n, m)
			for i := range got {
				if got[i] != want[i] {
					t.Fatalf("%dx%d point %d: %v, want %v", n, m, i, got[i], want[i])
				}
			}
		}
	}
	g32 := []float32{1, 2, 3, 4, 5, 6}
	out := Evolve(g32, make([]float32, 6), 2, 3, 3)
	if out[0] == 1 || out[0] != out[0] {
		t.Errorf("float32 Evolve did not update: %v", out)
	}
}
`
