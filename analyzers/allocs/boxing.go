package allocs

import (
	"go/ast"
	"go/token"
	"go/types"
)

// boxingCall reports arguments converted to an interface parameter in a
// loop when the conversion heap-allocates (off by default: -allocs.boxing).
func (c *checker) boxingCall(call *ast.CallExpr) {
	tv := c.pass.TypesInfo.Types[call.Fun]
	if tv.IsType() {
		if len(call.Args) == 1 && types.IsInterface(tv.Type) {
			c.boxing(call.Args[0], tv.Type)
		}
		return
	}
	sig, ok := tv.Type.(*types.Signature)
	if !ok || call.Ellipsis.IsValid() {
		return
	}
	if tv.IsBuiltin() {
		return
	}
	params := sig.Params()
	for i, a := range call.Args {
		var pt types.Type
		switch {
		case sig.Variadic() && i >= params.Len()-1:
			pt = params.At(params.Len() - 1).Type().(*types.Slice).Elem()
		case i < params.Len():
			pt = params.At(i).Type()
		default:
			return
		}
		c.boxing(a, pt)
	}
}

// boxingAssign reports x = v with x of interface type and v not.
func (c *checker) boxingAssign(as *ast.AssignStmt) {
	if as.Tok != token.ASSIGN || len(as.Lhs) != len(as.Rhs) {
		return
	}
	for i, l := range as.Lhs {
		if t := c.pass.TypesInfo.TypeOf(l); t != nil {
			c.boxing(as.Rhs[i], t)
		}
	}
}

func (c *checker) boxing(e ast.Expr, target types.Type) {
	if !types.IsInterface(target) {
		return
	}
	tv := c.pass.TypesInfo.Types[e]
	if tv.Type == nil || types.IsInterface(tv.Type) || tv.Value != nil || tv.IsNil() || !boxingAllocates(c.pass.TypesSizes, tv.Type) {
		return
	}
	c.r.Reportf(e, "boxing",
		"converting %s to an interface in a loop heap-allocates %d bytes on every iteration unless the value is an integer below 256 or a zero string or slice (%s); pass a pointer or a concrete type",
		types.TypeString(tv.Type, types.RelativeTo(c.pass.Pkg)), c.pass.TypesSizes.Sizeof(tv.Type), costBoxing)
}

// boxingAllocates reports whether converting a value of type t to an
// interface can allocate: not for pointer-shaped types (stored in the
// interface word), zero-size types, or one-byte integers and bools (the
// runtime points into a static table).
func boxingAllocates(sizes types.Sizes, t types.Type) bool {
	if sizes.Sizeof(t) == 0 || pointerShaped(t) {
		return false
	}
	if b, ok := t.Underlying().(*types.Basic); ok && sizes.Sizeof(t) == 1 && b.Info()&(types.IsInteger|types.IsBoolean) != 0 {
		return false
	}
	return true
}

func pointerShaped(t types.Type) bool {
	switch u := t.Underlying().(type) {
	case *types.Pointer, *types.Map, *types.Chan, *types.Signature:
		return true
	case *types.Basic:
		return u.Kind() == types.UnsafePointer
	case *types.Struct:
		return u.NumFields() == 1 && pointerShaped(u.Field(0).Type())
	case *types.Array:
		return u.Len() == 1 && pointerShaped(u.Elem())
	}
	return false
}
