package analysisutil

import (
	"flag"
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"slices"
	"strings"

	"golang.org/x/tools/go/analysis"
)

// TestsFlag is the name of the per-analyzer flag that turns on diagnostics
// in _test.go files outside Benchmark functions (-<analyzer>.tests).
const TestsFlag = "tests"

// AddTestsFlag declares the TestsFlag on an analyzer's flag set. Call it from
// the analyzer package's init. The default (false) is what hpvet wants in CI:
// performance advice for test helpers is noise, but Benchmark bodies are
// measured code and stay checked.
func AddTestsFlag(fs *flag.FlagSet) {
	fs.Bool(TestsFlag, false, "also report in _test.go files outside Benchmark functions")
}

// A Reporter applies hpvet's reporting policy for one pass. Every analyzer
// reports through one, so the policy holds under every driver:
//
//   - nothing in generated files (ast.IsGenerated);
//   - nothing in _test.go files except inside the timed loop of a Benchmark
//     function (for b.Loop(), for i := 0; i < b.N; i++, for range b.N, for
//     pb.Next()): benchmark setup is not measured, and test helpers are not
//     hot; the analyzer's -tests flag turns every test line on;
//   - nothing at positions the user did not write: invalid positions, and
//     positions that //line directives map into another file;
//   - nothing suppressed by an //hpvet:ignore directive on the same line or
//     the line above.
type Reporter struct {
	pass  *analysis.Pass
	tests bool
	files map[*token.File]*fileInfo
}

type fileInfo struct {
	generated bool
	test      bool
	timed     []ast.Node // the timed loops of Benchmark functions in a _test.go file
	ignores   map[int][]string
}

// NewReporter prepares a Reporter for pass. It reads each file's comments
// once, so create one per pass, not per diagnostic.
func NewReporter(pass *analysis.Pass) *Reporter {
	r := &Reporter{pass: pass, files: make(map[*token.File]*fileInfo, len(pass.Files))}
	if f := pass.Analyzer.Flags.Lookup(TestsFlag); f != nil {
		r.tests = f.Value.String() == "true"
	}
	for _, file := range pass.Files {
		tf := pass.Fset.File(file.FileStart)
		if tf == nil {
			continue
		}
		info := &fileInfo{
			generated: ast.IsGenerated(file),
			test:      strings.HasSuffix(tf.Name(), "_test.go"),
		}
		if info.test {
			for _, decl := range file.Decls {
				if fn, ok := decl.(*ast.FuncDecl); ok && fn.Recv == nil && fn.Body != nil && IsBenchmarkName(fn.Name.Name) {
					info.timed = append(info.timed, timedLoops(pass.TypesInfo, fn.Body)...)
				}
			}
		}
		for _, group := range file.Comments {
			for _, c := range group.List {
				d, ok := ParseIgnore(c.Text)
				if !ok {
					continue
				}
				if info.ignores == nil {
					info.ignores = make(map[int][]string)
				}
				line := tf.Line(c.Slash)
				info.ignores[line] = append(info.ignores[line], d.Names...)
			}
		}
		r.files[tf] = info
	}
	return r
}

// IsBenchmarkName reports whether name is a benchmark function's name in the
// sense of the testing package: Benchmark followed by nothing or by a
// character that is not a lower-case letter.
func IsBenchmarkName(name string) bool {
	rest, ok := strings.CutPrefix(name, "Benchmark")
	return ok && (rest == "" || !('a' <= rest[0] && rest[0] <= 'z'))
}

// FileWanted reports whether any diagnostic in file could be reported.
// Analyzers use it to skip the work for generated files and for test files
// that have no Benchmark functions.
func (r *Reporter) FileWanted(file *ast.File) bool {
	info := r.files[r.pass.Fset.File(file.FileStart)]
	if info == nil || info.generated {
		return false
	}
	return !info.test || r.tests || len(info.timed) > 0
}

// Wanted reports whether a diagnostic at pos would be reported, before any
// //hpvet:ignore directive is considered.
func (r *Reporter) Wanted(pos token.Pos) bool {
	if !pos.IsValid() {
		return false
	}
	tf := r.pass.Fset.File(pos)
	info := r.files[tf]
	if info == nil || info.generated {
		return false // not one of this package's files, or generated
	}
	// A //line directive maps the position to code the user did not write
	// here (cgo output, goyacc, templates).
	if p := r.pass.Fset.PositionFor(pos, true); p.Filename != tf.Name() {
		return false
	}
	if info.test && !r.tests {
		for _, l := range info.timed {
			if l.Pos() <= pos && pos < l.End() {
				return true
			}
		}
		return false
	}
	return true
}

