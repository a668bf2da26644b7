package hoist_test

import (
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/hpgo/hpgo/analyzers/hoist"
)

func TestHoist(t *testing.T) {
	analysistest.RunWithSuggestedFixes(t, analysistest.TestData(), hoist.Analyzer, "a")
}

// TestLoads runs the fieldchain and globalload checks, off by default.
func TestLoads(t *testing.T) {
	if err := hoist.Analyzer.Flags.Set("loads", "true"); err != nil {
		t.Fatal(err)
	}
	defer hoist.Analyzer.Flags.Set("loads", "false")
	analysistest.Run(t, analysistest.TestData(), hoist.Analyzer, "loads")
}
