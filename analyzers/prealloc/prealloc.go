package prealloc

import (
	"bytes"
	_ "embed"
	"fmt"
	"go/ast"
	"go/constant"
	"go/printer"
	"go/token"
	"go/types"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/types/typeutil"

	"github.com/hpgo/hpgo/internal/analysisutil"
)

//go:embed doc.go
var doc string

// Analyzer reports slices and maps filled in a loop of known trip count
// that were created without a capacity or size hint.
var Analyzer = &analysis.Analyzer{
	Name: "prealloc",
	Doc:  analysisutil.MustExtractDoc(doc, "prealloc"),
	URL:  "https://github.com/hpgo/hpgo/blob/main/docs/checks.md#prealloc",
	Run:  run,
}

// FilterFlag names the flag (-prealloc.filter) that turns on the
// prealloc.filter check: conditional appends, with the ranged length as an
// upper bound. It is off by default because most such findings in the
// standard library were not worth a patch (docs/results/prealloc.md).
const FilterFlag = "filter"

func init() {
	analysisutil.AddTestsFlag(&Analyzer.Flags)
	Analyzer.Flags.Bool(FilterFlag, false, "also report conditional appends in a range loop, with the ranged length as an upper bound (fix needs review)")
}

func run(pass *analysis.Pass) (any, error) {
	r := analysisutil.NewReporter(pass)
	filter, tests := false, false
	if f := pass.Analyzer.Flags.Lookup(FilterFlag); f != nil {
		filter = f.Value.String() == "true"
	}
	if f := pass.Analyzer.Flags.Lookup(analysisutil.TestsFlag); f != nil {
		tests = f.Value.String() == "true"
	}
	for _, file := range pass.Files {
		if !r.FileWanted(file) {
			continue
		}
		for _, decl := range file.Decls {
			// Each top-level declaration is one unit for the use
			// analysis: a variable local to it is never visible outside.
			var body ast.Node
			switch d := decl.(type) {
			case *ast.FuncDecl:
				if d.Body == nil {
					continue
				}
				body = d.Body
			case *ast.GenDecl:
				body = d // package-level func literals
			}
			c := newChecker(pass, r, body)
			c.filter = filter
			// In a benchmark only the timed loop is measured: setup code
			// is not worth a patch, and a benchmark that fills a map in
			// its timed loop may be measuring exactly that growth.
			c.timedOnly = !tests && strings.HasSuffix(pass.Fset.File(file.FileStart).Name(), "_test.go")
			c.checkBlocks()
		}
	}
	return nil, nil
}

// A checker examines one top-level declaration.
type checker struct {
	pass      *analysis.Pass
	r         *analysisutil.Reporter
	root      ast.Node
	parent    map[ast.Node]ast.Node
	uses      map[types.Object][]*ast.Ident
	filter    bool // report conditional appends (FilterFlag)
	timedOnly bool // report only inside a benchmark's timed loop
}

func newChecker(pass *analysis.Pass, r *analysisutil.Reporter, root ast.Node) *checker {
	c := &checker{
		pass:   pass,
		r:      r,
		root:   root,
		parent: make(map[ast.Node]ast.Node),
		uses:   make(map[types.Object][]*ast.Ident),
	}
	var stack []ast.Node
	ast.Inspect(root, func(n ast.Node) bool {
		if n == nil {
			stack = stack[:len(stack)-1]
			return true
		}
		if len(stack) > 0 {
			c.parent[n] = stack[len(stack)-1]
		}
		stack = append(stack, n)
		if id, ok := n.(*ast.Ident); ok {
			if obj := pass.TypesInfo.Uses[id]; obj != nil {
				c.uses[obj] = append(c.uses[obj], id)
			}
		}
		return true
	})
	return c
}

// checkBlocks looks at every statement list for a declaration followed by
// the loop that fills it.
func (c *checker) checkBlocks() {
	ast.Inspect(c.root, func(n ast.Node) bool {
		var list []ast.Stmt
		switch n := n.(type) {
		case *ast.BlockStmt:
			list = n.List
		case *ast.CaseClause:
			list = n.Body
		case *ast.CommClause:
			list = n.Body
		default:
			return true
		}
		for i, stmt := range list {
			if t := c.target(stmt); t != nil {
				c.checkTarget(t, list[i+1:])
			}
		}
		return true
	})
}

// A target is a local slice or map created empty without a capacity.
type target struct {
	obj      *types.Var
	isMap    bool
	nilStart bool     // var s []T: nil until the first append
	decl     ast.Stmt // the declaring statement
	value    ast.Expr // the initial value to replace; nil for var s []T
	typ      ast.Expr // the type as written
}

