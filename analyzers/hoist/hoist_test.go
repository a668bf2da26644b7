package hoist_test

import (
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/hpgo/hpgo/analyzers/hoist"
)

func TestHoist(t *testing.T) {
	analysistest.RunWithSuggestedFixes(t, analysistest.TestData(), hoist.Analyzer, "a")
}
