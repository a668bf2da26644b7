package allocs_test

import (
	"go/ast"
	"go/importer"
	"go/parser"
	"go/token"
	"go/types"
	"os"
	"slices"
	"testing"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/hpgo/hpgo/analyzers/allocs"
)

// TestAllocs checks diagnostics and fixes against the fixtures and their
// .golden files, then applies the fixbuild fixture's fixes the way a driver
// that does not prune imports does (all together, and each alone) and
// type-checks the result: a fix that leaves fmt or strings imported and
// unused fails there. The golden comparison cannot catch that, because
// analysistest prunes unused imports before comparing.
func TestAllocs(t *testing.T) {
	for _, res := range analysistest.RunWithSuggestedFixes(t, analysistest.TestData(), allocs.Analyzer, "a", "fixbuild") {
		if res.Pass.Pkg.Path() == "fixbuild" {
			fixesBuild(t, res)
		}
	}
}

func TestBoxing(t *testing.T) {
	setFlag(t, "boxing", "true")
	analysistest.Run(t, analysistest.TestData(), allocs.Analyzer, "boxing")
}

func setFlag(t *testing.T, name, value string) {
	t.Helper()
	f := allocs.Analyzer.Flags.Lookup(name)
	old := f.Value.String()
	if err := f.Value.Set(value); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { f.Value.Set(old) })
}

// TestCallees checks the one-level extension into functions called from
// loops; package a checks it stays off by default (callee_off_neg.go).
func TestCallees(t *testing.T) {
	setFlag(t, "callees", "true")
	analysistest.Run(t, analysistest.TestData(), allocs.Analyzer, "callees")
}

func TestOptIn(t *testing.T) {
	setFlag(t, "deferloop", "true")
	setFlag(t, "errorf", "true")
	setFlag(t, "compilefunc", "true")
	analysistest.RunWithSuggestedFixes(t, analysistest.TestData(), allocs.Analyzer, "optin")
}

func fixesBuild(t *testing.T, res *analysistest.Result) {
	var fixes []analysis.SuggestedFix
	for _, d := range res.Diagnostics {
		fixes = append(fixes, d.SuggestedFixes...)
	}
	if len(fixes) < 3 {
		t.Fatalf("fixbuild: %d fixes, want at least 3", len(fixes))
	}
	typecheck(t, "all fixes", res.Pass, fixes)
	for _, f := range fixes {
		typecheck(t, f.Message, res.Pass, []analysis.SuggestedFix{f})
	}
}

func typecheck(t *testing.T, name string, pass *analysis.Pass, fixes []analysis.SuggestedFix) {
	t.Helper()
	type edit struct {
		start, end int
		text       string
	}
	byFile := make(map[string][]edit)
	for _, f := range fixes {
		for _, e := range f.TextEdits {
			p := pass.Fset.Position(e.Pos)
			ed := edit{p.Offset, pass.Fset.Position(e.End).Offset, string(e.NewText)}
			if !slices.Contains(byFile[p.Filename], ed) {
				byFile[p.Filename] = append(byFile[p.Filename], ed)
			}
		}
	}
	fset := token.NewFileSet()
	var files []*ast.File
	for _, f := range pass.Files {
		filename := pass.Fset.File(f.FileStart).Name()
		src, err := os.ReadFile(filename)
		if err != nil {
			t.Fatal(err)
		}
		edits := byFile[filename]
		slices.SortFunc(edits, func(a, b edit) int { return b.start - a.start })
		for i, e := range edits {
			if i > 0 && e.end > edits[i-1].start {
				t.Fatalf("%s: overlapping edits in %s", name, filename)
			}
			src = slices.Concat(src[:e.start], []byte(e.text), src[e.end:])
		}
		af, err := parser.ParseFile(fset, filename, src, 0)
		if err != nil {
			t.Fatalf("%s: %v\n%s", name, err, src)
		}
		files = append(files, af)
	}
	conf := types.Config{Importer: importer.Default()}
	if _, err := conf.Check("fixbuild", fset, files, nil); err != nil {
		t.Errorf("%s: fixed package does not type-check: %v", name, err)
	}
}
