// Package suite is the ordered list of hpvet's analyzers. cmd/hpvet, the
// golangci-lint plugin and nogo configurations all take it from here.
package suite

import (
	"golang.org/x/tools/go/analysis"

	"github.com/hpgo/hpgo/analyzers/allocs"
	"github.com/hpgo/hpgo/analyzers/directive"
	"github.com/hpgo/hpgo/analyzers/generic"
	"github.com/hpgo/hpgo/analyzers/hoist"
	"github.com/hpgo/hpgo/analyzers/mapmisuse"
	"github.com/hpgo/hpgo/analyzers/prealloc"
)

// Checks are the analyzers that report performance findings, in the order
// `hpvet help` lists them.
var Checks = []*analysis.Analyzer{
	prealloc.Analyzer,
	mapmisuse.Analyzer,
	allocs.Analyzer,
	hoist.Analyzer,
	generic.Analyzer,
}

// Analyzers is Checks plus the directive analyzer that validates
// //hpvet:ignore comments against the names in Checks (a test keeps
// directive.Known equal to them).
var Analyzers = append(Checks[:len(Checks):len(Checks)], directive.Analyzer)