func (c *checker) target(stmt ast.Stmt) *target {
	info := c.pass.TypesInfo
	var (
		name  *ast.Ident
		typ   ast.Expr
		value ast.Expr
	)
	switch s := stmt.(type) {
	case *ast.DeclStmt:
		gd, ok := s.Decl.(*ast.GenDecl)
		if !ok || gd.Tok != token.VAR || len(gd.Specs) != 1 {
			return nil
		}
		spec := gd.Specs[0].(*ast.ValueSpec)
		if len(spec.Names) != 1 || len(spec.Values) > 1 {
			return nil
		}
		name, typ = spec.Names[0], spec.Type
		if len(spec.Values) == 1 {
			value = spec.Values[0]
		}
	case *ast.AssignStmt:
		if s.Tok != token.DEFINE || len(s.Lhs) != 1 || len(s.Rhs) != 1 {
			return nil
		}
		name, _ = s.Lhs[0].(*ast.Ident)
		value = s.Rhs[0]
	default:
		return nil
	}
	if name == nil || name.Name == "_" {
		return nil
	}
	obj, ok := info.Defs[name].(*types.Var)
	if !ok {
		return nil
	}
	t := &target{obj: obj, decl: stmt, value: value}
	switch obj.Type().Underlying().(type) {
	case *types.Slice:
	case *types.Map:
		t.isMap = true
	default:
		return nil
	}
	if value == nil {
		if t.isMap {
			return nil // a nil map cannot be filled
		}
		t.nilStart, t.typ = true, typ
		return t
	}
	switch v := ast.Unparen(value).(type) {
	case *ast.CompositeLit:
		if len(v.Elts) != 0 || v.Type == nil {
			return nil
		}
		t.typ = v.Type
	case *ast.CallExpr:
		if !c.isBuiltin(v.Fun, "make") || v.Ellipsis.IsValid() {
			return nil
		}
		switch {
		case len(v.Args) == 1 && t.isMap:
		case len(v.Args) == 2 && isZero(info, v.Args[1]):
			// make([]T, 0) or make(map[K]V, 0)
		default:
			return nil // has a length, capacity or size hint already
		}
		t.typ = v.Args[0]
	default:
		return nil
	}
	if !types.Identical(info.TypeOf(t.typ), obj.Type()) {
		return nil
	}
	return t
}

// checkTarget finds the loop after t's declaration that fills it.
func (c *checker) checkTarget(t *target, after []ast.Stmt) {
	// The first later statement that mentions the variable must be the
	// loop; statements before it (between) must not touch the variable.
	var loop ast.Stmt
	var label *types.Label
	var between []ast.Stmt
	for i, s := range after {
		if !c.mentions(s, t.obj) {
			continue
		}
		loop, between = s, after[:i]
		break
	}
	if ls, ok := loop.(*ast.LabeledStmt); ok {
		label, _ = c.pass.TypesInfo.Defs[ls.Label].(*types.Label)
		loop = ls.Stmt
	}
	var body *ast.BlockStmt
	var trip *tripCount
	switch l := loop.(type) {
	case *ast.RangeStmt:
		if c.mentions(l.X, t.obj) || c.mentionsIdent(l.Key, t.obj) || c.mentionsIdent(l.Value, t.obj) {
			return
		}
		trip = c.rangeTrip(l)
		body = l.Body
	case *ast.ForStmt:
		if c.mentions(l.Init, t.obj) || c.mentions(l.Cond, t.obj) || c.mentions(l.Post, t.obj) {
			return
		}
		trip = c.countedTrip(l)
		body = l.Body
	default:
		return
	}
	if trip == nil {
		return
	}

	// Every use of the variable inside the loop is an append/insert site
	// or a read that leaves it alone.
	sites := make(map[ast.Stmt]bool)
	for _, id := range c.uses[t.obj] {
		if id.Pos() < loop.Pos() || id.Pos() >= loop.End() {
			continue
		}
		if c.inFuncLit(id, loop) {
			return // a closure could keep or change it
		}
		if site := c.site(t, id); site != nil {
			sites[site] = true
			continue
		}
		if !c.readOnly(t, id) {
			return
		}
	}
	if len(sites) == 0 {
		return
	}

	// Count the sites on each path through one iteration.
	f := &flow{c: c, sites: sites, label: label}
	end := f.stmts(body.List, state{live: true})
	if f.fail {
		return
	}
	per := merge(append(f.exits, end)...)
	if !per.live || per.hi != 1 {
		return // several per iteration, or none, or every path panics
	}
	exact := per.lo == 1
	check := "slice"
	switch {
	case t.isMap:
		if !exact {
			return // a conditional insert: the final size is unknown
		}
		check = "map"
	case !exact:
		if !c.filter || !trip.rangedLen {
			return // an upper bound is only worth it if it is a length
		}
		check = "filter"
	}

	// Statements after the loop: more appends make the count wrong;
	// anything that could see nil versus empty forbids the fix.
	nilSafe := true
	for _, id := range c.uses[t.obj] {
		if id.Pos() < loop.End() {
			continue
		}
		if c.site(t, id) != nil || c.appendedTo(id) {
			return // filled again later: the estimate would be short
		}
		if t.nilStart && !c.nilInsensitive(id) {
			nilSafe = false
		}
	}

	if c.timedOnly && !c.inTimedLoop(t.decl) {
		return
	}

	name := t.obj.Name()
	typ := c.text(t.typ)
	upTo := ""
	if !exact || !trip.exact {
		upTo = "up to "
	}
	var msg, repl string
	if t.isMap {
		repl = fmt.Sprintf("make(%s, %s)", typ, trip.text)
		msg = fmt.Sprintf("%s grows by insert in a loop of %s%s iterations, rehashing as it grows; preallocate: %s", name, upTo, trip.text, repl)
	} else {
		repl = fmt.Sprintf("make(%s, 0, %s)", typ, trip.text)
		msg = fmt.Sprintf("%s grows by append in a loop of %s%s iterations, reallocating and copying as it grows; preallocate: %s", name, upTo, trip.text, repl)
	}
	if !nilSafe {
		// No fix: say why, so a person applying it by hand checks.
		msg += fmt.Sprintf(" (%s is nil when the loop adds nothing; no fix offered because later code may tell nil from empty)", name)
	}
	d := analysis.Diagnostic{
		Pos:      t.decl.Pos(),
		End:      t.decl.End(),
		Category: check,
		Message:  msg,
	}
	if nilSafe && (t.isMap || trip.nonNeg) && c.movable(trip, t.decl, between) {
		fix := analysis.SuggestedFix{Message: "preallocate " + name + " with " + repl}
		if t.value == nil {
			fix.TextEdits = []analysis.TextEdit{{Pos: t.decl.Pos(), End: t.decl.End(), NewText: []byte(name + " := " + repl)}}
		} else {
			fix.TextEdits = []analysis.TextEdit{{Pos: t.value.Pos(), End: t.value.End(), NewText: []byte(repl)}}
		}
		if check == "filter" {
			// Behaviour is the same, but memory is traded for speed: a
			// person should judge how many elements usually pass.
			fix = analysisutil.NeedsReview(fix)
		}
		d.SuggestedFixes = []analysis.SuggestedFix{fix}
	}
	c.r.Report(d)
}

