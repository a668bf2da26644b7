package hoist

import (
	_ "embed"
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/passes/buildssa"
	"golang.org/x/tools/go/ssa"

	"github.com/hpgo/hpgo/internal/analysisutil"
)

//go:embed doc.go
var doc string

// Analyzer reports work inside a loop that gives the same answer on every
// iteration and costs a hash lookup or a call.
var Analyzer = &analysis.Analyzer{
	Name:     "hoist",
	Doc:      analysisutil.MustExtractDoc(doc, "hoist"),
	URL:      "https://github.com/hpgo/hpgo/blob/main/docs/checks.md#hoist",
	Requires: []*analysis.Analyzer{buildssa.Analyzer},
	Run:      run,
}

// loadsFlag turns on the fieldchain and globalload checks, which are off by
// default: their premise did not hold on Go 1.26 (see doc.go).
var loadsFlag bool

func init() {
	analysisutil.AddTestsFlag(&Analyzer.Flags)
	Analyzer.Flags.BoolVar(&loadsFlag, "loads", false, "also report chains of two or more dependent loads (fieldchain, globalload); off by default, see the doc")
}

// A finding is one costly value that is invariant in a loop.
type finding struct {
	fn    *ssa.Function
	v     ssa.Value
	loop  *loop
	check string // maplookup, purecall, loopcond, fieldchain, globalload
	cost  string // what the callee costs, for calls
	loads int    // dependent loads, for fieldchain and globalload
	safe  bool   // cannot panic, so a fix may hoist it
}

func run(pass *analysis.Pass) (any, error) {
	ssainfo := pass.ResultOf[buildssa.Analyzer].(*buildssa.SSA)
	r := analysisutil.NewReporter(pass)
	files := make(map[*token.File]*ast.File)
	for _, f := range pass.Files {
		if r.FileWanted(f) {
			files[pass.Fset.File(f.FileStart)] = f
		}
	}
	a := &pkgState{pkg: ssainfo.Pkg, summaries: make(map[*ssa.Function]*summary)}
	// Names given to hoisted values, per top-level function, so that two
	// fixes never declare the same name.
	takenNames := make(map[ast.Node]map[string]bool)
	for _, fn := range ssainfo.SrcFuncs {
		if fn.Blocks == nil || fn.Syntax() == nil || !r.WantedIn(fn.Syntax().Pos(), fn.Syntax().End()) {
			continue
		}
		file := files[pass.Fset.File(fn.Pos())]
		if file == nil {
			continue
		}
		taken := takenNames[topDecl(file, fn.Pos())]
		if taken == nil {
			taken = make(map[string]bool)
			takenNames[topDecl(file, fn.Pos())] = taken
		}
		// One diagnostic per value and loop: later occurrences of the same
		// computation are folded into the first one's fix.
		var firsts []finding
		var diags []analysis.Diagnostic
	next:
		for _, f := range a.findings(fn) {
			for i, g := range firsts {
				if g.loop == f.loop && sameValue(g.v, f.v, 0) {
					if loc := locate(pass, file, f, taken); loc.expr != nil && len(diags[i].SuggestedFixes) == 1 {
						fix := &diags[i].SuggestedFixes[0]
						fix.TextEdits = append(fix.TextEdits, analysis.TextEdit{Pos: loc.expr.Pos(), End: loc.expr.End(), NewText: fix.TextEdits[1].NewText})
					}
					continue next
				}
			}
			if d, ok := diagnose(pass, file, f, taken); ok {
				firsts = append(firsts, f)
				diags = append(diags, d)
			}
		}
		for _, d := range diags {
			r.Report(d)
		}
	}
	return nil, nil
}

