package prealloc_test

import (
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/hpgo/hpgo/analyzers/prealloc"
	"github.com/hpgo/hpgo/internal/analysisutil"
)

// TestFixes checks every finding in testdata/src/a and b with the default
// flags, and every fix against the .golden files. Files with findings but
// no golden file (a/nofix.go) fail the test if a fix is offered there.
// Package a also holds, off by default, the prealloc.filter cases. Every
// default fix must be one go fix may apply unattended.
func TestFixes(t *testing.T) {
	results := analysistest.RunWithSuggestedFixes(t, analysistest.TestData(), prealloc.Analyzer, "a", "b")
	var fixes int
	for _, r := range results {
		for _, d := range r.Diagnostics {
			for _, fix := range d.SuggestedFixes {
				fixes++
				if !analysisutil.AlwaysSafe(fix) {
					t.Errorf("%s: fix %q needs review", r.Pass.Fset.Position(d.Pos), fix.Message)
				}
			}
		}
	}
	if fixes == 0 {
		t.Error("no fixes in testdata/src/a")
	}
}

// TestFilter turns on -prealloc.filter and checks that its fixes are the
// only ones that need review.
func TestFilter(t *testing.T) {
	setFlag(t, prealloc.FilterFlag, "true")
	results := analysistest.RunWithSuggestedFixes(t, analysistest.TestData(), prealloc.Analyzer, "c")
	var review int
	for _, r := range results {
		for _, d := range r.Diagnostics {
			for _, fix := range d.SuggestedFixes {
				if d.Category != "filter" || analysisutil.AlwaysSafe(fix) {
					t.Errorf("%s: %s fix %q is always-safe; want review", r.Pass.Fset.Position(d.Pos), d.Category, fix.Message)
				}
				review++
			}
		}
	}
	if review == 0 {
		t.Error("no review-only fix in testdata/src/c")
	}
}

// TestTestsFlag checks that -prealloc.tests reports test helpers too.
func TestTestsFlag(t *testing.T) {
	setFlag(t, analysisutil.TestsFlag, "true")
	results := analysistest.Run(t, analysistest.TestData(), prealloc.Analyzer, "d")
	if len(results) == 0 {
		t.Fatal("no results")
	}
}

func setFlag(t *testing.T, name, value string) {
	t.Helper()
	f := prealloc.Analyzer.Flags.Lookup(name)
	old := f.Value.String()
	if err := f.Value.Set(value); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { f.Value.Set(old) })
}
