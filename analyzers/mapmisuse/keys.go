package mapmisuse

import (
	"go/ast"
	"go/token"
	"go/types"

	"golang.org/x/tools/go/ast/edge"
	"golang.org/x/tools/go/ast/inspector"
)

// indexKey checks the key of one map index: a fresh pointer (pointerkey)
// or a string built per access (concatkey).
func (c *checker) indexKey(cur inspector.Cursor, ix *ast.IndexExpr) {
	mt := c.mapType(ix.X)
	if mt == nil {
		return
	}
	kind, _ := cur.ParentEdge()
	store := kind == edge.AssignStmt_Lhs || kind == edge.IncDecStmt_X
	if !store {
		c.pointerKey(mt, ix.X, ix.Index, "lookup")
		c.concatKey(mt, ix)
	}
}

// deleteKey checks delete(m, &T{...}).
func (c *checker) deleteKey(call *ast.CallExpr) {
	if b, ok := c.info.Uses[fnIdent(call.Fun)].(*types.Builtin); !ok || b.Name() != "delete" || len(call.Args) != 2 {
		return
	}
	if mt := c.mapType(call.Args[0]); mt != nil {
		c.pointerKey(mt, call.Args[0], call.Args[1], "delete")
	}
}

// pointerKey reports a map access whose key is a pointer to a new variable:
// no entry can have that key.
func (c *checker) pointerKey(mt *types.Map, m, key ast.Expr, what string) {
	// The key is a pointer type, or an interface that will hold the pointer.
	ptr, ok := mt.Key().Underlying().(*types.Pointer)
	if !ok {
		if !types.IsInterface(mt.Key()) {
			return
		}
		kt := c.info.TypeOf(key)
		if kt == nil {
			return
		}
		if ptr, ok = kt.Underlying().(*types.Pointer); !ok {
			return
		}
	}
	// Pointers to distinct zero-size variables may be equal.
	if c.pass.TypesSizes.Sizeof(ptr.Elem()) == 0 {
		return
	}
	fresh := false
	switch k := ast.Unparen(key).(type) {
	case *ast.UnaryExpr:
		_, fresh = ast.Unparen(k.X).(*ast.CompositeLit)
		fresh = fresh && k.Op == token.AND
	case *ast.CallExpr:
		b, ok := c.info.Uses[fnIdent(k.Fun)].(*types.Builtin)
		fresh = ok && b.Name() == "new"
	}
	if !fresh {
		return
	}
	c.rep.Reportf(key, "pointerkey", "%s with a new pointer %s never finds an entry: pointer keys compare by address, not by the value they point to; key the map by %s instead",
		what, c.source(key), c.typeString(ptr.Elem()))
}

// concatKey reports a lookup whose string key is built with fmt.Sprint*
// and, with -mapmisuse.concatkey, one built by concatenation. Stores are
// left alone: a string-keyed map needs the string once per entry anyway,
// and in the standard library such stores are setup code.
func (c *checker) concatKey(mt *types.Map, ix *ast.IndexExpr) {
	if b, ok := mt.Key().Underlying().(*types.Basic); !ok || b.Kind() != types.String {
		return
	}
	switch k := ast.Unparen(ix.Index).(type) {
	case *ast.CallExpr:
		if fn := c.isFunc(k, "fmt", "Sprint", "Sprintf", "Sprintln"); fn != nil {
			c.rep.Reportf(ix.Index, "concatkey", "map key built with fmt.%s on every lookup (%s): use a struct key of the parts, or strconv for a single number",
				fn.Name(), costSprintKey)
		}
	case *ast.BinaryExpr:
		if !enableConcatKey || k.Op != token.ADD {
			return
		}
		if tv := c.info.Types[k]; tv.Value != nil {
			return // constant
		}
		c.rep.Reportf(ix.Index, "concatkey", "map key built by concatenation on every lookup (%s): a struct key of the parts avoids the copy",
			costConcatKey)
	}
}
