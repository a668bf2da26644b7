package mapmisuse_test

import (
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
)

// compilerForms is one function per map form whose cost doc.go states in
// hash operations. TestPremiseCompilerOutput compiles it with -gcflags=-S
// and counts the runtime map calls in each function.
const compilerForms = `package forms

//go:noinline
func CommaOKThenRead(m map[string]int, k string) int {
	if _, ok := m[k]; ok {
		return m[k]
	}
	return 0
}

//go:noinline
func NilCheckThenRead(m map[string]*int, k string) *int {
	if m[k] != nil {
		return m[k]
	}
	return nil
}

//go:noinline
func ReadTwice(m map[string]int, k string) int {
	v := m[k]
	return v + m[k]
}

//go:noinline
func ReadModifyWrite(m map[string]int, k string) { m[k] = m[k] + 1 }

//go:noinline
func OpAssign(m map[string]int, k string) { m[k] += 2 }

//go:noinline
func Incr(m map[string]int, k string) { m[k]++ }

//go:noinline
func AppendSelf(m map[string][]int, k string, x int) { m[k] = append(m[k], x) }

//go:noinline
func CheckThenInsert(m map[string]int, k string) {
	if _, ok := m[k]; !ok {
		m[k] = 1
	}
}

//go:noinline
func RangeDeleteString(m map[string]int) {
	for k := range m {
		delete(m, k)
	}
}

type S struct{ m map[int]int }

//go:noinline
func RangeDeleteField(s *S) {
	for k := range s.m {
		delete(s.m, k)
	}
}

//go:noinline
func RangeDeleteFloat(m map[float64]int) {
	for k := range m {
		delete(m, k)
	}
}

//go:noinline
func RangeDeleteAny(m map[any]int) {
	for k := range m {
		delete(m, k)
	}
}
`

// TestPremiseCompilerOutput checks, on the toolchain running the test, the
// claims doublelookup and rangedelete rest on: which forms cost two hash
// operations, which one, and which delete loops become runtime.mapclear.
func TestPremiseCompilerOutput(t *testing.T) {
	gobin, err := exec.LookPath("go")
	if err != nil {
		t.Skip("no go command:", err)
	}
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "go.mod"), []byte("module forms\n\ngo 1.26\n"), 0o666); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "forms.go"), []byte(compilerForms), 0o666); err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(gobin, "build", "-gcflags=-S", "-o", os.DevNull, ".")
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "GOFLAGS=", "GOWORK=off")
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("go build -gcflags=-S: %v\n%s", err, out)
	}
	calls := mapCalls(string(out))
	want := map[string]string{
		"CommaOKThenRead":   "mapaccess1_faststr mapaccess2_faststr", // two lookups: reported
		"NilCheckThenRead":  "mapaccess1_faststr mapaccess1_faststr", // two lookups: reported
		"ReadTwice":         "mapaccess1_faststr mapaccess1_faststr", // two lookups: reported
		"ReadModifyWrite":   "mapaccess1_faststr mapassign_faststr",  // two: reported, op= does one
		"OpAssign":          "mapassign_faststr",                     // one: not reported
		"Incr":              "mapassign_faststr",                     // one: not reported
		"AppendSelf":        "mapassign_faststr",                     // one: not reported
		"CheckThenInsert":   "mapaccess2_faststr mapassign_faststr",  // read + write: not reported
		"RangeDeleteString": "mapclear",                              // already clear: not reported
		"RangeDeleteField":  "mapclear",                              // already clear: not reported
		"RangeDeleteFloat":  "mapIterNext mapIterStart mapdelete",    // a loop: reported
		"RangeDeleteAny":    "mapIterNext mapIterStart mapdelete",    // a loop: reported
	}
	for fn, w := range want {
		if got := calls[fn]; got != w {
			t.Errorf("%s: runtime map calls %q, want %q", fn, got, w)
		}
	}
}

// mapCalls returns, per function in -S output, the sorted runtime map calls
// it makes.
func mapCalls(asm string) map[string]string {
	fnRE := regexp.MustCompile(`^forms\.(\w+) STEXT`)
	callRE := regexp.MustCompile(`\tCALL\truntime\.(map\w+)\(SB\)`)
	calls := make(map[string][]string)
	fn := ""
	for line := range strings.Lines(asm) {
		if m := fnRE.FindStringSubmatch(line); m != nil {
			fn = m[1]
			continue
		}
		if m := callRE.FindStringSubmatch(line); m != nil && fn != "" {
			calls[fn] = append(calls[fn], m[1])
		}
	}
	out := make(map[string]string)
	for fn, cs := range calls {
		slices.Sort(cs)
		out[fn] = strings.Join(cs, " ")
	}
	return out
}
