package main

import (
	"cmp"
	"errors"
	"flag"
	"fmt"
	"go/token"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/checker"
	"golang.org/x/tools/go/packages"

	"github.com/hpgo/hpgo/internal/fixapply"
	"github.com/hpgo/hpgo/internal/vetload"
)

// exit codes of the standalone driver, as x/tools' checker uses them.
const (
	exitOK       = 0
	exitError    = 1 // the packages could not be loaded or type-checked, or a flag is bad
	exitFindings = 3 // findings were reported
)

// options are the standalone driver's flags.
type options struct {
	fix, diff, tests, loadTests bool
	format                      string
	configPath                  string
	enabled                     map[string]*triState
}

// standalone runs hpvet on package patterns without go vet: it loads the
// packages itself, so it can print findings in several formats, apply
// fixes safely, and read .hpvet.yaml.
func standalone(args []string, analyzers []*analysis.Analyzer, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("hpvet", flag.ContinueOnError)
	fs.SetOutput(stderr)
	var opts options
	var jsonFlag bool
	fs.BoolVar(&opts.fix, "fix", false, "apply the always-safe suggested fixes")
	fs.BoolVar(&opts.diff, "diff", false, "with -fix, print the changes as a unified diff instead of writing them")
	fs.BoolVar(&jsonFlag, "json", false, "same as -format json")
	fs.StringVar(&opts.format, "format", "text", "output format: text, json (the x/tools shape) or sarif (SARIF 2.1.0)")
	fs.BoolVar(&opts.loadTests, "test", true, "load test packages too (Benchmark functions are checked; see -tests)")
	fs.BoolVar(&opts.tests, "tests", false, testsUsage)
	fs.StringVar(&opts.configPath, "config", "", "configuration file (default: the nearest .hpvet.yaml above the working directory)")
	opts.enabled = make(map[string]*triState)
	for _, a := range analyzers {
		ts := new(triState)
		opts.enabled[a.Name] = ts
		fs.Var(ts, a.Name, "enable the "+a.Name+" analyzer (-"+a.Name+"=false disables it)")
		a.Flags.VisitAll(func(f *flag.Flag) {
			fs.Var(f.Value, a.Name+"."+f.Name, f.Usage)
		})
	}
	fs.Usage = func() {
		fmt.Fprintf(stderr, "usage: hpvet [flags] packages...\n\nRun 'hpvet help' for the analyzers. Flags:\n")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return exitOK
		}
		return exitError
	}
	if jsonFlag {
		opts.format = "json"
	}
	switch opts.format {
	case "text", "json", "sarif":
	default:
		fmt.Fprintf(stderr, "hpvet: -format %q: want text, json or sarif\n", opts.format)
		return exitError
	}
	if opts.diff && !opts.fix {
		fmt.Fprintln(stderr, "hpvet: -diff requires -fix")
		return exitError
	}
	if fs.NArg() == 0 {
		fs.Usage()
		return exitError
	}

	cfg, err := loadConfig(opts.configPath)
	if err != nil {
		fmt.Fprintf(stderr, "hpvet: %v\n", err)
		return exitError
	}
	if err := cfg.apply(analyzers, fs); err != nil {
		fmt.Fprintf(stderr, "hpvet: %v\n", err)
		return exitError
	}
	if opts.tests {
		(&testsFlag{analyzers}).Set("true")
	}
	selected := selectAnalyzers(analyzers, opts.enabled, cfg)

	pkgs, err := packages.Load(&packages.Config{
		Mode:  vetload.Mode(selected),
		Tests: opts.loadTests,
	}, fs.Args()...)
	if err != nil {
		fmt.Fprintf(stderr, "hpvet: %v\n", err)
		return exitError
	}
	if len(pkgs) == 0 {
		fmt.Fprintf(stderr, "hpvet: no packages matched %s; nothing was analyzed\n", strings.Join(fs.Args(), " "))
		return exitError
	}
	if n := printLoadErrors(stderr, pkgs); n > 0 {
		fmt.Fprintf(stderr, "hpvet: %d error(s) loading packages; fix them first, nothing was analyzed\n", n)
		return exitError
	}
	graph, err := checker.Analyze(selected, vetload.Analyzable(pkgs), nil)
	if err != nil {
		fmt.Fprintf(stderr, "hpvet: %v\n", err)
		return exitError
	}
	if opts.format == "json" {
		if err := graph.PrintJSON(stdout); err != nil {
			fmt.Fprintf(stderr, "hpvet: %v\n", err)
			return exitError
		}
		return exitOK
	}
	findings, errs := collect(graph, cfg)
	for _, err := range errs {
		fmt.Fprintf(stderr, "hpvet: %v\n", err)
	}
	if len(errs) > 0 {
		return exitError
	}
	if opts.fix {
		return applyFixes(findings, opts.diff, stdout, stderr)
	}
	if opts.format == "sarif" {
		if err := writeSARIF(stdout, selected, findings); err != nil {
			fmt.Fprintf(stderr, "hpvet: %v\n", err)
			return exitError
		}
		return exitOK
	}
	cwd, _ := os.Getwd()
	for _, f := range findings {
		fmt.Fprintf(stdout, "%s: %s (%s)\n", relPosition(cwd, f.Posn), f.Message, f.Analyzer.Name)
	}
	if len(findings) > 0 {
		return exitFindings
	}
	return exitOK
}

