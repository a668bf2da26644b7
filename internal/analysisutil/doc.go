// Package analysisutil holds what every hpvet analyzer shares: the doc
// extraction that turns a package comment into Analyzer.Doc, and the
// Reporter that applies hpvet's reporting policy (generated files, test
// files, //hpvet:ignore directives, positions the user did not write) the
// same way under go vet, go fix, the standalone driver, golangci-lint and
// nogo.
package analysisutil
