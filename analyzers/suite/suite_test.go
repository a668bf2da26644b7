package suite_test

import (
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
	"unicode"

	"golang.org/x/tools/go/analysis"

	"github.com/hpgo/hpgo/analyzers/directive"
	"github.com/hpgo/hpgo/analyzers/suite"
	"github.com/hpgo/hpgo/internal/analysisutil"
)

// TestDocs checks the one-line summary `hpvet help`, `go vet help` and
// gopls show: lowercase, no final period, short enough for one line.
func TestDocs(t *testing.T) {
	for _, a := range suite.Analyzers {
		title := analysisutil.Title(a.Doc)
		switch {
		case title == "":
			t.Errorf("%s: empty doc title", a.Name)
		case unicode.IsUpper([]rune(title)[0]):
			t.Errorf("%s: doc title %q starts with an upper-case letter", a.Name, title)
		case strings.HasSuffix(title, "."):
			t.Errorf("%s: doc title %q ends with a period", a.Name, title)
		case len(title) > 72:
			t.Errorf("%s: doc title is %d bytes; keep it under 72", a.Name, len(title))
		case strings.Contains(title, "\n"):
			t.Errorf("%s: doc title %q spans lines", a.Name, title)
		}
		if want := "#" + a.Name; !strings.HasSuffix(a.URL, want) {
			t.Errorf("%s: URL %q does not end in the doc anchor %q", a.Name, a.URL, want)
		}
	}
}

// TestChecksHaveEvidence checks that every performance analyzer keeps what
// the project promises for it: fixtures with both findings and non-findings,
// a premise benchmark showing the cost it claims, and that cost quoted in
// its doc.
func TestChecksHaveEvidence(t *testing.T) {
	want := regexp.MustCompile(`// want `)
	for _, a := range suite.Checks {
		dir := filepath.Join("..", a.Name)
		var positive, negative bool
		filepath.WalkDir(filepath.Join(dir, "testdata", "src"), func(path string, d os.DirEntry, err error) error {
			if err != nil || d.IsDir() || !strings.HasSuffix(path, ".go") {
				return nil
			}
			data, _ := os.ReadFile(path)
			if want.Match(data) {
				positive = true
			}
			if strings.Contains(filepath.Base(path), "neg") {
				negative = true
			}
			return nil
		})
		if !positive {
			t.Errorf("%s: no fixture under testdata/src has a // want expectation", a.Name)
		}
		if !negative {
			t.Errorf("%s: no negative fixture (a testdata/src/**/*neg*.go file of code that must not be reported)", a.Name)
		}
		premise, err := os.ReadFile(filepath.Join(dir, "premise_test.go"))
		if err != nil || !strings.Contains(string(premise), "func Benchmark") {
			t.Errorf("%s: no premise benchmark (func Benchmark... in premise_test.go)", a.Name)
		}
		if !regexp.MustCompile(`\d+(\.\d+)? ?(ns|µs|ms|B|allocs?|x)\b`).MatchString(a.Doc) {
			t.Errorf("%s: doc quotes no measured cost (ns, B, allocs or a ratio)", a.Name)
		}
	}
}

// TestNames checks names are valid flag prefixes and unique.
func TestNames(t *testing.T) {
	if err := analysis.Validate(suite.Analyzers); err != nil {
		t.Fatal(err)
	}
	for _, a := range suite.Analyzers {
		if !regexp.MustCompile(`^[a-z][a-z0-9]*$`).MatchString(a.Name) {
			t.Errorf("analyzer name %q is not a lowercase identifier", a.Name)
		}
	}
}

// TestDirectiveKnowsEveryCheck keeps directive.Known, which nogo users get
// with directive.Analyzer, equal to the suite.
func TestDirectiveKnowsEveryCheck(t *testing.T) {
	var names []string
	for _, a := range suite.Checks {
		names = append(names, a.Name)
	}
	if !slices.Equal(names, directive.Known) {
		t.Errorf("directive.Known = %v, want %v", directive.Known, names)
	}
}

// TestNogoReady checks what Bazel's nogo and golangci-lint's cache rely on:
// no analyzer exports facts (so results need no cross-package state) and
// every flag has a default that works.
func TestNogoReady(t *testing.T) {
	// Facts that pay for themselves, with the reason.
	factsAllowed := map[string]string{
		"generic": "a generic function is usually instantiated in another package of the module; the fact carries its loop calls there",
	}
	for _, a := range suite.Analyzers {
		if len(a.FactTypes) > 0 && factsAllowed[a.Name] == "" {
			t.Errorf("%s declares fact types %v; hpvet analyzers stay fact-free unless a fact pays for itself", a.Name, a.FactTypes)
		}
		if a.Run == nil {
			t.Errorf("%s has no Run", a.Name)
		}
	}
}
