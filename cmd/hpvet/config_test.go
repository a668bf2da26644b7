package main

import (
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis"
)

func testAnalyzers() []*analysis.Analyzer {
	a := &analysis.Analyzer{Name: "prealloc", Doc: "d", Run: func(*analysis.Pass) (any, error) { return nil, nil }}
	a.Flags.Bool("tests", false, "")
	b := &analysis.Analyzer{Name: "hoist", Doc: "d", Run: a.Run}
	return []*analysis.Analyzer{a, b}
}

func TestConfigErrorsNameTheLine(t *testing.T) {
	for _, tc := range []struct{ yaml, want string }{
		{"analyzers:\n  hoistt: false\n", `.hpvet.yaml:2: unknown analyzer "hoistt"`},
		{"analyzers:\n  hoist: maybe\n", `.hpvet.yaml:2: analyzers.hoist: want true or false`},
		{"flags:\n  prealloc:\n    nosuch: 1\n", `.hpvet.yaml:3: analyzer prealloc has no setting "nosuch" (known: tests)`},
		{"flags:\n  hoist:\n    x: 1\n", `.hpvet.yaml:3: analyzer hoist has no setting "x" (it has none)`},
		{"flags:\n  prealloc:\n    tests: notabool\n", `.hpvet.yaml:3: prealloc.tests:`},
		{"skipp: []\n", `.hpvet.yaml:1: unknown key "skipp"`},
		{"skip: notalist\n", `.hpvet.yaml:1: skip: want a list of file globs`},
		{"analyzers: [1\n", `.hpvet.yaml: yaml: line 1:`},
		{"- 1\n", `.hpvet.yaml:1: want a mapping`},
	} {
		c, err := parseConfig(".hpvet.yaml", []byte(tc.yaml))
		if err == nil {
			err = c.apply(testAnalyzers(), flag.NewFlagSet("x", flag.ContinueOnError))
		}
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("config %q: error %v, want it to contain %q", tc.yaml, err, tc.want)
		}
	}
}

func TestConfigApplies(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, ".hpvet.yaml")
	os.WriteFile(path, []byte("analyzers:\n  hoist: false\nflags:\n  prealloc:\n    tests: true\nskip:\n  - internal/legacy/**\n  - \"**/*_string.go\"\n"), 0o644)
	c, err := loadConfig(path)
	if err != nil {
		t.Fatal(err)
	}
	as := testAnalyzers()
	if err := c.apply(as, flag.NewFlagSet("x", flag.ContinueOnError)); err != nil {
		t.Fatal(err)
	}
	if got := as[0].Flags.Lookup("tests").Value.String(); got != "true" {
		t.Errorf("prealloc.tests = %s, want true", got)
	}
	enabled := map[string]*triState{"prealloc": new(triState), "hoist": new(triState)}
	if sel := selectAnalyzers(as, enabled, c); len(sel) != 1 || sel[0].Name != "prealloc" {
		t.Errorf("selected %v, want only prealloc", sel)
	}
	*enabled["hoist"] = setTrue // the command line wins over the file
	if sel := selectAnalyzers(as, enabled, c); len(sel) != 1 || sel[0].Name != "hoist" {
		t.Errorf("with -hoist selected %v, want only hoist", sel)
	}
	for file, want := range map[string]bool{
		"internal/legacy/a.go":     true,
		"internal/legacy/x/y/b.go": true,
		"internal/legacyx/a.go":    false,
		"color_string.go":          true,
		"pkg/color_string.go":      true,
		"pkg/color.go":             false,
	} {
		if got := c.skipped(filepath.Join(dir, file)); got != want {
			t.Errorf("skipped(%s) = %v, want %v", file, got, want)
		}
	}
}

func TestMissingConfigIsAnError(t *testing.T) {
	if _, err := loadConfig(filepath.Join(t.TempDir(), "none.yaml")); err == nil || !strings.Contains(err.Error(), "does not exist") {
		t.Errorf("err = %v", err)
	}
}

// FuzzParseConfig checks that no .hpvet.yaml, however malformed, panics the
// parser or the check against the analyzers, and that every error names the
// file.
func FuzzParseConfig(f *testing.F) {
	for _, s := range []string{
		"analyzers:\n  hoist: false\n",
		"flags:\n  prealloc:\n    tests: true\n",
		"skip:\n  - '**/*_gen.go'\n  - 'internal/[a-z]*/x.go'\n",
		"a: &x {b: 1}\nanalyzers: *x\n",
		"analyzers:\n  <<: {hoist: false}\n",
		"---\n...\n",
		"skip: ['[', '\\\\']\n",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, data string) {
		c, err := parseConfig(".hpvet.yaml", []byte(data))
		if err == nil {
			err = c.apply(testAnalyzers(), flag.NewFlagSet("x", flag.ContinueOnError))
			if err == nil {
				c.skipped("a/b/c.go") // the compiled globs must be usable
			}
		}
		if err != nil && !strings.HasPrefix(err.Error(), ".hpvet.yaml") {
			t.Errorf("error does not name the file: %v", err)
		}
	})
}
