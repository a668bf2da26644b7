package analysisutil_test

import (
	"go/ast"
	"testing"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/analysistest"
	"golang.org/x/tools/go/analysis/passes/inspect"
	"golang.org/x/tools/go/ast/inspector"

	"github.com/hpgo/hpgo/internal/analysisutil"
)

// callReporter reports every call through a Reporter, so the fixtures show
// exactly which positions the policy lets through.
func callReporter() *analysis.Analyzer {
	a := &analysis.Analyzer{
		Name:     "testcheck",
		Doc:      "report every call",
		Requires: []*analysis.Analyzer{inspect.Analyzer},
	}
	analysisutil.AddTestsFlag(&a.Flags)
	a.Run = func(pass *analysis.Pass) (any, error) {
		r := analysisutil.NewReporter(pass)
		ins := pass.ResultOf[inspect.Analyzer].(*inspector.Inspector)
		ins.Preorder([]ast.Node{(*ast.CallExpr)(nil)}, func(n ast.Node) {
			r.Reportf(n, "call", "call")
		})
		return nil, nil
	}
	return a
}

func TestReporterPolicy(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), callReporter(), "p")
}

func TestReporterTestsFlag(t *testing.T) {
	a := callReporter()
	if err := a.Flags.Set(analysisutil.TestsFlag, "true"); err != nil {
		t.Fatal(err)
	}
	analysistest.Run(t, analysistest.TestData(), a, "ptests")
}

func TestParseIgnore(t *testing.T) {
	for _, tc := range []struct {
		text   string
		ok     bool
		names  int
		reason string
	}{
		{"//hpvet:ignore prealloc small", true, 1, "small"},
		{"//hpvet:ignore a,b.c two reasons words", true, 2, "two reasons words"},
		{"//hpvet:ignore", true, 0, ""},
		{"//hpvet:ignore prealloc", true, 1, ""},
		{"//hpvet:ignore prealloc // want `x`", true, 1, ""},
		{"//hpvet:ignored x y", false, 0, ""},
		{"// hpvet:ignore x y", false, 0, ""},
	} {
		d, ok := analysisutil.ParseIgnore(tc.text)
		if ok != tc.ok || len(d.Names) != tc.names || d.Reason != tc.reason {
			t.Errorf("ParseIgnore(%q) = %+v, %v; want %d names, reason %q, ok %v", tc.text, d, ok, tc.names, tc.reason, tc.ok)
		}
	}
}

func TestExtractDoc(t *testing.T) {
	const src = "// Package x does x.\n//\n// # Analyzer x\n//\n// x: find the thing\n//\n// More.\npackage x\n"
	doc, err := analysisutil.ExtractDoc(src, "x")
	if err != nil || doc != "find the thing\n\nMore." {
		t.Errorf("ExtractDoc = %q, %v", doc, err)
	}
	if analysisutil.Title(doc) != "find the thing" {
		t.Errorf("Title = %q", analysisutil.Title(doc))
	}
	if _, err := analysisutil.ExtractDoc(src, "y"); err == nil {
		t.Error("ExtractDoc for a missing section: no error")
	}
	if _, err := analysisutil.ExtractDoc("package x\n", "x"); err == nil {
		t.Error("ExtractDoc without a doc comment: no error")
	}
}

func TestNeedsReview(t *testing.T) {
	fix := analysis.SuggestedFix{Message: "preallocate"}
	if !analysisutil.AlwaysSafe(fix) {
		t.Error("a plain fix is not always-safe")
	}
	marked := analysisutil.NeedsReview(analysisutil.NeedsReview(fix))
	if analysisutil.AlwaysSafe(marked) {
		t.Error("a NeedsReview fix is always-safe")
	}
	if marked.Message != "preallocate (review before applying)" {
		t.Errorf("message %q", marked.Message)
	}
}
