package main

import (
	"flag"
	"fmt"
	"io"
	"strings"

	"golang.org/x/tools/go/analysis"

	"github.com/hpgo/hpgo/internal/analysisutil"
	"github.com/hpgo/hpgo/internal/checksdoc"
	"github.com/hpgo/hpgo/internal/settings"
)

// help implements `hpvet help` (the list of analyzers with their one-line
// summaries) and `hpvet help NAME...` (an analyzer's whole doc: what it
// finds, why it is slow with the measured cost, before/after, its flags).
func help(stdout, stderr io.Writer, analyzers []*analysis.Analyzer, names []string) int {
	if len(names) == 1 && names[0] == "-markdown" {
		// docs/checks.md; see internal/checksdoc.
		if err := checksdoc.Render(stdout, analyzers); err != nil {
			fmt.Fprintf(stderr, "hpvet: %v\n", err)
			return 1
		}
		return 0
	}
	if len(names) == 0 {
		fmt.Fprint(stdout, `hpvet reports slow patterns in Go code, with the cost measured on Go 1.26
and the fix.

Usage:
	go vet -vettool=$(which hpvet) [-NAME] [-NAME.flag=value] ./...
	go fix -fixtool=$(which hpvet) ./...     (applies only always-safe fixes)
	hpvet [-fix] [-diff] [-json] [-test=false] [-tests] packages...
	hpvet annotate [-o report.html] [-profile cpu.pprof] packages...
	hpvet help NAME                           (a check's doc, cost and flags)

Analyzers (-NAME runs only the named ones, -NAME=false turns one off):
`)
		for _, a := range analyzers {
			fmt.Fprintf(stdout, "\t%-10s %s\n", a.Name, analysisutil.Title(a.Doc))
		}
		fmt.Fprint(stdout, `
Suppress one finding with a reason: //hpvet:ignore NAME[.check] why
on the reported line or the line above.
`)
		return 0
	}
	status := 0
	for _, name := range names {
		a, err := settings.Find(analyzers, name)
		if err != nil {
			fmt.Fprintf(stderr, "hpvet: no analyzer named %q; run 'hpvet help' for the list\n", name)
			status = 2
			continue
		}
		fmt.Fprintf(stdout, "%s: %s\n", a.Name, strings.TrimSpace(a.Doc))
		if a.URL != "" {
			fmt.Fprintf(stdout, "\nDocs: %s\n", a.URL)
		}
		first := true
		a.Flags.VisitAll(func(f *flag.Flag) {
			if first {
				fmt.Fprintln(stdout, "\nFlags:")
				first = false
			}
			fmt.Fprintf(stdout, "  -%s.%s\t%s (default %s)\n", a.Name, f.Name, f.Usage, f.DefValue)
		})
	}
	return status
}