// A tripCount is the number of iterations of a loop, known before it
// starts.
type tripCount struct {
	text      string     // Go expression for the count
	exact     bool       // the count is exact (false: an upper bound)
	rangedLen bool       // the count is the length of what is ranged over
	nonNeg    bool       // provably >= 0, so make cannot panic
	exprs     []ast.Expr // the source expressions text is built from
}

func (c *checker) rangeTrip(l *ast.RangeStmt) *tripCount {
	info := c.pass.TypesInfo
	x := l.X
	typ := coreType(info.TypeOf(x))
	if typ == nil {
		return nil
	}
	if p, ok := typ.(*types.Pointer); ok {
		typ = coreType(p.Elem())
		if _, ok := typ.(*types.Array); !ok {
			return nil
		}
	}
	t := &tripCount{exact: true, rangedLen: true, nonNeg: true}
	switch typ := typ.(type) {
	case *types.Slice, *types.Map:
	case *types.Array:
		if !c.simple(x) {
			t.text = fmt.Sprint(typ.Len())
			return t
		}
	case *types.Basic:
		switch {
		case typ.Info()&types.IsString != 0:
			t.exact = false // runes, at most one per byte
		case typ.Info()&types.IsInteger != 0:
			// range n: n iterations, and n may be negative.
			if !c.simple(x) || c.mentionsLoopVars(x, l) {
				return nil
			}
			t.text, t.rangedLen = c.text(x), false
			t.nonNeg = c.nonNeg(x)
			t.exprs = []ast.Expr{x}
			return t
		default:
			return nil
		}
	default:
		return nil // channels, functions: unknown count
	}
	if !c.simple(x) {
		return nil
	}
	if _, ok := typ.(*types.Map); ok && c.changedIn(x, l.Body) {
		return nil // inserting into or deleting from the ranged map
	}
	t.text = "len(" + c.text(x) + ")"
	t.exprs = []ast.Expr{x}
	return t
}

