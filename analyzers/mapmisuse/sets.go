package mapmisuse

import (
	"fmt"
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"strings"

	"golang.org/x/tools/go/ast/edge"
	"golang.org/x/tools/go/ast/inspector"
)

// A mapVar gathers what the package does with one map variable or field
// whose every use is visible here.
type mapVar struct {
	obj     *types.Var
	mt      *types.Map
	decl    *ast.Ident
	boolSet bool // still possibly a map[K]bool used as a set
	dense   bool // still possibly keyed only by counted loop indices
	stores  int  // m[k] = true for boolset; dense stores for denseintkey
	reads   int
}

// mapVars runs the checks that need every use of a variable: boolset and
// denseintkey.
func (c *checker) mapVars(insp *inspector.Inspector) {
	if !enableBoolSet && !enableDenseIntKey {
		return
	}
	// Every candidate is declared in this package, so it is in Defs: most
	// packages have none, and need neither walk below.
	found := false
	for _, obj := range c.info.Defs {
		if c.newMapVar(obj) != nil {
			found = true
			break
		}
	}
	if !found {
		return
	}
	params := make(map[types.Object]bool)
	for cur := range insp.Root().Preorder((*ast.FuncType)(nil)) {
		ft := cur.Node().(*ast.FuncType)
		for _, fl := range []*ast.FieldList{ft.Params, ft.Results} {
			if fl == nil {
				continue
			}
			for _, f := range fl.List {
				for _, n := range f.Names {
					params[c.info.Defs[n]] = true
				}
			}
		}
	}
	vars := make(map[types.Object]*mapVar)
	var order []*mapVar
	candidate := func(obj types.Object) *mapVar {
		if mv, ok := vars[obj]; ok {
			return mv
		}
		vars[obj] = nil
		if params[obj] {
			return nil
		}
		mv := c.newMapVar(obj)
		if mv == nil {
			return nil
		}
		vars[obj] = mv
		order = append(order, mv)
		return mv
	}
	for cur := range insp.Root().Preorder((*ast.Ident)(nil)) {
		id := cur.Node().(*ast.Ident)
		obj := c.info.Defs[id]
		isDef := obj != nil
		if !isDef {
			obj = c.info.Uses[id]
		}
		if obj == nil {
			continue
		}
		mv := candidate(obj)
		if mv == nil {
			continue
		}
		if isDef {
			mv.decl = id
			c.classifyDef(mv, cur)
		} else {
			c.classifyUse(mv, cur)
		}
	}
	// A field set from a struct literal without keys is set from an
	// expression the field's uses do not show.
	for cur := range insp.Root().Preorder((*ast.CompositeLit)(nil)) {
		lit := cur.Node().(*ast.CompositeLit)
		st, ok := typeUnder(c.info.TypeOf(lit)).(*types.Struct)
		if !ok || len(lit.Elts) == 0 {
			continue
		}
		if _, keyed := lit.Elts[0].(*ast.KeyValueExpr); keyed {
			continue
		}
		for f := range st.Fields() {
			if mv := vars[f]; mv != nil {
				mv.boolSet, mv.dense = false, false
			}
		}
	}
	for _, mv := range order {
		if mv.decl == nil {
			continue
		}
		switch {
		case mv.boolSet && mv.stores > 0 && mv.reads > 0:
			c.rep.Reportf(mv.decl, "boolset", "%s is a %s used only as a set (every stored value is true): %s saves %s; store struct{}{} and test with _, ok := %s[k]",
				mv.decl.Name, c.typeString(mv.mt), c.typeString(types.NewMap(mv.mt.Key(), types.NewStruct(nil, nil))), c.setSaving(mv.mt.Key()), mv.decl.Name)
		case mv.dense && mv.stores > 0 && !strings.HasSuffix(c.pass.Fset.File(mv.decl.Pos()).Name(), "_test.go"):
			// In a benchmark the map is usually what is being measured:
			// all three findings in the standard library were such.
			c.rep.Reportf(mv.decl, "denseintkey", "%s is a %s whose keys are all stored from counted loops 0..n: a slice indexes without hashing (%s); use make([]%s, n)",
				mv.decl.Name, c.typeString(mv.mt), costDenseInt, c.typeString(mv.mt.Elem()))
		}
	}
}

