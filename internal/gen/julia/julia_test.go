package julia

import (
	"bytes"
	"github.com/hpgo/hpgo/asmgen/julia/juliaasm"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"testing"

	"github.com/hpgo/hpgo/internal/testfs"
)

func TestRunBadInput(t *testing.T) {
	for _, args := range [][]string{
		{},                              // no -pkg
		{"-pkg", "1x"},                  // not an identifier
		{"-pkg", "type"},                // a keyword
		{"-pkg", "p", "-types", "int8"}, // unknown type
		{"-pkg", "p", "-types", ""},     // empty list
		{"-pkg", "p", "-isa", "sse9"},   // unknown ISA
		{"-pkg", "p", "-isa", "avx2,"},  // malformed list
		{"-pkg", "p", "extra"},          // stray argument
		{"-pkg", "p", "-nosuchflag"},    // unknown flag
		{"-pkg", "p", "-o", "FILE/sub"}, // output below a regular file
	} {
		dir := t.TempDir()
		file := filepath.Join(dir, "file")
		if err := os.WriteFile(file, []byte("x"), 0o644); err != nil {
			t.Fatal(err)
		}
		full := []string{"-o", dir}
		for _, a := range args {
			full = append(full, strings.ReplaceAll(a, "FILE", file))
		}
		var stdout, stderr bytes.Buffer
		err := Run(full, &stdout, &stderr)
		if err == nil {
			t.Errorf("Run(%q) succeeded", args)
			continue
		}
		t.Logf("Run(%q): %v", args, err)
		if entries, _ := os.ReadDir(dir); len(entries) != 1 {
			t.Errorf("Run(%q) failed but left files: %v", args, entries)
		}
	}
}

func TestRunWrites(t *testing.T) {
	dir := t.TempDir()
	var stdout, stderr bytes.Buffer
	if err := Run([]string{"-pkg", "p", "-types", "float32", "-isa", "avx2", "-o", dir}, &stdout, &stderr); err != nil {
		t.Fatal(err)
	}
	for _, name := range []string{FileAPI, FileDispatch, FileOther, FileAsm, FileStubs} {
		data, err := os.ReadFile(filepath.Join(dir, name))
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Contains(data, []byte("hpgen julia -pkg p -types float32 -isa avx2")) {
			t.Errorf("%s does not name the command that made it", name)
		}
		if bytes.Contains(data, []byte("AVX512")) || bytes.Contains(data, []byte("Escape64")) || bytes.Contains(data, []byte("Float64(")) {
			t.Errorf("%s has code for a type or ISA not asked for", name)
		}
	}
}

// TestEndToEnd builds hpgen, runs it through go generate in a fresh module
// that depends on nothing but golang.org/x/sys, and runs that module's tests
// (asm, purego, and vet for arm64). Offline: x/sys, at this module's
// version, comes from the module cache (GOPROXY=off); go writes go.sum.
func TestEndToEnd(t *testing.T) {
	if testing.Short() {
		t.Skip("builds hpgen and a module; skipped with -short")
	}
	if runtime.GOOS == "windows" {
		t.Skip("uses a POSIX PATH")
	}
	m := testfs.NewUserModule(t)
	write := m.Write
	write("go.mod", "module example.com/fractal\n\ngo 1.26\n\nrequire golang.org/x/sys "+testfs.SysVersion(t)+"\n")
	write("fractal/gen.go", "package fractal\n\n//go:generate hpgen julia -pkg fractal -types float64,float32\n")
	write("fractal/fractal_test.go", e2eTest)

	m.MustGo(nil, "generate", "./...")
	t.Log(m.MustGo(nil, "test", "-count=1", "-v", "./..."))
	m.MustGo(nil, "test", "-count=1", "-tags", "purego", "./...")
	m.MustGo([]string{"GOARCH=arm64"}, "vet", "./...")
	m.MustGo(nil, "vet", "./...")
}