// findings returns the costly loop-invariant values of fn, each at the
// outermost loop it is invariant in and runs on every iteration of, leaving
// out values that only feed a larger finding in the same loop.
func (a *pkgState) findings(fn *ssa.Function) []finding {
	loops := findLoops(fn)
	if len(loops) == 0 || usesUnsafe(fn) {
		return nil
	}
	for _, l := range loops {
		l.benchmark = isBenchmarkLoop(l)
	}
	var out []finding
	chosen := make(map[ssa.Value]*loop)
	for _, b := range fn.Blocks {
		for _, instr := range b.Instrs {
			v, ok := instr.(ssa.Value)
			if !ok || !v.Pos().IsValid() {
				continue
			}
			f, ok := a.candidate(fn, v)
			if !ok {
				continue
			}
			for _, l := range loops { // outermost first
				if l.contains(b) && !l.benchmark && l.everyIteration(b) && a.invariant(fn, l, v) {
					f.loop = l
					if f.check == "purecall" && b == l.header {
						f.check = "loopcond"
					}
					chosen[v] = l
					out = append(out, f)
					break
				}
			}
		}
	}
	// Keep only the largest costly expression: drop a finding whose value
	// flows, through invariant values of the same loop, into another one.
	kept := out[:0]
	for _, f := range out {
		if !feedsFinding(fn, f.v, f.loop, chosen, a, 0) {
			kept = append(kept, f)
		}
	}
	return kept
}

func feedsFinding(fn *ssa.Function, v ssa.Value, l *loop, chosen map[ssa.Value]*loop, a *pkgState, depth int) bool {
	if depth > 8 || v.Referrers() == nil {
		return false
	}
	for _, ref := range *v.Referrers() {
		w, ok := ref.(ssa.Value)
		if !ok || !l.contains(ref.Block()) || !a.invariant(fn, l, w) {
			continue
		}
		if chosen[w] == l || feedsFinding(fn, w, l, chosen, a, depth+1) {
			return true
		}
	}
	return false
}

// candidate reports whether v costs enough to be worth hoisting, and how.
func (a *pkgState) candidate(fn *ssa.Function, v ssa.Value) (finding, bool) {
	f := finding{fn: fn, v: v}
	switch v := v.(type) {
	case *ssa.Lookup:
		if _, isMap := v.X.Type().Underlying().(*types.Map); isMap {
			f.check = "maplookup"
			// Hashing an interface key panics when its dynamic type is not
			// comparable: not safe to run when the loop would not have.
			f.safe = !v.CommaOk && hashNeverPanics(v.Index.Type(), 0)
			return f, true
		}
	case *ssa.UnOp:
		if v.Op != token.MUL || !loadsFlag {
			return f, false
		}
		n, global := loadChain(v, 0)
		if n < 2 {
			return f, false
		}
		f.check, f.loads = "fieldchain", n
		if global {
			f.check = "globalload"
		}
		return f, true
	case *ssa.Call:
		if v.Call.IsInvoke() {
			return f, false
		}
		callee, ok := v.Call.Value.(*ssa.Function)
		if !ok {
			return f, false
		}
		if refs := v.Referrers(); refs == nil || len(*refs) == 0 {
			// Called for its effect (no result, or the result dropped):
			// running it once instead of on every iteration is another
			// program, and there is no value to name.
			return f, false
		}
		if !shareableResult(v) {
			return f, false
		}
		if p, ok := lookupPure(callee); ok {
			if p.cheap {
				return f, false
			}
			if callee.Pkg.Pkg.Path() == "regexp" && allConst(v.Call.Args) {
				return f, false // allocs.compileloop reports constant patterns
			}
			f.check, f.cost, f.safe = "purecall", p.cost, !p.mayPanic && !isTuple(v.Type())
			return f, true
		}
		if callee.Pkg == a.pkg && callee.Blocks != nil {
			s := a.summarize(callee)
			if s.readOnly && s.costly {
				f.check, f.cost = "purecall", s.cost
				return f, true
			}
		}
	}
	return f, false
}

func isTuple(t types.Type) bool {
	_, ok := t.(*types.Tuple)
	return ok
}

// loadChain counts the dependent loads that compute v, and reports whether
// the chain starts at a package-level variable.
func loadChain(v ssa.Value, depth int) (int, bool) {
	if depth > 16 {
		return 0, false
	}
	switch v := v.(type) {
	case *ssa.UnOp:
		if v.Op == token.MUL {
			n, g := loadChain(v.X, depth+1)
			return n + 1, g
		}
	case *ssa.FieldAddr:
		return loadChain(v.X, depth+1)
	case *ssa.Field:
		return loadChain(v.X, depth+1)
	case *ssa.Global:
		return 0, true
	}
	return 0, false
}

