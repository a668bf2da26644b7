// Package vetload is what hpvet's in-process drivers (standalone hpvet and
// hpvet annotate) share about loading packages for the analyzers: how much
// to load, and which loaded packages to analyze.
package vetload

import (
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/packages"
)

// Mode is the go/packages load mode the analyzers need: syntax for the
// named packages, and for every dependency too when an analyzer (or one it
// requires: hoist needs buildssa, which needs ctrlflow's facts) uses facts.
func Mode(analyzers []*analysis.Analyzer) packages.LoadMode {
	if NeedFacts(analyzers) {
		return packages.LoadAllSyntax
	}
	return packages.LoadSyntax
}

// NeedFacts reports whether any analyzer, or one it requires, uses facts.
func NeedFacts(analyzers []*analysis.Analyzer) bool {
	seen := make(map[*analysis.Analyzer]bool)
	var visit func([]*analysis.Analyzer) bool
	visit = func(as []*analysis.Analyzer) bool {
		for _, a := range as {
			if seen[a] {
				continue
			}
			seen[a] = true
			if len(a.FactTypes) > 0 || visit(a.Requires) {
				return true
			}
		}
		return false
	}
	return visit(analyzers)
}

// IsTestMain reports whether p is the main package go test generates for a
// package's tests: generated code, which the analyzers never report in.
func IsTestMain(p *packages.Package) bool {
	return p.Name == "main" && strings.HasSuffix(p.PkgPath, ".test")
}

// Analyzable is pkgs without the generated test mains.
func Analyzable(pkgs []*packages.Package) []*packages.Package {
	out := make([]*packages.Package, 0, len(pkgs))
	for _, p := range pkgs {
		if !IsTestMain(p) {
			out = append(out, p)
		}
	}
	return out
}
