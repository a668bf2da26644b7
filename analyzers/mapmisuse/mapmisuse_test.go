package mapmisuse_test

import (
	"path/filepath"
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/hpgo/hpgo/analyzers/mapmisuse"
)

// TestDefaults runs every default-on check with its fixes against the
// .golden files.
func TestDefaults(t *testing.T) {
	analysistest.RunWithSuggestedFixes(t, analysistest.TestData(), mapmisuse.Analyzer,
		"doublelookup", "rangelookup", "rangedelete", "pointerkey", "concatkey", "denseintkey")
}

// TestOptIn runs the checks that are off by default, with their flags set.
func TestOptIn(t *testing.T) {
	setFlag(t, "boolset", "true")
	setFlag(t, "concatkey", "true")
	analysistest.Run(t, analysistest.TestData(), mapmisuse.Analyzer, "boolset", "concatflag")
}

// TestOffByDefault checks that the opt-in checks stay quiet without their
// flags: the same fixtures, no diagnostics.
func TestOffByDefault(t *testing.T) {
	setFlag(t, "denseintkey", "false")
	analysistest.Run(t, analysistest.TestData(), mapmisuse.Analyzer, "quiet")
}

func setFlag(t *testing.T, name, value string) {
	t.Helper()
	f := mapmisuse.Analyzer.Flags.Lookup(name)
	if f == nil {
		t.Fatalf("no flag -%s", name)
	}
	old := f.Value.String()
	if err := f.Value.Set(value); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { f.Value.Set(old) })
}

// TestGoVersion checks that the clear fix is not offered to a module whose
// Go version predates clear (go1.21): the golden file equals the input.
func TestGoVersion(t *testing.T) {
	analysistest.RunWithSuggestedFixes(t, filepath.Join(analysistest.TestData(), "go120"), mapmisuse.Analyzer, "./...")
}
