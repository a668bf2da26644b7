package analysisutil

import "go/ast"

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