// shareableResult reports whether hoisting the call cannot make two
// iterations share a mutable result that each used to get fresh: the result
// is a value (no pointers, slices or maps), or is only measured with len or
// cap, or is a compiled *regexp.Regexp (safe for concurrent use).
func shareableResult(call *ssa.Call) bool {
	t := call.Type()
	if tu, ok := t.(*types.Tuple); ok {
		for i := range tu.Len() {
			if !valueLike(tu.At(i).Type(), 0) {
				return onlyMeasured(call)
			}
		}
		return true
	}
	return valueLike(t, 0) || onlyMeasured(call)
}

func onlyMeasured(call *ssa.Call) bool {
	refs := call.Referrers()
	if refs == nil || len(*refs) == 0 {
		return false
	}
	for _, ref := range *refs {
		c, ok := ref.(*ssa.Call)
		if !ok {
			return false
		}
		b, ok := c.Call.Value.(*ssa.Builtin)
		if !ok || (b.Name() != "len" && b.Name() != "cap") {
			return false
		}
	}
	return true
}

func valueLike(t types.Type, depth int) bool {
	if depth > 8 {
		return false
	}
	if isNamed(t, "regexp", "Regexp") {
		return true
	}
	if p, ok := t.Underlying().(*types.Pointer); ok && isNamed(p.Elem(), "regexp", "Regexp") {
		return true
	}
	if isNamed(t, "", "error") {
		return true // errors are immutable by convention
	}
	switch u := t.Underlying().(type) {
	case *types.Basic:
		return u.Kind() != types.UnsafePointer
	case *types.Struct:
		for i := range u.NumFields() {
			if !valueLike(u.Field(i).Type(), depth+1) {
				return false
			}
		}
		return true
	case *types.Array:
		return valueLike(u.Elem(), depth+1)
	}
	return false
}

func isNamed(t types.Type, pkg, name string) bool {
	n, ok := types.Unalias(t).(*types.Named)
	if !ok || n.Obj().Name() != name {
		return false
	}
	if n.Obj().Pkg() == nil {
		return pkg == ""
	}
	return n.Obj().Pkg().Path() == pkg
}

// invariant reports whether v has the same value on every iteration of l:
// its operands are defined outside l or are themselves invariant, and
// nothing l may write can change the memory it reads.
func (a *pkgState) invariant(fn *ssa.Function, l *loop, v ssa.Value) bool {
	instr, ok := v.(ssa.Instruction)
	if !ok {
		switch v.(type) {
		case *ssa.Const, *ssa.Global, *ssa.Function, *ssa.Parameter, *ssa.FreeVar, *ssa.Builtin:
			return true
		}
		return false
	}
	if !l.contains(instr.Block()) {
		return true
	}
	if l.inv == nil {
		l.inv = make(map[ssa.Value]bool)
	}
	if r, ok := l.inv[v]; ok {
		return r
	}
	l.inv[v] = false // cycles run through phis, which vary
	r := a.computeInvariant(fn, l, v)
	l.inv[v] = r
	return r
}