// countedTrip handles for i := a; i < b; i++ with a bound b that does not
// change in the loop.
func (c *checker) countedTrip(l *ast.ForStmt) *tripCount {
	info := c.pass.TypesInfo
	init, ok := l.Init.(*ast.AssignStmt)
	if !ok || init.Tok != token.DEFINE || len(init.Lhs) != 1 || len(init.Rhs) != 1 {
		return nil
	}
	iv, _ := init.Lhs[0].(*ast.Ident)
	if iv == nil {
		return nil
	}
	i, _ := info.Defs[iv].(*types.Var)
	if i == nil || !isInteger(i.Type()) {
		return nil
	}
	a := init.Rhs[0]
	cond, ok := ast.Unparen(l.Cond).(*ast.BinaryExpr)
	if !ok {
		return nil
	}
	var b ast.Expr
	var inclusive bool
	switch {
	case c.isVar(cond.X, i) && (cond.Op == token.LSS || cond.Op == token.LEQ):
		b, inclusive = cond.Y, cond.Op == token.LEQ
	case c.isVar(cond.Y, i) && (cond.Op == token.GTR || cond.Op == token.GEQ):
		b, inclusive = cond.X, cond.Op == token.GEQ
	default:
		return nil
	}
	switch p := l.Post.(type) {
	case *ast.IncDecStmt:
		if p.Tok != token.INC || !c.isVar(p.X, i) {
			return nil
		}
	case *ast.AssignStmt:
		if p.Tok != token.ADD_ASSIGN || len(p.Lhs) != 1 || !c.isVar(p.Lhs[0], i) || !isConst(info, p.Rhs[0], 1) {
			return nil
		}
	default:
		return nil
	}
	if !c.simple(a) || !c.simple(b) || c.mentions(b, i) {
		return nil
	}
	// i changes only in the post statement; b not at all.
	for _, id := range c.uses[i] {
		if id.Pos() >= l.Body.Pos() && id.Pos() < l.Body.End() && c.written(id) {
			return nil
		}
	}
	if !c.stableIn(b, l) {
		return nil
	}
	t := &tripCount{exact: true, exprs: []ast.Expr{a, b}}
	av, bv := info.Types[a].Value, info.Types[b].Value
	if av != nil && bv != nil {
		n, ok := constant.Int64Val(constant.BinaryOp(bv, token.SUB, av))
		if !ok {
			return nil
		}
		if inclusive {
			n++
		}
		if n <= 0 {
			return nil
		}
		t.text, t.nonNeg = fmt.Sprint(n), true
		return t
	}
	bt := c.text(b)
	if av != nil && constant.Sign(av) == 0 {
		t.text, t.nonNeg = bt, c.nonNeg(b)
	} else {
		at := c.text(a)
		if _, ok := ast.Unparen(a).(*ast.BinaryExpr); ok {
			at = "(" + at + ")"
		}
		t.text = bt + "-" + at
	}
	if inclusive {
		t.text += "+1"
		// b+1 overflows for b = max int: the loop would never end, so a
		// terminating loop has b < max, and b >= 0 still gives b+1 > 0.
	}
	return t
}

// inTimedLoop reports whether n is inside the timed loop of a benchmark:
// for b.Loop(), for i := 0; i < b.N; i++, or for range b.N, with b a
// *testing.B.
func (c *checker) inTimedLoop(n ast.Node) bool {
	for p := c.parent[n]; p != nil; p = c.parent[p] {
		var header ast.Node
		switch l := p.(type) {
		case *ast.ForStmt:
			header = l.Cond
		case *ast.RangeStmt:
			header = l.X
		default:
			continue
		}
		timed := false
		ast.Inspect(header, func(m ast.Node) bool {
			if sel, ok := m.(*ast.SelectorExpr); ok && (sel.Sel.Name == "N" || sel.Sel.Name == "Loop") && isTestingB(c.pass.TypesInfo.TypeOf(sel.X)) {
				timed = true
			}
			return !timed
		})
		if timed {
			return true
		}
	}
	return false
}

func isTestingB(t types.Type) bool {
	p, ok := types.Unalias(t).(*types.Pointer)
	if !ok {
		return false
	}
	named, ok := types.Unalias(p.Elem()).(*types.Named)
	return ok && named.Obj().Pkg() != nil && named.Obj().Pkg().Path() == "testing" && named.Obj().Name() == "B"
}

// -- the iteration flow --

// A state describes the paths reaching a point in the loop body: how many
// append sites they have passed, at least and at most.
type state struct {
	live   bool
	lo, hi int
}

func merge(ss ...state) state {
	var out state
	for _, s := range ss {
		switch {
		case !s.live:
		case !out.live:
			out = s
		default:
			out.lo, out.hi = min(out.lo, s.lo), max(out.hi, s.hi)
		}
	}
	return out
}

// flow counts append sites on the paths through one loop iteration and
// fails on any jump out of the loop.
type flow struct {
	c      *checker
	sites  map[ast.Stmt]bool
	label  *types.Label // the loop's label, if any
	exits  []state      // states at continue statements
	breaks []*breakable // enclosing switch and select statements
	fail   bool
}

type breakable struct {
	label *types.Label
	exits []state
}

func (f *flow) stmts(list []ast.Stmt, in state) state {
	for _, s := range list {
		if f.fail {
			return state{}
		}
		in = f.stmt(s, nil, in)
	}
	return in
}