// newMapVar returns a mapVar for obj if its type makes it a candidate for
// boolset or denseintkey: an unexported map variable or field of this
// package, not an instantiated copy. It does not rule out parameters.
func (c *checker) newMapVar(obj types.Object) *mapVar {
	v, ok := obj.(*types.Var)
	if !ok || v.Pkg() != c.pass.Pkg || v.Exported() || v.Origin() != v {
		return nil
	}
	mt, ok := types.Unalias(v.Type()).(*types.Map)
	if !ok {
		return nil
	}
	pkgLevel := v.Parent() == c.pass.Pkg.Scope()
	b, _ := mt.Elem().(*types.Basic) // a named bool type is kept: it may carry meaning
	mv := &mapVar{
		obj:     v,
		mt:      mt,
		boolSet: enableBoolSet && b != nil && b.Kind() == types.Bool,
		dense:   enableDenseIntKey && !pkgLevel && !v.IsField() && isInteger(mt.Key()),
	}
	if !mv.boolSet && !mv.dense {
		return nil
	}
	return mv
}

func typeUnder(t types.Type) types.Type {
	if t == nil {
		return nil
	}
	if p, ok := t.Underlying().(*types.Pointer); ok {
		return p.Elem().Underlying()
	}
	return t.Underlying()
}

func isInteger(t types.Type) bool {
	b, ok := t.Underlying().(*types.Basic)
	return ok && b.Info()&types.IsInteger != 0
}

// setSaving describes the memory map[K]struct{} saves over map[K]bool: the
// bool and its padding in every slot, and the per-entry figures measured
// by TestPremiseBoolSetMemory.
func (c *checker) setSaving(key types.Type) string {
	size, align := c.pass.TypesSizes.Sizeof(key), c.pass.TypesSizes.Alignof(key)
	slot := (size + 1 + align - 1) / align * align
	measured := map[int64]string{
		4:  "4.0 B/entry measured for 4-byte keys (int32)",
		8:  "7.3-8.0 B/entry measured for 8-byte keys (int64, pointers)",
		16: "16 B/entry measured for 16-byte keys (string, [2]int64)",
	}[size]
	if measured == "" {
		return fmt.Sprintf("%d B per slot (Go 1.26 swiss maps; 1 slot per entry or more)", slot-size)
	}
	return fmt.Sprintf("%d B per slot, %s at 65,536 entries on Go 1.26", slot-size, measured)
}

// classifyDef looks at the value a declaration gives the variable.
func (c *checker) classifyDef(mv *mapVar, cur inspector.Cursor) {
	id := cur.Node().(*ast.Ident)
	switch p := cur.Parent().Node().(type) {
	case *ast.AssignStmt: // m := ...
		c.classifyStore(mv, p, id)
	case *ast.ValueSpec: // var m = ..., var m map[K]V
		if len(p.Values) == 0 {
			mv.dense = false // nil map: stores would panic; someone assigns it later
			return
		}
		if len(p.Values) != len(p.Names) {
			mv.boolSet, mv.dense = false, false
			return
		}
		for i, n := range p.Names {
			if n == id {
				c.classifyValue(mv, p.Values[i])
			}
		}
	case *ast.Field: // a struct field
		mv.dense = false
	default:
		mv.boolSet, mv.dense = false, false
	}
}

// classifyStore handles an assignment of a whole map to mv.
func (c *checker) classifyStore(mv *mapVar, as *ast.AssignStmt, lhs ast.Expr) {
	if len(as.Lhs) != len(as.Rhs) {
		mv.boolSet, mv.dense = false, false
		return
	}
	for i, l := range as.Lhs {
		if l == lhs {
			c.classifyValue(mv, as.Rhs[i])
		}
	}
}

