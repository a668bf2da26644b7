package annotate

import (
	"fmt"
	"go/token"
	"os"
	"strconv"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/checker"
	"golang.org/x/tools/go/packages"

	"github.com/hpgo/hpgo/internal/vetload"
)

// loaded is what loading and analyzing the packages produced.
type loaded struct {
	files    map[string]string   // absolute path → import path
	sources  map[string][]string // absolute path → lines
	findings map[pos][]Finding
	warnings []string // analyzer failures; the report is still useful without them
}

// loadAndVet loads the packages with go/packages and runs the analyzers
// over them in process, the way `hpvet` standalone does.
func loadAndVet(o *options, analyzers []*analysis.Analyzer) (*loaded, error) {
	cfg := &packages.Config{Mode: vetload.Mode(analyzers), Tests: o.test, Dir: o.dir}
	if o.tags != "" {
		cfg.BuildFlags = []string{"-tags", o.tags}
	}
	pkgs, err := packages.Load(cfg, o.patterns...)
	if err != nil {
		return nil, err
	}
	if len(pkgs) == 0 {
		return nil, fmt.Errorf("no packages match %s", strings.Join(o.patterns, " "))
	}
	out := &loaded{files: map[string]string{}, sources: map[string][]string{}, findings: map[pos][]Finding{}}
	var roots []*packages.Package
	for _, p := range pkgs {
		for _, e := range p.Errors {
			// The build reports the same errors in the compiler's words;
			// here they only mean the package cannot be analyzed.
			out.warnings = append(out.warnings, e.Error())
		}
		if vetload.IsTestMain(p) {
			continue
		}
		roots = append(roots, p)
		for _, f := range p.GoFiles {
			if _, seen := out.files[f]; seen {
				continue
			}
			out.files[f] = p.PkgPath
			data, err := os.ReadFile(f)
			if err != nil {
				return nil, err
			}
			out.sources[f] = strings.Split(strings.TrimSuffix(string(data), "\n"), "\n")
		}
	}
	if len(out.warnings) > 0 || len(analyzers) == 0 {
		return out, nil
	}
	graph, err := checker.Analyze(analyzers, roots, nil)
	if err != nil {
		out.warnings = append(out.warnings, err.Error())
		return out, nil
	}
	seen := map[string]bool{}
	for _, act := range graph.Roots {
		if act.Err != nil {
			out.warnings = append(out.warnings, fmt.Sprintf("%s on %s: %v", act.Analyzer.Name, act.Package.PkgPath, act.Err))
			continue
		}
		fset := act.Package.Fset
		for _, d := range act.Diagnostics {
			p := fset.Position(d.Pos)
			key := p.Filename + ":" + strconv.Itoa(p.Line) + ":" + strconv.Itoa(p.Column) + ":" + d.Message
			if seen[key] {
				continue // the package and its test variant report it twice
			}
			seen[key] = true
			check := act.Analyzer.Name
			if d.Category != "" {
				check += "." + d.Category
			}
			f := Finding{Check: check, Message: d.Message, URL: d.URL}
			for _, sf := range d.SuggestedFixes {
				f.Fixes = append(f.Fixes, fixOf(fset, sf, out.sources))
			}
			at := pos{File: p.Filename, Line: p.Line}
			out.findings[at] = append(out.findings[at], f)
		}
	}
	return out, nil
}

// fixOf shows a suggested fix as the text each edit replaces and inserts.
func fixOf(fset *token.FileSet, sf analysis.SuggestedFix, sources map[string][]string) Fix {
	fix := Fix{Message: sf.Message}
	for _, e := range sf.TextEdits {
		start := fset.Position(e.Pos)
		end := start
		if e.End.IsValid() {
			end = fset.Position(e.End)
		}
		fix.Edits = append(fix.Edits, Edit{Line: start.Line, Old: sliceText(sources[start.Filename], start, end), New: string(e.NewText)})
	}
	return fix
}

// sliceText returns the source between two positions of the same file.
func sliceText(lines []string, start, end token.Position) string {
	if start.Line < 1 || end.Line > len(lines) || end.Line < start.Line {
		return ""
	}
	var b strings.Builder
	for n := start.Line; n <= end.Line; n++ {
		l := lines[n-1]
		from, to := 0, len(l)
		if n == start.Line {
			from = min(start.Column-1, len(l))
		}
		if n == end.Line {
			to = min(end.Column-1, len(l))
		}
		if from < to {
			b.WriteString(l[from:to])
		}
		if n != end.Line {
			b.WriteByte('\n')
		}
	}
	return b.String()
}