func (f *flow) stmt(s ast.Stmt, label *types.Label, in state) state {
	if !in.live {
		// Unreachable code still must not jump out or hold a site.
		if f.jumpsOut(s) || f.hasSite(s) {
			f.fail = true
		}
		return in
	}
	switch s := s.(type) {
	case *ast.AssignStmt:
		if f.sites[s] {
			in.lo++
			in.hi++
		}
		return in
	case *ast.ExprStmt:
		if call, ok := ast.Unparen(s.X).(*ast.CallExpr); ok && f.c.isBuiltin(call.Fun, "panic") {
			return state{}
		}
		return in
	case *ast.DeclStmt, *ast.IncDecStmt, *ast.SendStmt, *ast.GoStmt, *ast.DeferStmt, *ast.EmptyStmt:
		return in
	case *ast.BlockStmt:
		return f.stmts(s.List, in)
	case *ast.LabeledStmt:
		l, _ := f.c.pass.TypesInfo.Defs[s.Label].(*types.Label)
		return f.stmt(s.Stmt, l, in)
	case *ast.IfStmt:
		then := f.stmts(s.Body.List, in)
		els := in
		if s.Else != nil {
			els = f.stmt(s.Else, nil, in)
		}
		return merge(then, els)
	case *ast.SwitchStmt:
		return f.clauses(s.Body, label, in, true)
	case *ast.TypeSwitchStmt:
		return f.clauses(s.Body, label, in, true)
	case *ast.SelectStmt:
		return f.clauses(s.Body, label, in, false)
	case *ast.ForStmt, *ast.RangeStmt:
		// A nested loop may run any number of times: it must hold no
		// site and must not leave the outer loop.
		if f.hasSite(s) || f.jumpsOut(s) {
			f.fail = true
		}
		return in
	case *ast.BranchStmt:
		switch s.Tok {
		case token.CONTINUE:
			if s.Label == nil || f.c.pass.TypesInfo.Uses[s.Label] == f.label {
				f.exits = append(f.exits, in)
				return state{}
			}
		case token.BREAK:
			var target *types.Label
			if s.Label != nil {
				target, _ = f.c.pass.TypesInfo.Uses[s.Label].(*types.Label)
			}
			for i := len(f.breaks) - 1; i >= 0; i-- {
				b := f.breaks[i]
				if target == nil || b.label == target {
					b.exits = append(b.exits, in)
					return state{}
				}
			}
		}
		f.fail = true // break or continue out of the loop, goto, fallthrough
		return state{}
	default: // return, and anything unexpected
		f.fail = true
		return state{}
	}
}

// clauses walks the cases of a switch or select; without a default case a
// switch may run none of them.
func (f *flow) clauses(body *ast.BlockStmt, label *types.Label, in state, isSwitch bool) state {
	b := &breakable{label: label}
	f.breaks = append(f.breaks, b)
	defer func() { f.breaks = f.breaks[:len(f.breaks)-1] }()
	var outs []state
	hasDefault := false
	for _, cl := range body.List {
		var list []ast.Stmt
		switch cl := cl.(type) {
		case *ast.CaseClause:
			list, hasDefault = cl.Body, hasDefault || cl.List == nil
		case *ast.CommClause:
			list, hasDefault = cl.Body, hasDefault || cl.Comm == nil
		}
		outs = append(outs, f.stmts(list, in))
	}
	if isSwitch && !hasDefault {
		outs = append(outs, in)
	}
	return merge(append(outs, b.exits...)...)
}

func (f *flow) hasSite(n ast.Node) bool {
	found := false
	ast.Inspect(n, func(n ast.Node) bool {
		if s, ok := n.(ast.Stmt); ok && f.sites[s] {
			found = true
		}
		return !found
	})
	return found
}

// jumpsOut reports whether n holds a return, a goto, or a labelled
// branch to a statement outside n.
func (f *flow) jumpsOut(n ast.Node) bool {
	out := false
	ast.Inspect(n, func(m ast.Node) bool {
		switch m := m.(type) {
		case *ast.FuncLit:
			return false
		case *ast.ReturnStmt:
			out = true
		case *ast.BranchStmt:
			if m.Tok == token.GOTO {
				out = true
			} else if m.Label != nil {
				if l := f.c.pass.TypesInfo.Uses[m.Label]; l == nil || l.Pos() < n.Pos() || l.Pos() >= n.End() {
					out = true
				}
			}
			// An unlabelled break or continue in a nested loop is its own.
		}
		return !out
	})
	return out
}

// -- uses of the target --

// site returns the statement s = append(s, x) or m[k] = v that id belongs
// to, or nil.
func (c *checker) site(t *target, id *ast.Ident) ast.Stmt {
	if t.isMap {
		ix, ok := c.parent[id].(*ast.IndexExpr)
		if !ok || ix.X != id {
			return nil
		}
		as, ok := c.parent[ix].(*ast.AssignStmt)
		if !ok || as.Tok != token.ASSIGN || len(as.Lhs) != 1 || as.Lhs[0] != ix || c.mentions(as.Rhs[0], t.obj) {
			return nil
		}
		return as
	}
	var as *ast.AssignStmt
	switch p := c.parent[id].(type) {
	case *ast.AssignStmt:
		as = p
	case *ast.CallExpr:
		as, _ = c.parent[p].(*ast.AssignStmt)
	}
	if as == nil || as.Tok != token.ASSIGN || len(as.Lhs) != 1 || len(as.Rhs) != 1 || !c.isVar(as.Lhs[0], t.obj) {
		return nil
	}
	call, ok := ast.Unparen(as.Rhs[0]).(*ast.CallExpr)
	if !ok || !c.isBuiltin(call.Fun, "append") || len(call.Args) != 2 || call.Ellipsis.IsValid() || !c.isVar(call.Args[0], t.obj) {
		return nil // x..., several values, or a different slice
	}
	if c.mentions(call.Args[1], t.obj) {
		return nil
	}
	return as
}

// appendedTo reports whether id is the first argument of an append call.
func (c *checker) appendedTo(id *ast.Ident) bool {
	call, ok := c.parent[id].(*ast.CallExpr)
	return ok && c.isBuiltin(call.Fun, "append") && len(call.Args) > 0 && call.Args[0] == id
}