// classifyValue handles a whole-map value stored into mv: it must be a new
// map whose entries (if any) fit the checks.
func (c *checker) classifyValue(mv *mapVar, e ast.Expr) {
	e = ast.Unparen(e)
	switch v := e.(type) {
	case *ast.CallExpr:
		if b, ok := c.info.Uses[fnIdent(v.Fun)].(*types.Builtin); ok && b.Name() == "make" {
			return
		}
	case *ast.CompositeLit:
		if len(v.Elts) > 0 {
			mv.dense = false
		}
		for _, elt := range v.Elts {
			kv, ok := elt.(*ast.KeyValueExpr)
			if !ok || !c.isTrue(kv.Value) {
				mv.boolSet = false
			} else {
				mv.stores++
			}
		}
		return
	case *ast.Ident:
		if _, ok := c.info.Uses[v].(*types.Nil); ok {
			mv.dense = false
			return
		}
	}
	mv.boolSet, mv.dense = false, false
}

func (c *checker) isTrue(e ast.Expr) bool {
	tv, ok := c.info.Types[e]
	return ok && tv.Value != nil && tv.Value.Kind() == constant.Bool && constant.BoolVal(tv.Value)
}

// classifyUse looks at one use of mv's variable.
func (c *checker) classifyUse(mv *mapVar, cur inspector.Cursor) {
	// The expression that denotes the map: the identifier, or x.f for a field.
	if k, _ := cur.ParentEdge(); k == edge.SelectorExpr_Sel {
		cur = cur.Parent()
	}
	e := cur.Node().(ast.Expr)
	parent := cur.Parent()
	kind, idx := cur.ParentEdge()
	switch kind {
	case edge.IndexExpr_X: // m[k]
		c.classifyIndex(mv, parent)
		return
	case edge.CallExpr_Args:
		call := parent.Node().(*ast.CallExpr)
		if b, ok := c.info.Uses[fnIdent(call.Fun)].(*types.Builtin); ok && idx == 0 {
			switch b.Name() {
			case "len":
				return
			case "delete", "clear":
				mv.dense = false
				return
			}
		}
	case edge.RangeStmt_X:
		rs := parent.Node().(*ast.RangeStmt)
		if v, ok := rs.Value.(*ast.Ident); rs.Value == nil || ok && v.Name == "_" {
			mv.reads++ // iterating the keys uses the set
			return
		}
		mv.boolSet = false
		return
	case edge.AssignStmt_Lhs:
		c.classifyStore(mv, parent.Node().(*ast.AssignStmt), e)
		return
	case edge.KeyValueExpr_Key: // T{m: ...}
		c.classifyValue(mv, parent.Node().(*ast.KeyValueExpr).Value)
		return
	case edge.BinaryExpr_X, edge.BinaryExpr_Y: // m == nil
		return
	}
	mv.boolSet, mv.dense = false, false
}

// classifyIndex looks at m[k].
func (c *checker) classifyIndex(mv *mapVar, ixCur inspector.Cursor) {
	ix := ixCur.Node().(*ast.IndexExpr)
	kind, idx := ixCur.ParentEdge()
	store := false
	var value ast.Expr
	switch kind {
	case edge.AssignStmt_Lhs:
		as := ixCur.Parent().Node().(*ast.AssignStmt)
		store = true
		if as.Tok == token.ASSIGN && len(as.Lhs) == len(as.Rhs) {
			value = as.Rhs[idx]
		}
	case edge.IncDecStmt_X:
		store = true
	}
	if !store {
		mv.reads++
		return
	}
	if mv.boolSet {
		if value != nil && c.isTrue(value) {
			mv.stores++
		} else {
			mv.boolSet = false
		}
	}
	if mv.dense {
		if c.denseStore(ixCur, ix) {
			mv.stores++
		} else {
			mv.dense = false
		}
	}
}

