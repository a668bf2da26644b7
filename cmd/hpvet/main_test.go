package main

import (
	"bytes"
	"github.com/hpgo/hpgo/analyzers/suite"
	"github.com/hpgo/hpgo/internal/testfs"
	"github.com/santhosh-tekuri/jsonschema/v6"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// TestMain lets the test binary act as hpvet itself, so the end-to-end
// tests below can hand it to the real go vet and go fix as their tool.
func TestMain(m *testing.M) {
	if os.Getenv("HPVET_TEST_AS_TOOL") == "1" {
		main()
		os.Exit(0)
	}
	os.Exit(m.Run())
}

// copyModule copies the fixture module testdata/vetmod into a temp dir, so
// that fixes can be applied to it.
func copyModule(t *testing.T) string {
	return testfs.CopyDir(t, filepath.Join("..", "..", "testdata", "vetmod"))
}

func goCmd(t *testing.T, dir string, args ...string) (string, error) {
	t.Helper()
	if testing.Short() {
		t.Skip("runs the go command")
	}
	cmd := exec.Command("go", args...)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "HPVET_TEST_AS_TOOL=1", "GOFLAGS=", "GOWORK=off")
	var out bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &out
	err := cmd.Run()
	return out.String(), err
}

func self(t *testing.T) string {
	exe, err := os.Executable()
	if err != nil {
		t.Fatal(err)
	}
	return exe
}

func TestGoVetVettool(t *testing.T) {
	dir := copyModule(t)
	out, err := goCmd(t, dir, "vet", "-vettool="+self(t), "./...")
	if err == nil {
		t.Fatalf("go vet succeeded; want findings:\n%s", out)
	}
	mustContain(t, out, "rows.go:11:2: ids grows by append")
	mustContain(t, out, "bad_directive.go:3:1: hpvet:ignore directive for prealloc gives no reason")
	for _, not := range []string{"zgen.go", "rows_test.go", "rows.go:21"} {
		if strings.Contains(out, not) {
			t.Errorf("go vet reported %s, which the policy excludes:\n%s", not, out)
		}
	}
}

func TestGoVetJSON(t *testing.T) {
	dir := copyModule(t)
	out, err := goCmd(t, dir, "vet", "-vettool="+self(t), "-json", "./...")
	if err != nil {
		t.Fatalf("go vet -json: %v\n%s", err, out)
	}
	mustContain(t, out, `"prealloc": [`)
	mustContain(t, out, `"suggested_fixes"`)
}

func TestGoFixFixtool(t *testing.T) {
	dir := copyModule(t)
	out, err := goCmd(t, dir, "fix", "-fixtool="+self(t), "./...")
	if err != nil {
		t.Fatalf("go fix: %v\n%s", err, out)
	}
	fixed, err := os.ReadFile(filepath.Join(dir, "rows.go"))
	if err != nil {
		t.Fatal(err)
	}
	mustContain(t, string(fixed), "ids := make([]int, 0, len(rows))\n\tfor _, r := range rows {")
	if n := strings.Count(string(fixed), "make([]int, 0, len(rows))"); n != 1 {
		t.Errorf("go fix rewrote %d declarations, want 1 (the suppressed one stays):\n%s", n, fixed)
	}
	gen, _ := os.ReadFile(filepath.Join(dir, "zgen.go"))
	if strings.Contains(string(gen), "len(rows))") {
		t.Errorf("go fix changed a generated file:\n%s", gen)
	}
	if out, err := goCmd(t, dir, "test", "./..."); err != nil {
		t.Errorf("fixed module does not pass its tests: %v\n%s", err, out)
	}
}

func TestStandaloneDiff(t *testing.T) {
	dir := copyModule(t)
	cmd := exec.Command(self(t), "-fix", "-diff", "./...")
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "HPVET_TEST_AS_TOOL=1")
	out, _ := cmd.CombinedOutput()
	mustContain(t, string(out), "+\tids := make([]int, 0, len(rows))")
	orig, _ := os.ReadFile(filepath.Join(dir, "rows.go"))
	if strings.Contains(string(orig), "len(rows))") {
		t.Error("-diff modified the file")
	}
}