// readOnly reports whether id (a use of t inside the loop) reads it
// without keeping, slicing or changing it.
func (c *checker) readOnly(t *target, id *ast.Ident) bool {
	switch p := c.parent[id].(type) {
	case *ast.CallExpr:
		return (c.isBuiltin(p.Fun, "len") || c.isBuiltin(p.Fun, "cap")) && len(p.Args) == 1
	case *ast.IndexExpr:
		if p.X != id {
			return false
		}
		if t.isMap {
			// m[k] as a value: not assigned, incremented or addressed.
			switch pp := c.parent[p].(type) {
			case *ast.AssignStmt:
				for _, l := range pp.Lhs {
					if l == p {
						return false
					}
				}
			case *ast.IncDecStmt, *ast.UnaryExpr, *ast.SelectorExpr:
				return false
			}
			return true
		}
		// s[i]: reading or writing an element is fine; taking its address
		// or calling a method on it may keep a pointer into the array.
		switch c.parent[p].(type) {
		case *ast.UnaryExpr, *ast.SelectorExpr:
			return false
		}
		return true
	case *ast.RangeStmt:
		return p.X == id
	}
	return false
}

// nilInsensitive reports whether a use of a slice after the loop behaves
// the same for a nil slice and an empty non-nil one.
func (c *checker) nilInsensitive(id *ast.Ident) bool {
	switch p := c.parent[id].(type) {
	case *ast.CallExpr:
		if len(p.Args) == 0 {
			return false
		}
		if c.isBuiltin(p.Fun, "len") || c.isBuiltin(p.Fun, "cap") || c.isBuiltin(p.Fun, "copy") {
			return true
		}
		if c.isBuiltin(p.Fun, "append") {
			// append(other, s...): adds the same nothing either way.
			return p.Ellipsis.IsValid() && p.Args[len(p.Args)-1] == id && p.Args[0] != id
		}
		if tv, ok := c.pass.TypesInfo.Types[p.Fun]; ok && tv.IsType() {
			// string(b), string(runes)
			b, ok := tv.Type.Underlying().(*types.Basic)
			return ok && b.Info()&types.IsString != 0
		}
		if p.Args[0] != id {
			return false
		}
		fn, ok := typeutil.Callee(c.pass.TypesInfo, p).(*types.Func)
		return ok && fn.Pkg() != nil && nilSafeFuncs[fn.Pkg().Path()+"."+fn.Name()]
	case *ast.IndexExpr:
		return p.X == id
	case *ast.RangeStmt:
		return p.X == id
	}
	return false
}

// nilSafeFuncs take a slice as first argument and do not tell nil from
// empty.
var nilSafeFuncs = map[string]bool{
	"sort.Strings": true, "sort.Ints": true, "sort.Float64s": true,
	"sort.Slice": true, "sort.SliceStable": true,
	"slices.Sort": true, "slices.SortFunc": true, "slices.SortStableFunc": true,
	"slices.Reverse": true, "slices.Contains": true, "slices.Index": true,
	"strings.Join": true, "bytes.Join": true,
}

// written reports whether id is assigned, incremented, addressed or
// written through (x.f = v, x[i] = v on an array, x.M() with a pointer
// receiver).
func (c *checker) written(id *ast.Ident) bool {
	var n ast.Node = id
	for {
		p := c.parent[n]
		switch p := p.(type) {
		case *ast.ParenExpr:
			n = p
			continue
		case *ast.SelectorExpr:
			if p.X != n {
				return false
			}
			sel := c.pass.TypesInfo.Selections[p]
			if sel == nil {
				return false // qualified identifier
			}
			if sel.Kind() == types.MethodVal {
				_, ptrRecv := sel.Obj().Type().(*types.Signature).Recv().Type().Underlying().(*types.Pointer)
				_, isPtr := sel.Recv().Underlying().(*types.Pointer)
				return ptrRecv && !isPtr
			}
			if sel.Indirect() {
				return false // writes through a pointer field leave x alone
			}
			n = p
			continue
		case *ast.IndexExpr:
			if p.X != n {
				return false
			}
			if _, ok := coreType(c.pass.TypesInfo.TypeOf(p.X)).(*types.Array); !ok {
				return false
			}
			n = p
			continue
		case *ast.AssignStmt:
			for _, l := range p.Lhs {
				if l == n {
					return true
				}
			}
			return false
		case *ast.IncDecStmt:
			return true
		case *ast.UnaryExpr:
			return p.Op == token.AND
		case *ast.RangeStmt:
			return p.Tok == token.ASSIGN && (p.Key == n || p.Value == n)
		}
		return false
	}
}

// stableIn reports whether the expression e has the same value at every
// test of loop l's condition: it reads only constants and local variables
// that l does not write, whose address is never taken and which no closure
// writes.
func (c *checker) stableIn(e ast.Expr, l ast.Node) bool {
	ok := true
	ast.Inspect(e, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.StarExpr:
			ok = false
		case *ast.SelectorExpr:
			if sel := c.pass.TypesInfo.Selections[n]; sel != nil && sel.Indirect() {
				ok = false
			}
		case *ast.Ident:
			v, isVar := c.pass.TypesInfo.Uses[n].(*types.Var)
			if !isVar || v.IsField() {
				return true
			}
			if !c.isLocal(v) {
				ok = false
				return false
			}
			for _, u := range c.uses[v] {
				if !c.written(u) {
					continue
				}
				inLoop := u.Pos() >= l.Pos() && u.Pos() < l.End()
				if inLoop || c.inFuncLit(u, nil) || c.addressed(u) {
					ok = false
				}
			}
		}
		return ok
	})
	return ok
}

