package analysisutil

import (
	"go/ast"
	"go/types"
	"strings"

	"golang.org/x/tools/go/types/typeutil"
)

// StmtList returns the statement list n holds directly: a block's
// statements or a case or select clause's body. ok is false for every other
// node (an if, for or switch header holds no list of its own).
func StmtList(n ast.Node) (list []ast.Stmt, ok bool) {
	switch n := n.(type) {
	case *ast.BlockStmt:
		return n.List, true
	case *ast.CaseClause:
		return n.Body, true
	case *ast.CommClause:
		return n.Body, true
	}
	return nil, false
}

// NoReturn reports whether call never returns normally: panic, os.Exit,
// runtime.Goexit, log.Fatal and log.Panic and their kin, testing's Fatal,
// FailNow and Skip methods, and by convention any function or method named
// Fatal... (a logger's Fatalf, cmd/compile's Func.Fatalf). The analyzers use
// it only to keep quiet about code on the way out, so a Fatal that does
// return costs a missed report, never a wrong one.
func NoReturn(info *types.Info, call *ast.CallExpr) bool {
	if id, ok := ast.Unparen(call.Fun).(*ast.Ident); ok {
		if b, ok := info.Uses[id].(*types.Builtin); ok && b.Name() == "panic" {
			return true
		}
	}
	fn, ok := typeutil.Callee(info, call).(*types.Func)
	if !ok || fn.Pkg() == nil {
		return false
	}
	switch fn.Pkg().Path() + "." + fn.Name() {
	case "os.Exit", "runtime.Goexit", "log.Panic", "log.Panicf", "log.Panicln",
		"testing.FailNow", "testing.Skip", "testing.Skipf", "testing.SkipNow":
		return true
	}
	return strings.HasPrefix(fn.Name(), "Fatal") // log.Fatalf, t.Fatal, ...
}

// EndsInNoReturn reports whether list ends in a call that never returns
// (see NoReturn): code in it runs at most once, on the way out.
func EndsInNoReturn(info *types.Info, list []ast.Stmt) bool {
	if len(list) == 0 {
		return false
	}
	es, ok := list[len(list)-1].(*ast.ExprStmt)
	if !ok {
		return false
	}
	call, ok := ast.Unparen(es.X).(*ast.CallExpr)
	return ok && NoReturn(info, call)
}