const e2eTest = `package fractal

import (
	"math"
	"testing"
)

// ref is the book's loop with the kernels' roundings, written out here so
// the test does not trust the generated reference.
func ref(x, y, cr, ci float64, max int) int32 {
	n := 0
	for ; n < max; n++ {
		x2, y2 := float64(x*x), float64(y*y)
		if !(float64(x2+y2) < 4) {
			break
		}
		y = math.FMA(float64(x+x), y, ci)
		x = float64(x2-y2) + cr
	}
	return int32(n)
}

func TestBook(t *testing.T) {
	var zr, zi []float64
	var ys, xs []float64
	for y := 1.8; y > -1.8; y += -3.6 / 1000 {
		ys = append(ys, y)
	}
	for x := -1.8; x < 1.8; x += 3.6 / 1000 {
		xs = append(xs, x)
	}
	for _, y := range ys {
		for _, x := range xs {
			zr, zi = append(zr, x), append(zi, y)
		}
	}
	out := make([]int32, len(zr))
	Escape64(out, zr, zi, -0.62772, -0.42193, 300)
	sum := 0
	for i, n := range out {
		sum += int(n)
		if i%997 == 0 && n != ref(zr[i], zi[i], -0.62772, -0.42193, 300) {
			t.Fatalf("pixel %d: %d", i, n)
		}
	}
	if sum != 33219980 {
		t.Errorf("sum %d, want 33219980", sum)
	}
	par := make([]int32, len(zr))
	EscapeParallel64(par, zr, zi, -0.62772, -0.42193, 300, len(xs))
	for i := range par {
		if par[i] != out[i] {
			t.Fatalf("parallel pixel %d differs", i)
		}
	}
	t.Logf("Impl() = %s", Impl())
}
`

// TestRequires checks that the dispatch tests every feature avo says a
// kernel uses ("// Requires: ..." above each TEXT).
func TestRequires(t *testing.T) {
	files, err := Render(Config{Pkg: "p", Types: []string{"float64", "float32"}, ISAs: []string{"avx2", "avx512"}})
	if err != nil {
		t.Fatal(err)
	}
	// avo feature name -> x/sys/cpu field; "" for features every amd64 CPU
	// (or AVX2 via x/sys/cpu's OS-support check) implies.
	field := map[string]string{
		"MMX+": "", // PREFETCHT0, which every amd64 CPU has
		"AVX":  "", "CMOV": "", "SSE2": "", "AVX2": "HasAVX2", "FMA3": "HasFMA", "BMI": "HasBMI1", "BMI2": "HasBMI2",
		"POPCNT": "HasPOPCNT", "AVX512F": "HasAVX512F", "AVX512DQ": "HasAVX512DQ", "AVX512VL": "HasAVX512VL", "AVX512BW": "HasAVX512BW",
	}
	var asm string
	for _, f := range files {
		if f.Name == FileAsm {
			asm = string(f.Data)
		}
	}
	checked := 0
	for _, block := range strings.Split(asm, "// func ")[1:] {
		name := block[:strings.Index(block, "(")]
		isa := "avx2"
		if strings.Contains(name, "AVX512") {
			isa = "avx512"
		}
		i := strings.Index(block, "// Requires: ")
		if i < 0 {
			t.Fatalf("%s: no Requires line", name)
		}
		line := block[i+len("// Requires: ") : i+strings.Index(block[i:], "\n")]
		for _, feat := range strings.Split(line, ", ") {
			f, known := field[feat]
			if !known {
				t.Errorf("%s requires %s, which the dispatch does not know", name, feat)
			} else if f != "" && !slices.Contains(needs[isa], f) {
				t.Errorf("%s requires %s but the %s dispatch does not test cpu.X86.%s", name, feat, isa, f)
			}
		}
		checked++
	}
	// Per type and ISA: the refill kernel and the four round kernels.
	if want := 2 * 2 * (1 + len(juliaasm.RoundKinds)); checked != want {
		t.Errorf("checked %d kernels, want %d", checked, want)
	}
}
