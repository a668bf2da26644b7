package hoist

import (
	_ "embed"

	"golang.org/x/tools/go/analysis"

	"github.com/hpgo/hpgo/internal/analysisutil"
)

//go:embed doc.go
var doc string

// Analyzer reports nothing yet.
var Analyzer = &analysis.Analyzer{
	Name: "hoist",
	Doc:  analysisutil.MustExtractDoc(doc, "hoist"),
	URL:  "https://github.com/hpgo/hpgo/blob/main/docs/checks.md#hoist",
	Run:  func(*analysis.Pass) (any, error) { return nil, nil },
}
