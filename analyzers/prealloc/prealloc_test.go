package prealloc_test

import (
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/hpgo/hpgo/analyzers/prealloc"
	"github.com/hpgo/hpgo/internal/analysisutil"
)

// TestFixes checks every finding in testdata/src/a and b, and every fix
// against the .golden files. Files with findings but no golden file
// (nofix.go) fail the test if a fix is offered there.
func TestFixes(t *testing.T) {
	analysistest.RunWithSuggestedFixes(t, analysistest.TestData(), prealloc.Analyzer, "a", "b")
}

// TestFixSafety checks which fixes go fix may apply unattended: only the
// upper-bound (prealloc.filter) fixes need review.
func TestFixSafety(t *testing.T) {
	results := analysistest.Run(t, analysistest.TestData(), prealloc.Analyzer, "a")
	var filter, safe int
	for _, r := range results {
		for _, d := range r.Diagnostics {
			for _, fix := range d.SuggestedFixes {
				switch {
				case d.Category == "filter" && !analysisutil.AlwaysSafe(fix):
					filter++
				case d.Category != "filter" && analysisutil.AlwaysSafe(fix):
					safe++
				default:
					t.Errorf("%s: %s fix %q: always-safe = %v", r.Pass.Fset.Position(d.Pos), d.Category, fix.Message, analysisutil.AlwaysSafe(fix))
				}
			}
		}
	}
	if filter == 0 || safe == 0 {
		t.Errorf("want both review-only and always-safe fixes in testdata/src/a; got %d and %d", filter, safe)
	}
}
