package golangci

import (
	"encoding/json"
	"github.com/hpgo/hpgo/internal/testfs"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// TestGolangciLintE2E builds golangci-lint v2.15.0 with this plugin blank-
// imported (testdata/gcl, the program `golangci-lint custom` generates),
// runs it with docs/.golangci.yml on the hpvet fixture module, and checks
// the findings and a --fix run. It downloads and compiles golangci-lint,
// which takes minutes, so it runs only with HPGO_GOLANGCI=1
// (`make test-golangci`, which CI runs).
func TestGolangciLintE2E(t *testing.T) {
	if os.Getenv("HPGO_GOLANGCI") != "1" {
		t.Skip("set HPGO_GOLANGCI=1 (make test-golangci) to build golangci-lint with the plugin")
	}
	bin := filepath.Join(t.TempDir(), "golangci-lint-hpvet")
	build := exec.Command("go", "build", "-o", bin, ".")
	build.Dir = filepath.Join("testdata", "gcl")
	build.Env = append(os.Environ(), "GOFLAGS=-mod=mod", "GOWORK=off")
	if out, err := build.CombinedOutput(); err != nil {
		t.Fatalf("building golangci-lint with the plugin: %v\n%s", err, out)
	}
	config, err := filepath.Abs(filepath.Join("..", "..", "docs", ".golangci.yml"))
	if err != nil {
		t.Fatal(err)
	}
	mod := testfs.CopyDir(t, filepath.Join("..", "..", "testdata", "vetmod"))

	run := func(args ...string) string {
		cmd := exec.Command(bin, append([]string{"run", "--config", config, "--output.text.print-issued-lines=false"}, args...)...)
		cmd.Dir = mod
		cmd.Env = append(os.Environ(), "GOWORK=off", "GOFLAGS=")
		out, _ := cmd.CombinedOutput()
		return string(out)
	}
	out := run("./...")
	for _, want := range []string{"rows.go:11:2: prealloc: ids grows by append", "(hpvet)", "bad_directive.go:3:1: directive: hpvet:ignore directive for prealloc gives no reason"} {
		if !strings.Contains(out, want) {
			t.Errorf("golangci-lint output lacks %q:\n%s", want, out)
		}
	}
	for _, not := range []string{"zgen.go", "rows_test.go"} {
		if strings.Contains(out, not) {
			t.Errorf("golangci-lint reported in %s:\n%s", not, out)
		}
	}
	// What editors run: VS Code's golangci-lint-v2 lint tool and
	// golangci-lint-langserver (Neovim, Helix) both ask for JSON on stdout
	// and read Issues[].{FromLinter,Text,Pos}.
	cmd := exec.Command(bin, "run", "--config", config, "--output.json.path=stdout", "--show-stats=false", "--issues-exit-code=0", "./...")
	cmd.Dir = mod
	cmd.Env = append(os.Environ(), "GOWORK=off", "GOFLAGS=")
	jsonOut, err := cmd.Output()
	if err != nil {
		t.Fatalf("editor-style run: %v\n%s", err, jsonOut)
	}
	var report struct {
		Issues []struct {
			FromLinter string
			Text       string
			Pos        struct {
				Filename     string
				Line, Column int
			}
		}
	}
	if err := json.Unmarshal(jsonOut, &report); err != nil {
		t.Fatalf("editor-style run printed no JSON: %v\n%s", err, jsonOut)
	}
	var sawPrealloc bool
	for _, is := range report.Issues {
		if is.FromLinter == "hpvet" && strings.HasSuffix(is.Pos.Filename, "rows.go") && is.Pos.Line == 11 && strings.Contains(is.Text, "grows by append") {
			sawPrealloc = true
		}
	}
	if !sawPrealloc {
		t.Errorf("JSON issues lack the prealloc finding at rows.go:11:\n%s", jsonOut)
	}

	run("--fix", "./...")
	fixed, err := os.ReadFile(filepath.Join(mod, "rows.go"))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(fixed), "ids := make([]int, 0, len(rows))\n\tfor _, r := range rows {") {
		t.Errorf("--fix did not preallocate:\n%s", fixed)
	}
}
