package allocs_test

import (
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/hpgo/hpgo/analyzers/allocs"
)

func TestAllocs(t *testing.T) {
	analysistest.RunWithSuggestedFixes(t, analysistest.TestData(), allocs.Analyzer, "a")
}

func TestBoxing(t *testing.T) {
	setFlag(t, "boxing", "true")
	analysistest.Run(t, analysistest.TestData(), allocs.Analyzer, "boxing")
}

// TestBoxingOff checks the boxing check is off by default: the boxing
// fixture's expectations then fail, which analysistest reports through
// the fake testing.T.
func TestBoxingOff(t *testing.T) {
	ft := new(fakeT)
	analysistest.Run(ft, analysistest.TestData(), allocs.Analyzer, "boxing")
	if !ft.failed {
		t.Error("boxing diagnostics reported without -allocs.boxing")
	}
}

type fakeT struct{ failed bool }

func (f *fakeT) Errorf(string, ...any) { f.failed = true }

func setFlag(t *testing.T, name, value string) {
	t.Helper()
	f := allocs.Analyzer.Flags.Lookup(name)
	old := f.Value.String()
	if err := f.Value.Set(value); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { f.Value.Set(old) })
}

func TestOptIn(t *testing.T) {
	setFlag(t, "deferloop", "true")
	setFlag(t, "errorf", "true")
	analysistest.RunWithSuggestedFixes(t, analysistest.TestData(), allocs.Analyzer, "optin")
}
