package allocs

import (
	"go/ast"
	"go/token"
	"go/types"

	"golang.org/x/tools/go/types/typeutil"
)

// bufferMethods are the bytes.Buffer methods after which reusing the
// buffer is safe: none returns a slice that aliases the buffer's storage
// (String copies; Bytes and Next do not, so they disqualify).
var bufferMethods = map[string]bool{
	"Write": true, "WriteString": true, "WriteByte": true, "WriteRune": true,
	"String": true, "Len": true, "Cap": true, "Grow": true, "Truncate": true,
	"Reset": true, "WriteTo": true, "ReadFrom": true,
}

// bufferWriters take a buffer as an io.Writer without keeping it.
var bufferWriters = map[string]bool{
	"fmt.Fprint": true, "fmt.Fprintf": true, "fmt.Fprintln": true,
	"io.WriteString": true, "encoding/binary.Write": true,
}

// bufferDecl handles `var buf bytes.Buffer` in a loop body.
func (c *checker) bufferDecl(ds *ast.DeclStmt, loop ast.Stmt, stack []ast.Node) {
	gd, ok := ds.Decl.(*ast.GenDecl)
	if !ok || gd.Tok != token.VAR || len(gd.Specs) != 1 {
		return
	}
	vs := gd.Specs[0].(*ast.ValueSpec)
	if len(vs.Names) != 1 || len(vs.Values) != 0 {
		return
	}
	c.bufferVar(ds, vs.Names[0], loop, stack)
}

// bufferAssign handles buf := bytes.Buffer{}, &bytes.Buffer{} and
// new(bytes.Buffer) in a loop body.
func (c *checker) bufferAssign(as *ast.AssignStmt, loop ast.Stmt, stack []ast.Node) {
	if as.Tok != token.DEFINE || len(as.Lhs) != 1 || len(as.Rhs) != 1 {
		return
	}
	id, ok := as.Lhs[0].(*ast.Ident)
	if !ok {
		return
	}
	rhs := ast.Unparen(as.Rhs[0])
	if u, ok := rhs.(*ast.UnaryExpr); ok && u.Op == token.AND {
		rhs = ast.Unparen(u.X)
	}
	switch rhs := rhs.(type) {
	case *ast.CompositeLit:
		if len(rhs.Elts) != 0 {
			return
		}
	case *ast.CallExpr:
		if b, ok := typeutil.Callee(c.pass.TypesInfo, rhs).(*types.Builtin); !ok || b.Name() != "new" {
			return
		}
	default:
		return
	}
	c.bufferVar(as, id, loop, stack)
}

// bufferVar reports a bytes.Buffer variable declared by stmt, a statement
// run on every iteration, if every later use of it in its block is a method
// call or a write that cannot keep a reference to it.
func (c *checker) bufferVar(stmt ast.Stmt, id *ast.Ident, loop ast.Stmt, stack []ast.Node) {
	v, ok := c.pass.TypesInfo.Defs[id].(*types.Var)
	if !ok || !isBytesBuffer(v.Type()) {
		return
	}
	block, ok := stack[len(stack)-2].(*ast.BlockStmt)
	if !ok {
		return
	}
	used, safe := false, true
	var path []ast.Node
	ast.Inspect(block, func(n ast.Node) bool {
		if n == nil {
			path = path[:len(path)-1]
			return true
		}
		path = append(path, n)
		if !safe {
			return false
		}
		if id, ok := n.(*ast.Ident); ok && c.pass.TypesInfo.Uses[id] == v {
			used = true
			safe = c.bufferUseSafe(path)
		}
		return true
	})
	if !used || !safe || c.quiet(loop, stack) || c.measuresAPI(stack, "bytes", "Buffer") {
		return
	}
	c.r.Reportf(stmt, "bufferloop",
		"a bytes.Buffer made on every iteration grows new storage each time (%s); declare it before the loop and call Reset at the top of the body",
		costBuffer)
}

// bufferUseSafe reports whether the identifier at the end of path is used
// in a way that keeps the buffer within the iteration.
func (c *checker) bufferUseSafe(path []ast.Node) bool {
	for _, n := range path {
		if _, ok := n.(*ast.FuncLit); ok {
			return false // captured: may outlive the iteration
		}
	}
	i := len(path) - 2
	if i < 0 {
		return false
	}
	// buf.Method(...)
	if sel, ok := path[i].(*ast.SelectorExpr); ok && sel.X == path[i+1] && i > 0 {
		if call, ok := path[i-1].(*ast.CallExpr); ok && call.Fun == ast.Expr(sel) {
			return bufferMethods[sel.Sel.Name]
		}
		return false
	}
	// &buf or buf as the writer argument of fmt.Fprintf and friends.
	arg := path[i+1]
	if u, ok := path[i].(*ast.UnaryExpr); ok && u.Op == token.AND {
		arg = u
		i--
	}
	if i < 0 {
		return false
	}
	call, ok := path[i].(*ast.CallExpr)
	if !ok || len(call.Args) == 0 || call.Args[0] != arg {
		return false
	}
	fn, ok := typeutil.Callee(c.pass.TypesInfo, call).(*types.Func)
	return ok && fn.Pkg() != nil && bufferWriters[fn.Pkg().Path()+"."+fn.Name()]
}

func isBytesBuffer(t types.Type) bool {
	if p, ok := t.(*types.Pointer); ok {
		t = p.Elem()
	}
	n, ok := types.Unalias(t).(*types.Named)
	return ok && n.Obj().Pkg() != nil && n.Obj().Pkg().Path() == "bytes" && n.Obj().Name() == "Buffer"
}