// addressed reports whether the write at id is an address-of, which lets
// the variable change anywhere later.
func (c *checker) addressed(id *ast.Ident) bool {
	var n ast.Node = id
	for {
		switch p := c.parent[n].(type) {
		case *ast.ParenExpr, *ast.SelectorExpr, *ast.IndexExpr:
			n = p
		case *ast.UnaryExpr:
			return p.Op == token.AND
		default:
			return false
		}
	}
}

// changedIn reports whether body writes to or deletes from the map x.
func (c *checker) changedIn(x ast.Expr, body ast.Node) bool {
	changed := false
	xs := c.text(x)
	ast.Inspect(body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.IndexExpr:
			if c.text(n.X) == xs {
				switch p := c.parent[n].(type) {
				case *ast.AssignStmt:
					for _, l := range p.Lhs {
						if l == n {
							changed = true
						}
					}
				case *ast.IncDecStmt, *ast.UnaryExpr:
					changed = true
				}
			}
		case *ast.CallExpr:
			if (c.isBuiltin(n.Fun, "delete") || c.isBuiltin(n.Fun, "clear")) && len(n.Args) > 0 && c.text(n.Args[0]) == xs {
				changed = true
			}
		case *ast.FuncLit:
			if c.mentions(n, rootObj(c.pass.TypesInfo, x)) {
				changed = true
			}
		}
		return !changed
	})
	return changed
}

// movable reports whether the count, written at the declaration instead
// of at the loop, means the same and cannot panic.
func (c *checker) movable(t *tripCount, decl ast.Stmt, between []ast.Stmt) bool {
	scope := c.pass.Pkg.Scope().Innermost(decl.Pos())
	if scope == nil {
		return false
	}
	ok := true
	var visit func(n ast.Node) bool
	visit = func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.SelectorExpr:
			if c.pass.TypesInfo.Selections[n] == nil {
				// pkg.Name: check the package name only.
				if id, isID := n.X.(*ast.Ident); isID {
					ok = ok && c.resolves(scope, id, decl.Pos())
				}
				return false
			}
			if len(between) > 0 && c.pass.TypesInfo.Selections[n].Indirect() {
				ok = false // a nil pointer could be checked in between
			}
			ast.Inspect(n.X, visit) // n.Sel is a field name, not in scope
			return false
		case *ast.StarExpr, *ast.IndexExpr:
			if len(between) > 0 {
				ok = false
			}
		case *ast.Ident:
			ok = ok && c.resolves(scope, n, decl.Pos())
			if obj, isVar := c.pass.TypesInfo.Uses[n].(*types.Var); isVar && len(between) > 0 {
				for _, s := range between {
					if c.mentions(s, obj) {
						ok = false
					}
				}
				if !c.isLocal(obj) {
					ok = false // a call in between could change it
				}
				for _, u := range c.uses[obj] {
					if c.written(u) && (c.inFuncLit(u, nil) || c.addressed(u)) {
						ok = false
					}
				}
			}
		}
		return ok
	}
	for _, e := range t.exprs {
		ast.Inspect(e, visit)
	}
	return ok
}

// resolves reports whether id names the same object at pos as where it
// is written.
func (c *checker) resolves(scope *types.Scope, id *ast.Ident, pos token.Pos) bool {
	obj := c.pass.TypesInfo.Uses[id]
	if obj == nil {
		return true // not a reference (for example a field name)
	}
	_, got := scope.LookupParent(id.Name, pos)
	return got == obj
}

// -- small helpers --

// simple reports whether e can be evaluated again, elsewhere, without
// side effects: names, constants, field selections, len and cap of those,
// conversions and arithmetic.
func (c *checker) simple(e ast.Expr) bool {
	info := c.pass.TypesInfo
	switch e := e.(type) {
	case *ast.Ident, *ast.BasicLit:
		return true
	case *ast.ParenExpr:
		return c.simple(e.X)
	case *ast.StarExpr:
		return c.simple(e.X)
	case *ast.SelectorExpr:
		if sel := info.Selections[e]; sel != nil {
			return sel.Kind() == types.FieldVal && c.simple(e.X)
		}
		_, isPkg := e.X.(*ast.Ident)
		return isPkg
	case *ast.BinaryExpr:
		switch e.Op {
		case token.ADD, token.SUB, token.MUL:
			return c.simple(e.X) && c.simple(e.Y)
		}
		return false
	case *ast.CallExpr:
		if len(e.Args) != 1 || e.Ellipsis.IsValid() {
			return false
		}
		if tv, ok := info.Types[e.Fun]; ok && tv.IsType() {
			return isInteger(tv.Type) && c.simple(e.Args[0])
		}
		return (c.isBuiltin(e.Fun, "len") || c.isBuiltin(e.Fun, "cap")) && c.simple(e.Args[0])
	}
	return false
}