func (a *pkgState) computeInvariant(fn *ssa.Function, l *loop, v ssa.Value) bool {
	ops := func(vs ...ssa.Value) bool {
		for _, x := range vs {
			if !a.invariant(fn, l, x) {
				return false
			}
		}
		return true
	}
	switch v := v.(type) {
	case *ssa.BinOp:
		return ops(v.X, v.Y)
	case *ssa.UnOp:
		switch v.Op {
		case token.ARROW:
			return false
		case token.MUL:
			return ops(v.X) && !a.loopEffects(fn, l).writesCell(pointee(v.X))
		}
		return ops(v.X)
	case *ssa.FieldAddr:
		return ops(v.X)
	case *ssa.Field:
		return ops(v.X)
	case *ssa.IndexAddr:
		return ops(v.X, v.Index)
	case *ssa.Index:
		return ops(v.X, v.Index)
	case *ssa.Extract:
		return ops(v.Tuple)
	case *ssa.ChangeType:
		return ops(v.X)
	case *ssa.ChangeInterface:
		return ops(v.X)
	case *ssa.TypeAssert:
		return ops(v.X)
	case *ssa.Slice:
		return ops(v.X) && (v.Low == nil || ops(v.Low)) && (v.High == nil || ops(v.High)) && (v.Max == nil || ops(v.Max))
	case *ssa.Convert:
		if !ops(v.X) {
			return false
		}
		// string(b) and []byte(s) copy memory: the source must not change.
		if e := elemOf(v.X.Type()); e != types.Typ[types.Invalid] && !isString(v.X.Type()) {
			if a.loopEffects(fn, l).writesCell(e) {
				return false
			}
		}
		// A conversion to a slice allocates a fresh slice each time.
		_, toSlice := v.Type().Underlying().(*types.Slice)
		return !toSlice
	case *ssa.Lookup:
		if !ops(v.X, v.Index) {
			return false
		}
		if _, isMap := v.X.Type().Underlying().(*types.Map); isMap {
			return !a.loopEffects(fn, l).writesMap(v.X.Type())
		}
		return true
	case *ssa.Call:
		if v.Call.IsInvoke() || !ops(v.Call.Args...) {
			return false
		}
		switch callee := v.Call.Value.(type) {
		case *ssa.Builtin:
			switch callee.Name() {
			case "len", "cap", "min", "max", "real", "imag", "complex":
				return true
			}
			return false
		case *ssa.Function:
			ro, r, _, _ := a.callee(&v.Call)
			return ro && !r.changedBy(a.loopEffects(fn, l)) && shareableResult(v)
		}
		return false
	}
	return false
}

// diagnose turns a finding into a diagnostic, with a fix when hoisting is
// certain to keep the program's behaviour.
func diagnose(pass *analysis.Pass, file *ast.File, f finding, taken map[string]bool) (analysis.Diagnostic, bool) {
	loc := locate(pass, file, f, taken)
	if loc.expr == nil {
		return analysis.Diagnostic{}, false // no source expression: synthetic code
	}
	expr := types.ExprString(loc.expr)
	trip := ""
	if loc.trip != "" {
		trip = " (" + loc.trip + ")"
	}
	name := loc.name
	if name == "" {
		name = "v"
	}
	hint := name + " := " + expr
	if tu, ok := f.v.Type().(*types.Tuple); ok {
		names := []string{name}
		for i := 1; i < tu.Len(); i++ {
			if isNamed(tu.At(i).Type(), "", "error") {
				names = append(names, "err")
			} else {
				names = append(names, "_")
			}
		}
		hint = strings.Join(names, ", ") + " := " + expr
	}
	var msg string
	switch f.check {
	case "maplookup":
		lk := f.v.(*ssa.Lookup)
		ix := loc.expr.(*ast.IndexExpr)
		what := "neither " + types.ExprString(ix.X) + " nor " + types.ExprString(ix.Index) + " changes"
		if _, isConst := lk.Index.(*ssa.Const); isConst {
			what = types.ExprString(ix.X) + " does not change"
		}
		if lk.CommaOk {
			hint = name + ", ok := " + expr
		}
		msg = fmt.Sprintf("%s is a map lookup on every iteration%s but %s in the loop; hoist it: %s", expr, trip, what, hint)
	case "purecall":
		msg = fmt.Sprintf("%s is called on every iteration%s but its arguments and what it reads do not change in the loop, and it %s; hoist it: %s", expr, trip, f.cost, hint)
	case "loopcond":
		msg = fmt.Sprintf("the loop condition calls %s on every iteration%s but its result does not change in the loop, and it %s; compute it once before the loop: %s", expr, trip, f.cost, hint)
	case "fieldchain", "globalload":
		msg = fmt.Sprintf("%s takes %d dependent loads on every iteration%s but no store or call in the loop can change it; hoist it: %s", expr, f.loads, trip, hint)
	}
	d := analysis.Diagnostic{
		Pos:      loc.expr.Pos(),
		End:      loc.expr.End(),
		Category: f.check,
		Message:  msg,
	}
	if fix, ok := hoistFix(pass, loc, f); ok {
		d.SuggestedFixes = []analysis.SuggestedFix{fix}
		taken[loc.name] = true
	}
	return d, true
}

