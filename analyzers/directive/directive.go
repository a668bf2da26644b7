package directive

import (
	_ "embed"
	"slices"
	"strings"

	"golang.org/x/tools/go/analysis"

	"github.com/hpgo/hpgo/internal/analysisutil"
)

//go:embed doc.go
var doc string

// Analyzer checks directives against hpvet's analyzers, for drivers that
// load analyzers by package (Bazel's nogo). The suite's tests keep Known
// equal to the names in analyzers/suite.
var Analyzer = New(Known)

// Known names hpvet's performance analyzers, the names a directive may use.
var Known = []string{"prealloc", "mapmisuse", "allocs", "hoist", "generic"}

// New returns the analyzer, checking directive names against known: the
// names of the other analyzers, and analyzer.check IDs.
func New(known []string) *analysis.Analyzer {
	known = slices.Clone(known)
	return &analysis.Analyzer{
		Name: "directive",
		Doc:  analysisutil.MustExtractDoc(doc, "directive"),
		URL:  "https://github.com/hpgo/hpgo/blob/main/docs/checks.md#directive",
		Run:  func(pass *analysis.Pass) (any, error) { return nil, run(pass, known) },
	}
}

func run(pass *analysis.Pass, known []string) error {
	for _, file := range pass.Files {
		for _, group := range file.Comments {
			for _, c := range group.List {
				d, ok := analysisutil.ParseIgnore(c.Text)
				if !ok {
					continue
				}
				switch {
				case len(d.Names) == 0:
					pass.ReportRangef(c, "hpvet:ignore directive names no analyzer; write //hpvet:ignore NAME reason")
				case d.Reason == "":
					pass.ReportRangef(c, "hpvet:ignore directive for %s gives no reason; say why the finding does not apply", strings.Join(d.Names, ","))
				}
				for _, n := range d.Names {
					if !isKnown(known, n) {
						pass.ReportRangef(c, "hpvet:ignore names unknown analyzer %q (known: %s)", n, strings.Join(known, ", "))
					}
				}
			}
		}
	}
	return nil
}

// isKnown accepts an analyzer name, or analyzer.check for a known analyzer.
func isKnown(known []string, name string) bool {
	analyzer, _, _ := strings.Cut(name, ".")
	return slices.Contains(known, analyzer)
}