// A finding is one diagnostic, with its position resolved, deduplicated
// across a package and its test variant.
type finding struct {
	Analyzer *analysis.Analyzer
	Fset     *token.FileSet
	Posn     token.Position
	End      token.Position
	analysis.Diagnostic
}

func collect(graph *checker.Graph, cfg *config) (findings []finding, errs []error) {
	type key struct {
		posn     token.Position
		analyzer string
		message  string
	}
	seen := make(map[key]bool)
	for _, act := range graph.Roots {
		if act.Err != nil {
			errs = append(errs, fmt.Errorf("%s: %s: %v", act.Package.ID, act.Analyzer.Name, act.Err))
			continue
		}
		fset := act.Package.Fset
		for _, d := range act.Diagnostics {
			posn := fset.Position(d.Pos)
			k := key{posn, act.Analyzer.Name, d.Message}
			if seen[k] || cfg.skipped(posn.Filename) {
				continue
			}
			seen[k] = true
			end := posn
			if d.End.IsValid() {
				end = fset.Position(d.End)
			}
			findings = append(findings, finding{Analyzer: act.Analyzer, Fset: fset, Posn: posn, End: end, Diagnostic: d})
		}
	}
	slices.SortFunc(findings, func(a, b finding) int {
		return cmp.Or(
			cmp.Compare(a.Posn.Filename, b.Posn.Filename),
			cmp.Compare(a.Posn.Offset, b.Posn.Offset),
			cmp.Compare(a.Analyzer.Name, b.Analyzer.Name),
			cmp.Compare(a.Message, b.Message))
	})
	return findings, errs
}

// applyFixes applies the first fix of each finding (the analyzers were
// wrapped so that only always-safe fixes remain), or prints the diff.
func applyFixes(findings []finding, diff bool, stdout, stderr io.Writer) int {
	set := fixapply.NewSet()
	unfixed := 0
	for _, f := range findings {
		if len(f.SuggestedFixes) == 0 {
			unfixed++
			continue
		}
		if err := set.Add(f.Fset, f.SuggestedFixes[0]); err != nil {
			fmt.Fprintf(stderr, "hpvet: %v\n", err)
			return exitError
		}
	}
	for _, msg := range set.Skipped {
		fmt.Fprintf(stderr, "hpvet: skipped fix %q: it overlaps another fix; run again to apply it\n", msg)
	}
	if diff {
		for _, name := range set.Files() {
			before, after, err := set.Result(name)
			if err == nil {
				err = fixapply.Unified(stdout, name, before, after)
			}
			if err != nil {
				fmt.Fprintf(stderr, "hpvet: %v\n", err)
				return exitError
			}
		}
		return exitOK
	}
	n, err := set.WriteAll()
	if err != nil {
		fmt.Fprintf(stderr, "hpvet: %v\n", err)
		return exitError
	}
	fmt.Fprintf(stderr, "hpvet: applied %d fix(es) in %d file(s); %d finding(s) have no always-safe fix\n", set.Accepted, n, unfixed)
	return exitOK
}

func printLoadErrors(w io.Writer, pkgs []*packages.Package) int {
	seen := make(map[string]bool)
	packages.Visit(pkgs, nil, func(p *packages.Package) {
		for _, err := range p.Errors {
			if msg := err.Error(); !seen[msg] {
				seen[msg] = true
				fmt.Fprintln(w, msg)
			}
		}
	})
	return len(seen)
}

func relPosition(cwd string, p token.Position) string {
	if rel, err := filepath.Rel(cwd, p.Filename); err == nil && !strings.HasPrefix(rel, "..") {
		p.Filename = rel
	}
	return p.String()
}

// selectAnalyzers applies -NAME flags and then the config file: if any
// -NAME flag is true only those run; otherwise -NAME=false ones are dropped,
// and the config's "analyzers: {NAME: false}" entries are honoured unless a
// flag said otherwise.
func selectAnalyzers(all []*analysis.Analyzer, enabled map[string]*triState, cfg *config) []*analysis.Analyzer {
	var anyTrue bool
	for _, ts := range enabled {
		anyTrue = anyTrue || *ts == setTrue
	}
	var out []*analysis.Analyzer
	for _, a := range all {
		switch ts := *enabled[a.Name]; {
		case anyTrue && ts != setTrue, ts == setFalse:
			continue
		case ts == unset && cfg.disabled(a.Name):
			continue
		}
		out = append(out, a)
	}
	return out
}

// triState is a bool flag that remembers whether it was set.
type triState int

const (
	unset triState = iota
	setTrue
	setFalse
)

func (ts *triState) IsBoolFlag() bool { return true }
func (ts *triState) String() string {
	switch *ts {
	case setTrue:
		return "true"
	case setFalse:
		return "false"
	}
	return "unset"
}
func (ts *triState) Set(s string) error {
	b, err := strconv.ParseBool(s)
	if err != nil {
		return fmt.Errorf("want true or false")
	}
	*ts = map[bool]triState{true: setTrue, false: setFalse}[b]
	return nil
}