// nonNeg reports whether e is provably not negative: a non-negative
// constant, len or cap.
func (c *checker) nonNeg(e ast.Expr) bool {
	e = ast.Unparen(e)
	if tv, ok := c.pass.TypesInfo.Types[e]; ok && tv.Value != nil {
		return constant.Sign(tv.Value) >= 0
	}
	if call, ok := e.(*ast.CallExpr); ok {
		return c.isBuiltin(call.Fun, "len") || c.isBuiltin(call.Fun, "cap")
	}
	if b, ok := e.(*ast.BinaryExpr); ok && (b.Op == token.ADD || b.Op == token.MUL) {
		return c.nonNeg(b.X) && c.nonNeg(b.Y)
	}
	return false
}

func (c *checker) mentionsLoopVars(e ast.Expr, l *ast.RangeStmt) bool {
	for _, k := range []ast.Expr{l.Key, l.Value} {
		if id, ok := k.(*ast.Ident); ok {
			if obj := c.pass.TypesInfo.ObjectOf(id); obj != nil && c.mentions(e, obj) {
				return true
			}
		}
	}
	return false
}

func (c *checker) isBuiltin(fun ast.Expr, name string) bool {
	id, ok := ast.Unparen(fun).(*ast.Ident)
	if !ok {
		return false
	}
	b, ok := c.pass.TypesInfo.Uses[id].(*types.Builtin)
	return ok && b.Name() == name
}

func (c *checker) isVar(e ast.Expr, v types.Object) bool {
	id, ok := ast.Unparen(e).(*ast.Ident)
	return ok && c.pass.TypesInfo.ObjectOf(id) == v
}

func (c *checker) isLocal(v *types.Var) bool {
	return v.Pkg() != nil && v.Parent() != nil && v.Parent() != v.Pkg().Scope() && v.Parent() != types.Universe
}

// mentions reports whether n refers to obj anywhere.
func (c *checker) mentions(n ast.Node, obj types.Object) bool {
	if n == nil || obj == nil {
		return false
	}
	found := false
	ast.Inspect(n, func(m ast.Node) bool {
		if id, ok := m.(*ast.Ident); ok && c.pass.TypesInfo.ObjectOf(id) == obj {
			found = true
		}
		return !found
	})
	return found
}

func (c *checker) mentionsIdent(e ast.Expr, obj types.Object) bool {
	if e == nil {
		return false
	}
	return c.mentions(e, obj)
}

// inFuncLit reports whether n sits in a function literal inside stop (or
// anywhere, if stop is nil).
func (c *checker) inFuncLit(n ast.Node, stop ast.Node) bool {
	for p := c.parent[n]; p != nil && p != stop; p = c.parent[p] {
		if _, ok := p.(*ast.FuncLit); ok {
			return true
		}
	}
	return false
}

func (c *checker) text(n ast.Node) string {
	var buf bytes.Buffer
	printer.Fprint(&buf, c.pass.Fset, n)
	return buf.String()
}

func rootObj(info *types.Info, e ast.Expr) types.Object {
	for {
		switch x := e.(type) {
		case *ast.Ident:
			return info.ObjectOf(x)
		case *ast.ParenExpr:
			e = x.X
		case *ast.StarExpr:
			e = x.X
		case *ast.SelectorExpr:
			if info.Selections[x] == nil {
				return info.ObjectOf(x.Sel)
			}
			e = x.X
		default:
			return nil
		}
	}
}

func isZero(info *types.Info, e ast.Expr) bool { return isConst(info, e, 0) }

func isConst(info *types.Info, e ast.Expr, want int64) bool {
	tv, ok := info.Types[e]
	if !ok || tv.Value == nil {
		return false
	}
	n, exact := constant.Int64Val(constant.ToInt(tv.Value))
	return exact && n == want
}

func isInteger(t types.Type) bool {
	b, ok := coreType(t).(*types.Basic)
	return ok && b.Info()&types.IsInteger != 0
}

// coreType returns the underlying type of t, or for a type parameter the
// single underlying type of every type in its type set (nil if none).
func coreType(t types.Type) types.Type {
	if t == nil {
		return nil
	}
	tp, ok := types.Unalias(t).(*types.TypeParam)
	if !ok {
		return t.Underlying()
	}
	iface, ok := tp.Constraint().Underlying().(*types.Interface)
	if !ok {
		return nil
	}
	var core types.Type
	for i := 0; i < iface.NumEmbeddeds(); i++ {
		var terms []types.Type
		switch e := iface.EmbeddedType(i).(type) {
		case *types.Union:
			for j := 0; j < e.Len(); j++ {
				terms = append(terms, e.Term(j).Type())
			}
		default:
			terms = append(terms, e)
		}
		for _, term := range terms {
			u := coreType(term)
			if u == nil {
				return nil
			}
			if _, isIface := u.(*types.Interface); isIface {
				continue
			}
			if core == nil {
				core = u
			} else if !types.Identical(core, u) {
				return nil
			}
		}
	}
	return core
}
