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

	"golang.org/x/tools/go/analysis"

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
	filter := false
	if f := pass.Analyzer.Flags.Lookup(FilterFlag); f != nil {
		filter = f.Value.String() == "true"
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
			c.checkBlocks()
		}
	}
	return nil, nil
}

// A checker examines one top-level declaration.
type checker struct {
	pass   *analysis.Pass
	r      *analysisutil.Reporter
	root   ast.Node
	parent map[ast.Node]ast.Node         // built by index
	uses   map[types.Object][]*ast.Ident // built by index
	filter bool                          // report conditional appends (FilterFlag)
}

func newChecker(pass *analysis.Pass, r *analysisutil.Reporter, root ast.Node) *checker {
	return &checker{pass: pass, r: r, root: root}
}

// index builds parent and uses for the whole declaration, once: only
// checkTarget and what it calls read them, so a declaration without a
// target never pays for the walk.
func (c *checker) index() {
	if c.parent != nil {
		return
	}
	c.parent = make(map[ast.Node]ast.Node)
	c.uses = make(map[types.Object][]*ast.Ident)
	var stack []ast.Node
	ast.Inspect(c.root, func(n ast.Node) bool {
		if n == nil {
			stack = stack[:len(stack)-1]
			return true
		}
		if len(stack) > 0 {
			c.parent[n] = stack[len(stack)-1]
		}
		stack = append(stack, n)
		if id, ok := n.(*ast.Ident); ok {
			if obj := c.pass.TypesInfo.Uses[id]; obj != nil {
				c.uses[obj] = append(c.uses[obj], id)
			}
		}
		return true
	})
}

// checkBlocks looks at every statement list for a declaration followed by
// the loop that fills it.
func (c *checker) checkBlocks() {
	ast.Inspect(c.root, func(n ast.Node) bool {
		list, ok := analysisutil.StmtList(n)
		if !ok {
			return true
		}
		for i, stmt := range list {
			if t := c.target(stmt); t != nil {
				c.index()
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
	stmt := loop // the loop, or its labeled statement
	if ls, ok := loop.(*ast.LabeledStmt); ok {
		label, _ = c.pass.TypesInfo.Defs[ls.Label].(*types.Label)
		loop = ls.Stmt
	}
	var body *ast.BlockStmt
	var trip *tripCount
	switch l := loop.(type) {
	case *ast.RangeStmt:
		if c.mentions(l.X, t.obj) || c.mentions(l.Key, t.obj) || c.mentions(l.Value, t.obj) {
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
	var reads []*ast.IndexExpr // m[k] read in the loop
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
		if ix, ok := c.parent[id].(*ast.IndexExpr); ok && t.isMap {
			reads = append(reads, ix)
		}
	}
	if len(sites) == 0 {
		return
	}
	if t.isMap && aggregates(reads, sites) {
		return
	}
	if t.isMap && c.dedupSet(sites, loop) {
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

	name := t.obj.Name()
	typ := c.text(t.typ)
	upTo := ""
	if !exact || !trip.exact {
		upTo = "up to "
	}
	// Where the count can be evaluated at the declaration (every name in
	// it is in scope there and nothing in between can change it, such as a
	// lock taken or a variable declared after the slice), the advice and
	// the fix make the declaration; otherwise the advice is to make it just
	// before the loop, and there is no fix.
	movable := c.movable(trip, t.decl, between)
	var msg, repl string
	if t.isMap {
		repl = fmt.Sprintf("make(%s, %s)", typ, trip.text)
		msg = fmt.Sprintf("%s grows by insert in a loop of %s%s iterations, rehashing as it grows; ", name, upTo, trip.text)
	} else {
		repl = fmt.Sprintf("make(%s, 0, %s)", typ, trip.text)
		msg = fmt.Sprintf("%s grows by append in a loop of %s%s iterations, reallocating and copying as it grows; ", name, upTo, trip.text)
	}
	if movable {
		msg += "preallocate: " + repl
	} else {
		msg += "preallocate just before the loop: " + name + " = " + repl
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
	if !nilSafe || !(t.isMap || trip.nonNeg) {
		c.r.Report(d)
		return
	}
	fix := analysis.SuggestedFix{Message: "preallocate " + name + " with " + repl}
	switch {
	case movable && t.value == nil:
		fix.TextEdits = []analysis.TextEdit{{Pos: t.decl.Pos(), End: t.decl.End(), NewText: []byte(name + " := " + repl)}}
	case movable:
		fix.TextEdits = []analysis.TextEdit{{Pos: t.value.Pos(), End: t.value.End(), NewText: []byte(repl)}}
	default:
		fix.Message = "declare " + name + " just before the loop as " + name + " := " + repl
		fix.TextEdits = c.moveDecl(t, stmt, between, trip, name+" := "+repl)
	}
	if len(fix.TextEdits) > 0 {
		if check == "filter" {
			// Behaviour is the same, but memory is traded for speed: a
			// person should judge how many elements usually pass.
			fix = analysisutil.NeedsReview(fix)
		}
		d.SuggestedFixes = []analysis.SuggestedFix{fix}
	}
	c.r.Report(d)
}

// insertKey is the key of a map insert site, m[k] = v.
func insertKey(site ast.Stmt) ast.Expr {
	return ast.Unparen(site.(*ast.AssignStmt).Lhs[0].(*ast.IndexExpr).Index)
}

// aggregates reports whether a map read in the loop that fills it uses the
// key of an insert: indices := m[k]; m[k] = append(indices, i) groups by
// key, and m[k] = m[k] + n sums, so keys are expected to repeat and the trip
// count can far exceed the size. A read of another key (a check that an
// earlier entry exists) is not aggregation.
func aggregates(reads []*ast.IndexExpr, sites map[ast.Stmt]bool) bool {
	for site := range sites {
		key := types.ExprString(insertKey(site))
		for _, r := range reads {
			if types.ExprString(ast.Unparen(r.Index)) == key {
				return true
			}
		}
	}
	return false
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

// dedupSet reports whether a map insert stores a constant (true,
// struct{}{}) under a key other than a loop variable: a set that collects
// the distinct values of a field (seen[e.Method] = true), where keys repeat
// and the trip count can be far more than the map will hold.
func (c *checker) dedupSet(sites map[ast.Stmt]bool, loop ast.Stmt) bool {
	loopVars := make(map[types.Object]bool)
	addVar := func(e ast.Expr) {
		if id, ok := e.(*ast.Ident); ok {
			if obj := c.pass.TypesInfo.ObjectOf(id); obj != nil {
				loopVars[obj] = true
			}
		}
	}
	switch l := loop.(type) {
	case *ast.RangeStmt:
		addVar(l.Key)
		addVar(l.Value)
	case *ast.ForStmt:
		if as, ok := l.Init.(*ast.AssignStmt); ok {
			for _, lhs := range as.Lhs {
				addVar(lhs)
			}
		}
	}
	for site := range sites {
		key := insertKey(site)
		if id, ok := key.(*ast.Ident); ok && loopVars[c.pass.TypesInfo.ObjectOf(id)] {
			continue
		}
		val := ast.Unparen(site.(*ast.AssignStmt).Rhs[0])
		if tv, ok := c.pass.TypesInfo.Types[val]; ok && tv.Value != nil {
			return true
		}
		if lit, ok := val.(*ast.CompositeLit); ok && len(lit.Elts) == 0 {
			return true
		}
	}
	return false
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
