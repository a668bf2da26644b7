package allocs

import (
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
)

// concatLoop reports s += x (or s = s + x) on a string declared outside the
// loop: each iteration copies everything accumulated so far.
func (c *checker) concatLoop(as *ast.AssignStmt, loop ast.Stmt, stack []ast.Node) {
	if len(as.Lhs) != 1 || len(as.Rhs) != 1 {
		return
	}
	id, ok := ast.Unparen(as.Lhs[0]).(*ast.Ident)
	if !ok {
		return
	}
	v, ok := c.pass.TypesInfo.Uses[id].(*types.Var)
	if !ok || !isString(v.Type()) || encloses(loop, posNode(v.Pos())) {
		return
	}
	switch as.Tok {
	case token.ADD_ASSIGN:
	case token.ASSIGN:
		if !startsWith(c.pass.TypesInfo, as.Rhs[0], v) {
			return
		}
	default:
		return
	}
	if c.replacedIn(loop, v) || c.quiet(loop, stack) || bitGuarded(stack, loop) {
		return
	}
	// One report per variable and loop nest.
	for _, l := range c.concatenated[v] {
		if encloses(l, loop) || encloses(loop, l) {
			return
		}
	}
	if c.measuresAPI(stack, "", "Concat", "Plus") {
		return
	}
	c.concatenated[v] = append(c.concatenated[v], loop)
	c.r.Reportf(as, "concatloop",
		"%s grows by concatenation in a loop: every iteration copies the whole string (quadratic; 1000 appends of 10 bytes: %s); build it with a strings.Builder",
		id.Name, costConcat)
}

// startsWith reports whether e is x + ... with x the variable v.
func startsWith(info *types.Info, e ast.Expr, v *types.Var) bool {
	for {
		b, ok := ast.Unparen(e).(*ast.BinaryExpr)
		if !ok || b.Op != token.ADD {
			id, ok := ast.Unparen(e).(*ast.Ident)
			return ok && info.Uses[id] == v
		}
		e = b.X
	}
}

func isString(t types.Type) bool {
	b, ok := t.Underlying().(*types.Basic)
	return ok && b.Info()&types.IsString != 0
}

// posNode is a zero-width node at pos, for encloses.
type posNode token.Pos

func (p posNode) Pos() token.Pos { return token.Pos(p) }
func (p posNode) End() token.Pos { return token.Pos(p) }

// replacedIn reports whether loop also assigns v a value that does not
// start with v (dest = dest[:i], s = ""): then v is edited, not grown,
// and a Builder is no simple rewrite.
func (c *checker) replacedIn(loop ast.Stmt, v *types.Var) bool {
	replaced := false
	ast.Inspect(loop, func(n ast.Node) bool {
		as, ok := n.(*ast.AssignStmt)
		if !ok || as.Tok != token.ASSIGN || len(as.Lhs) != len(as.Rhs) {
			return !replaced
		}
		for i, l := range as.Lhs {
			if id, ok := ast.Unparen(l).(*ast.Ident); ok && c.pass.TypesInfo.Uses[id] == v && !startsWith(c.pass.TypesInfo, as.Rhs[i], v) {
				replaced = true
			}
		}
		return !replaced
	})
	return replaced
}

// quiet reports whether a cheap check's per-iteration cost cannot matter
// here: the loop ranges over a fixed table (fixedTable), counts to a
// constant of at most smallTrip (for i := 0; i < 4; i++), or the code is
// in a GoString or Error method, which build debugging output (%#v) and
// error text, or in a goString method, the conventional helper of GoString
// for trees of values. In the module-cache survey (docs/results/allocs.md) these
// were a third of the concatloop and fmtloop findings, none worth a patch.
func (c *checker) quiet(loop ast.Stmt, stack []ast.Node) bool {
	return c.fixedTable(loop) || c.smallCounted(loop) || coldMethod(c.pass.TypesInfo, stack)
}

// smallTrip is the largest constant trip count quiet treats as small.
const smallTrip = 16