// isBenchmarkLoop reports whether l is the b.N or b.Loop() loop of a
// benchmark: the work in it is repeated on purpose, to be measured.
func isBenchmarkLoop(l *loop) bool {
	for _, instr := range l.header.Instrs {
		switch in := instr.(type) {
		case *ssa.FieldAddr:
			if isTestingB(pointee(in.X)) {
				return true
			}
		case *ssa.Call:
			if recv := in.Call.Signature().Recv(); recv != nil && !in.Call.IsInvoke() && isTestingB(derefType(recv.Type())) {
				return true
			}
		}
	}
	return false
}

func isTestingB(t types.Type) bool {
	return isNamed(t, "testing", "B") || isNamed(t, "testing", "PB")
}

func derefType(t types.Type) types.Type {
	if p, ok := t.Underlying().(*types.Pointer); ok {
		return p.Elem()
	}
	return t
}

func allConst(vs []ssa.Value) bool {
	for _, v := range vs {
		if _, ok := v.(*ssa.Const); !ok {
			return false
		}
	}
	return true
}

// sameValue reports whether a and b compute the same thing from the same
// operands: the same SSA value, or instructions of the same kind over the
// same operands. Two occurrences of m[k] in one loop are the same value;
// m[k] with a k declared inside the loop is not.
func sameValue(a, b ssa.Value, depth int) bool {
	if a == b {
		return true
	}
	if depth > 8 {
		return false
	}
	same := func(x, y ssa.Value) bool { return sameValue(x, y, depth+1) }
	switch a := a.(type) {
	case *ssa.Const:
		b, ok := b.(*ssa.Const)
		return ok && types.Identical(a.Type(), b.Type()) && a.String() == b.String()
	case *ssa.Lookup:
		b, ok := b.(*ssa.Lookup)
		return ok && a.CommaOk == b.CommaOk && same(a.X, b.X) && same(a.Index, b.Index)
	case *ssa.UnOp:
		b, ok := b.(*ssa.UnOp)
		return ok && a.Op == b.Op && a.CommaOk == b.CommaOk && same(a.X, b.X)
	case *ssa.BinOp:
		b, ok := b.(*ssa.BinOp)
		return ok && a.Op == b.Op && same(a.X, b.X) && same(a.Y, b.Y)
	case *ssa.FieldAddr:
		b, ok := b.(*ssa.FieldAddr)
		return ok && a.Field == b.Field && same(a.X, b.X)
	case *ssa.Field:
		b, ok := b.(*ssa.Field)
		return ok && a.Field == b.Field && same(a.X, b.X)
	case *ssa.Call:
		b, ok := b.(*ssa.Call)
		if !ok || a.Call.IsInvoke() || b.Call.IsInvoke() || a.Call.Value != b.Call.Value || len(a.Call.Args) != len(b.Call.Args) {
			return false
		}
		for i := range a.Call.Args {
			if !same(a.Call.Args[i], b.Call.Args[i]) {
				return false
			}
		}
		return true
	}
	return false
}

// topDecl returns the top-level declaration of file that contains pos.
func topDecl(file *ast.File, pos token.Pos) ast.Node {
	for _, d := range file.Decls {
		if d.Pos() <= pos && pos < d.End() {
			return d
		}
	}
	return file
}

// hashNeverPanics reports whether hashing a map key of type t cannot panic:
// it holds no interface (or type parameter, which may be one).
func hashNeverPanics(t types.Type, depth int) bool {
	if depth > 10 {
		return false
	}
	if _, ok := types.Unalias(t).(*types.TypeParam); ok {
		return false
	}
	switch u := t.Underlying().(type) {
	case *types.Basic, *types.Pointer, *types.Chan:
		return true
	case *types.Struct:
		for i := range u.NumFields() {
			if !hashNeverPanics(u.Field(i).Type(), depth+1) {
				return false
			}
		}
		return true
	case *types.Array:
		return hashNeverPanics(u.Elem(), depth+1)
	}
	return false
}