// timedLoops returns the loops in a benchmark body whose iterations are
// what the benchmark measures: their header mentions b.N, b.Loop or
// pb.Next, with b a *testing.B and pb a *testing.PB (sub-benchmarks and
// RunParallel bodies included).
func timedLoops(info *types.Info, body *ast.BlockStmt) []ast.Node {
	var loops []ast.Node
	ast.Inspect(body, func(n ast.Node) bool {
		var header ast.Node
		switch l := n.(type) {
		case *ast.ForStmt:
			header = l.Cond
		case *ast.RangeStmt:
			header = l.X
		default:
			return true
		}
		if header == nil {
			return true // for { ... }: no header to time it by
		}
		timed := false
		ast.Inspect(header, func(m ast.Node) bool {
			sel, ok := m.(*ast.SelectorExpr)
			if !ok || info == nil {
				return !timed
			}
			switch sel.Sel.Name {
			case "N", "Loop":
				timed = timed || IsTestingType(info.TypeOf(sel.X), "B")
			case "Next":
				timed = timed || IsTestingType(info.TypeOf(sel.X), "PB")
			}
			return !timed
		})
		if timed {
			loops = append(loops, n)
			return false // an inner loop is inside this one already
		}
		return true
	})
	return loops
}

// IsTestingType reports whether t is *testing.X or testing.X for one of
// the names (B, PB, T, F, TB, ...).
func IsTestingType(t types.Type, names ...string) bool {
	if t == nil {
		return false
	}
	if p, ok := t.(*types.Pointer); ok {
		t = p.Elem()
	}
	n, ok := types.Unalias(t).(*types.Named)
	if !ok || n.Obj().Pkg() == nil || n.Obj().Pkg().Path() != "testing" {
		return false
	}
	return slices.Contains(names, n.Obj().Name())
}

// WantedIn reports whether a diagnostic anywhere in [from, to) could be
// reported, so that an analyzer can skip a function (a Benchmark's setup is
// not wanted, but its timed loop is).
func (r *Reporter) WantedIn(from, to token.Pos) bool {
	if r.Wanted(from) {
		return true
	}
	info := r.files[r.pass.Fset.File(from)]
	if info == nil || info.generated || !info.test || r.tests {
		return false
	}
	for _, l := range info.timed {
		if l.Pos() < to && from < l.End() {
			return true
		}
	}
	return false
}

// Suppressed reports whether an //hpvet:ignore directive on the line of pos,
// or on the line above, names the analyzer or the check.
func (r *Reporter) Suppressed(pos token.Pos, check string) bool {
	tf := r.pass.Fset.File(pos)
	info := r.files[tf]
	if info == nil || info.ignores == nil {
		return false
	}
	line := tf.Line(pos)
	name := r.pass.Analyzer.Name
	for _, l := range []int{line, line - 1} {
		for _, n := range info.ignores[l] {
			if n == name || (check != "" && n == name+"."+check) {
				return true
			}
		}
	}
	return false
}

// Report reports d unless the policy above filters it out. d.Category names
// the check within the analyzer (for example "doublelookup"); it becomes the
// suffix of the check's stable ID, analyzer.check.
func (r *Reporter) Report(d analysis.Diagnostic) {
	if !r.Wanted(d.Pos) || r.Suppressed(d.Pos, d.Category) {
		return
	}
	if d.URL == "" {
		// Left empty, the drivers would link to the analyzer's URL with
		// its anchor replaced by the category, an anchor docs/checks.md
		// does not have.
		d.URL = CheckURL(r.pass.Analyzer, d.Category)
	}
	r.pass.Report(d)
}

// CheckURL is the doc anchor of a check: the analyzer's URL, with the
// check's own anchor (#analyzer.check) when there is one.
func CheckURL(a *analysis.Analyzer, check string) string {
	if check == "" || !strings.Contains(a.URL, "#") {
		return a.URL
	}
	return a.URL + "." + check
}

// Reportf reports a diagnostic without fixes for check at node.
func (r *Reporter) Reportf(node analysis.Range, check, format string, args ...any) {
	r.Report(analysis.Diagnostic{
		Pos:      node.Pos(),
		End:      node.End(),
		Category: check,
		Message:  fmt.Sprintf(format, args...),
	})
}