// denseStore reports whether the store m[i] = ... at ixCur is keyed by the
// variable of a counted loop 0..n, happens on every iteration (a statement
// of the loop body, with no branch before it) and the body leaves i alone.
func (c *checker) denseStore(ixCur inspector.Cursor, ix *ast.IndexExpr) bool {
	key, ok := ast.Unparen(ix.Index).(*ast.Ident)
	if !ok {
		return false
	}
	keyObj := c.info.Uses[key]
	stmt := ixCur.Parent()
	block := stmt.Parent()
	body, ok := block.Node().(*ast.BlockStmt)
	if !ok {
		return false
	}
	var loopVar types.Object
	switch l := block.Parent().Node().(type) {
	case *ast.ForStmt:
		loopVar = c.countedFrom0(l)
	case *ast.RangeStmt:
		if id, ok := l.Key.(*ast.Ident); ok && l.Tok == token.DEFINE {
			switch t := typeUnder(c.info.TypeOf(l.X)).(type) {
			case *types.Basic:
				if t.Info()&types.IsInteger != 0 {
					loopVar = c.info.Defs[id]
				}
			case *types.Slice, *types.Array:
				loopVar = c.info.Defs[id]
			}
		}
	}
	if loopVar == nil || loopVar != keyObj {
		return false
	}
	bad := false
	for _, s := range body.List {
		if s == stmt.Node() {
			break
		}
		ast.Inspect(s, func(n ast.Node) bool {
			switch n.(type) {
			case *ast.BranchStmt, *ast.ReturnStmt:
				bad = true
			case *ast.FuncLit:
				return false
			}
			return !bad
		})
	}
	probe := &dupScan{c: c, mapT: types.NewMap(types.Typ[types.Invalid], types.Typ[types.Invalid]), objs: map[types.Object]bool{keyObj: true}}
	ast.Inspect(body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.AssignStmt:
			for _, l := range n.Lhs {
				bad = bad || probe.writes(l)
			}
		case *ast.IncDecStmt:
			bad = bad || probe.writes(n.X)
		case *ast.UnaryExpr:
			bad = bad || n.Op == token.AND && c.isObj(n.X, keyObj)
		}
		return !bad
	})
	return !bad
}

// countedFrom0 returns i for `for i := 0; i < n (or i <= n); i++`.
func (c *checker) countedFrom0(l *ast.ForStmt) types.Object {
	init, ok := l.Init.(*ast.AssignStmt)
	if !ok || init.Tok != token.DEFINE || len(init.Lhs) != 1 || len(init.Rhs) != 1 {
		return nil
	}
	id, ok := init.Lhs[0].(*ast.Ident)
	if !ok {
		return nil
	}
	if tv, ok := c.info.Types[init.Rhs[0]]; !ok || tv.Value == nil || constant.Sign(tv.Value) != 0 {
		return nil
	}
	obj := c.info.Defs[id]
	cond, ok := l.Cond.(*ast.BinaryExpr)
	if !ok || obj == nil {
		return nil
	}
	switch {
	case (cond.Op == token.LSS || cond.Op == token.LEQ) && c.isObj(cond.X, obj):
	case (cond.Op == token.GTR || cond.Op == token.GEQ) && c.isObj(cond.Y, obj):
	default:
		return nil
	}
	switch p := l.Post.(type) {
	case *ast.IncDecStmt:
		if p.Tok == token.INC && c.isObj(p.X, obj) {
			return obj
		}
	case *ast.AssignStmt:
		if p.Tok == token.ADD_ASSIGN && len(p.Lhs) == 1 && c.isObj(p.Lhs[0], obj) {
			if tv := c.info.Types[p.Rhs[0]]; tv.Value != nil && constant.Compare(tv.Value, token.EQL, constant.MakeInt64(1)) {
				return obj
			}
		}
	}
	return nil
}
