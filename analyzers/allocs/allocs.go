package allocs

import (
	_ "embed"

	"golang.org/x/tools/go/analysis"

	"github.com/hpgo/hpgo/internal/analysisutil"
)

//go:embed doc.go
var doc string

// Analyzer reports nothing yet.
var Analyzer = &analysis.Analyzer{
	Name: "allocs",
	Doc:  analysisutil.MustExtractDoc(doc, "allocs"),
	URL:  "https://github.com/hpgo/hpgo/blob/main/docs/checks.md#allocs",
	Run:  func(*analysis.Pass) (any, error) { return nil, nil },
}
