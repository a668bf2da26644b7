package prealloc

import (
	_ "embed"

	"golang.org/x/tools/go/analysis"

	"github.com/hpgo/hpgo/internal/analysisutil"
)

//go:embed doc.go
var doc string

// Analyzer reports nothing yet.
var Analyzer = &analysis.Analyzer{
	Name: "prealloc",
	Doc:  analysisutil.MustExtractDoc(doc, "prealloc"),
	URL:  "https://github.com/hpgo/hpgo/blob/main/docs/checks.md#prealloc",
	Run:  func(*analysis.Pass) (any, error) { return nil, nil },
}
