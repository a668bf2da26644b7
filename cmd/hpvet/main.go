// Command hpvet reports slow patterns in Go code: loop-invariant work,
// avoidable allocations, map misuse, appends without preallocation. Each
// finding says what it costs on Go 1.26 and how to fix it.
//
// One binary serves every way Go engineers run analyzers:
//
//	go vet -vettool=$(which hpvet) ./...      # the unitchecker .cfg protocol
//	go fix -fixtool=$(which hpvet) ./...      # applies only always-safe fixes
//	hpvet [-fix] [-diff] [-format text|json|sarif] ./...  # standalone
//	hpvet help [NAME]                         # the checks, with before/after and cost
//	hpvet annotate [-o report.html] ./pkg     # the cython -a view for Go
package main

import (
	"flag"
	"os"
	"slices"
	"strconv"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/unitchecker"

	"github.com/hpgo/hpgo/analyzers/suite"
	"github.com/hpgo/hpgo/internal/analysisutil"
)

func main() {
	analyzers := suite.Analyzers
	if len(os.Args) > 1 {
		switch os.Args[1] {
		case "help":
			os.Exit(help(os.Stdout, os.Stderr, analyzers, os.Args[2:]))
		case "annotate":
			os.Exit(annotateMain(os.Args[2:]))
		}
	}
	if fixMode(os.Args[1:]) {
		analyzers = safeFixesOnly(analyzers)
	}
	if vetProtocol(os.Args[1:]) {
		// go vet and go fix: -V=full, -flags, then one unit.cfg per package.
		flag.Var(&testsFlag{analyzers}, analysisutil.TestsFlag, testsUsage)
		unitchecker.Main(analyzers...)
		return
	}
	os.Exit(standalone(os.Args[1:], analyzers, os.Stdout, os.Stderr))
}

const testsUsage = "also report in _test.go files outside Benchmark functions (sets -NAME.tests for every analyzer)"

// vetProtocol reports whether hpvet was started by go vet or go fix: they
// ask for -V=full and -flags, then pass one .cfg file per package.
func vetProtocol(args []string) bool {
	for _, arg := range args {
		name, _, _ := strings.Cut(strings.TrimLeft(arg, "-"), "=")
		if strings.HasSuffix(arg, ".cfg") || strings.HasPrefix(arg, "-") && (name == "V" || name == "flags") {
			return true
		}
	}
	return false
}

// fixMode reports whether the arguments ask for fixes to be applied, as
// `go fix -fixtool`, `go vet -fix` and `hpvet -fix` do.
func fixMode(args []string) bool {
	for _, arg := range args {
		if arg == "--" {
			break
		}
		name, value, hasValue := strings.Cut(strings.TrimLeft(arg, "-"), "=")
		if !strings.HasPrefix(arg, "-") || name != "fix" {
			continue
		}
		if !hasValue {
			return true
		}
		b, err := strconv.ParseBool(value)
		return err == nil && b
	}
	return false
}

// safeFixesOnly wraps each analyzer so that suggested fixes marked with
// analysisutil.NeedsReview are dropped: applying fixes unattended must
// never need a person to check the result. The diagnostics themselves are
// kept, so -json and -diff still show them.
func safeFixesOnly(analyzers []*analysis.Analyzer) []*analysis.Analyzer {
	out := make([]*analysis.Analyzer, len(analyzers))
	for i, a := range analyzers {
		wrapped := *a
		run := a.Run
		wrapped.Run = func(pass *analysis.Pass) (any, error) {
			report := pass.Report
			pass.Report = func(d analysis.Diagnostic) {
				d.SuggestedFixes = slices.DeleteFunc(slices.Clone(d.SuggestedFixes), func(f analysis.SuggestedFix) bool {
					return !analysisutil.AlwaysSafe(f)
				})
				report(d)
			}
			return run(pass)
		}
		out[i] = &wrapped
	}
	return out
}

// testsFlag is hpvet's -tests: one switch for every analyzer's -NAME.tests.
type testsFlag struct{ analyzers []*analysis.Analyzer }

func (f *testsFlag) String() string   { return "false" }
func (f *testsFlag) IsBoolFlag() bool { return true }
func (f *testsFlag) Set(s string) error {
	if _, err := strconv.ParseBool(s); err != nil {
		return err
	}
	for _, a := range f.analyzers {
		if a.Flags.Lookup(analysisutil.TestsFlag) != nil {
			if err := a.Flags.Set(analysisutil.TestsFlag, s); err != nil {
				return err
			}
		}
	}
	return nil
}