func TestHelp(t *testing.T) {
	var stdout, stderr bytes.Buffer
	if code := help(&stdout, &stderr, suite.Analyzers, nil); code != 0 {
		t.Fatalf("help exited %d", code)
	}
	mustContain(t, stdout.String(), "prealloc")
	stdout.Reset()
	if code := help(&stdout, &stderr, suite.Analyzers, []string{"nosuch"}); code == 0 {
		t.Error("help for an unknown analyzer exited 0")
	}
	mustContain(t, stderr.String(), `no analyzer named "nosuch"`)
}

func TestFixMode(t *testing.T) {
	for args, want := range map[string]bool{
		"-fix ./...":       true,
		"-fix=true ./...":  true,
		"--fix x.cfg":      true,
		"-fix=false ./...": false,
		"-json ./...":      false,
		"-- -fix":          false,
		"-fixes ./...":     false,
	} {
		if got := fixMode(strings.Fields(args)); got != want {
			t.Errorf("fixMode(%q) = %v, want %v", args, got, want)
		}
	}
}

func mustContain(t *testing.T, s, sub string) {
	t.Helper()
	if !strings.Contains(s, sub) {
		t.Errorf("output lacks %q:\n%s", sub, s)
	}
}

func runSelf(t *testing.T, dir string, args ...string) (string, string, int) {
	t.Helper()
	if testing.Short() {
		t.Skip("runs the go command")
	}
	cmd := exec.Command(self(t), args...)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "HPVET_TEST_AS_TOOL=1", "GOFLAGS=", "GOWORK=off")
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	err := cmd.Run()
	code := 0
	if ee, ok := err.(*exec.ExitError); ok {
		code = ee.ExitCode()
	} else if err != nil {
		t.Fatal(err)
	}
	return stdout.String(), stderr.String(), code
}

func TestStandaloneText(t *testing.T) {
	stdout, _, code := runSelf(t, copyModule(t), "./...")
	if code != exitFindings {
		t.Errorf("exit %d, want %d", code, exitFindings)
	}
	mustContain(t, stdout, "rows.go:11:2: ids grows by append")
	mustContain(t, stdout, "(prealloc)\n")
	mustContain(t, stdout, "bad_directive.go:3:1: hpvet:ignore directive for prealloc gives no reason; say why the finding does not apply (directive)")
	if n := strings.Count(stdout, "rows.go:11:2"); n != 1 {
		t.Errorf("the finding is printed %d times (package and test variant), want once:\n%s", n, stdout)
	}
}

func TestStandaloneSARIF(t *testing.T) {
	schema := sarifSchema(t)
	stdout, stderr, code := runSelf(t, copyModule(t), "-format", "sarif", "./...")
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	doc, err := jsonschema.UnmarshalJSON(strings.NewReader(stdout))
	if err != nil {
		t.Fatal(err)
	}
	if err := schema.Validate(doc); err != nil {
		t.Errorf("does not validate: %v", err)
	}
	mustContain(t, stdout, `"ruleId": "prealloc`)
	mustContain(t, stdout, `"uri": "rows.go"`)
}

func TestStandaloneRejectsBadInput(t *testing.T) {
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "go.mod"), []byte("module bad\n\ngo 1.26\n"), 0o644)
	src := "package bad\n\nfunc f() int { return \"x\" }\n"
	os.WriteFile(filepath.Join(dir, "bad.go"), []byte(src), 0o644)
	_, stderr, code := runSelf(t, dir, "-fix", "./...")
	if code != exitError {
		t.Errorf("exit %d, want %d", code, exitError)
	}
	mustContain(t, stderr, "bad.go:3:23: cannot use")
	mustContain(t, stderr, "nothing was analyzed")
	if got, _ := os.ReadFile(filepath.Join(dir, "bad.go")); string(got) != src {
		t.Error("a package that does not type-check was rewritten")
	}
	empty := t.TempDir()
	os.WriteFile(filepath.Join(empty, "go.mod"), []byte("module empty\n\ngo 1.26\n"), 0o644)
	if _, stderr, code := runSelf(t, empty, "./..."); code != exitError || !strings.Contains(stderr, "nothing was analyzed") {
		t.Errorf("no packages: exit %d, stderr %q; want an error", code, stderr)
	}
	for _, args := range [][]string{{"-format", "xml", "./..."}, {"-diff", "./..."}, {"-nosuchflag", "./..."}} {
		if _, _, code := runSelf(t, dir, args...); code != exitError {
			t.Errorf("%v: exit %d, want %d", args, code, exitError)
		}
	}
}