// smallCounted reports whether loop is for i := A; i < B; i++ (or <=, or
// i-- down to a bound) with constant A and B at most smallTrip apart.
func (c *checker) smallCounted(loop ast.Stmt) bool {
	fs, ok := loop.(*ast.ForStmt)
	if !ok || fs.Init == nil || fs.Cond == nil || fs.Post == nil {
		return false
	}
	init, ok := fs.Init.(*ast.AssignStmt)
	if !ok || len(init.Lhs) != 1 || len(init.Rhs) != 1 {
		return false
	}
	cond, ok := fs.Cond.(*ast.BinaryExpr)
	if !ok {
		return false
	}
	intOf := func(e ast.Expr) (int64, bool) {
		tv, ok := c.pass.TypesInfo.Types[e]
		if !ok || tv.Value == nil {
			return 0, false
		}
		return constant.Int64Val(constant.ToInt(tv.Value))
	}
	from, ok1 := intOf(init.Rhs[0])
	to, ok2 := intOf(cond.Y)
	if !ok1 || !ok2 {
		return false
	}
	d := to - from
	if d < 0 {
		d = -d
	}
	return d <= smallTrip
}

// coldMethod reports whether the innermost function declaration on stack
// is a GoString or Error method, or a goString method.
func coldMethod(info *types.Info, stack []ast.Node) bool {
	for i := len(stack) - 1; i >= 0; i-- {
		fd, ok := stack[i].(*ast.FuncDecl)
		if !ok {
			continue
		}
		if fd.Recv == nil {
			return false
		}
		if fd.Name.Name == "goString" {
			return true
		}
		if fd.Name.Name != "GoString" && fd.Name.Name != "Error" {
			return false
		}
		fn, ok := info.Defs[fd.Name].(*types.Func)
		if !ok {
			return false
		}
		sig := fn.Signature()
		return sig.Params().Len() == 0 && sig.Results().Len() == 1 && isString(sig.Results().At(0).Type())
	}
	return false
}

// fixedTable reports whether loop ranges over an array, a composite
// literal, or a package-level variable initialized with one: a table of
// known, small size (flag names, say), where a small per-iteration cost
// cannot grow with the input. concatloop, fmtloop, convloop and bufferloop
// skip such loops; compileloop, whose cost is large per iteration, does
// not.
func (c *checker) fixedTable(loop ast.Stmt) bool {
	rs, ok := loop.(*ast.RangeStmt)
	if !ok {
		return false
	}
	t := c.pass.TypesInfo.TypeOf(rs.X)
	if t == nil {
		return false
	}
	if p, ok := t.Underlying().(*types.Pointer); ok {
		t = p.Elem()
	}
	if _, ok := t.Underlying().(*types.Array); ok {
		return true
	}
	if _, ok := ast.Unparen(rs.X).(*ast.CompositeLit); ok {
		return true
	}
	id, ok := ast.Unparen(rs.X).(*ast.Ident)
	if !ok {
		return false
	}
	v, ok := c.pass.TypesInfo.Uses[id].(*types.Var)
	if !ok || v.Parent() != c.pass.Pkg.Scope() {
		return false
	}
	for _, f := range c.pass.Files {
		for _, decl := range f.Decls {
			gd, ok := decl.(*ast.GenDecl)
			if !ok || gd.Tok != token.VAR {
				continue
			}
			for _, spec := range gd.Specs {
				vs := spec.(*ast.ValueSpec)
				for i, name := range vs.Names {
					if c.pass.TypesInfo.Defs[name] == v && i < len(vs.Values) {
						_, lit := ast.Unparen(vs.Values[i]).(*ast.CompositeLit)
						return lit
					}
				}
			}
		}
	}
	return false
}

// bitGuarded reports whether an if statement between loop and the node at
// the top of stack tests a bit mask (if f&bit != 0): a flag-name loop,
// which appends at most once per bit of a word.
func bitGuarded(stack []ast.Node, loop ast.Stmt) bool {
	inside := false
	for _, n := range stack {
		if n == ast.Node(loop) {
			inside = true
			continue
		}
		ifs, ok := n.(*ast.IfStmt)
		if !inside || !ok {
			continue
		}
		found := false
		ast.Inspect(ifs.Cond, func(n ast.Node) bool {
			if b, ok := n.(*ast.BinaryExpr); ok && (b.Op == token.AND || b.Op == token.AND_NOT) {
				found = true
			}
			return !found
		})
		if found {
			return true
		}
	}
	return false
}
