package allocs

import (
	"go/ast"
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
	if c.replacedIn(loop, v) || c.fixedTable(loop) || bitGuarded(stack, loop) {
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
