package specialize

import (
	"fmt"
	"go/token"
	"go/types"
	"strconv"
	"strings"
)

// A substitution maps the type parameters of one generic declaration (for
// a method, its receiver type parameters) to type arguments.
type substitution map[*types.TypeParam]types.Type

// mentions reports whether t refers to a type parameter of s. Named types
// are opaque apart from their type arguments: a package-level type cannot
// mention a type parameter otherwise, and a type declared inside a generic
// function is copied (and substituted) with the function's body.
func (s substitution) mentions(t types.Type) bool {
	switch t := t.(type) {
	case *types.TypeParam:
		_, ok := s[t]
		return ok
	case *types.Basic, nil:
		return false
	case *types.Alias:
		if t.TypeArgs().Len() > 0 {
			return s.mentions(types.Unalias(t))
		}
		return false
	case *types.Named:
		for a := range t.TypeArgs().Types() {
			if s.mentions(a) {
				return true
			}
		}
		return false
	case *types.Pointer:
		return s.mentions(t.Elem())
	case *types.Slice:
		return s.mentions(t.Elem())
	case *types.Array:
		return s.mentions(t.Elem())
	case *types.Chan:
		return s.mentions(t.Elem())
	case *types.Map:
		return s.mentions(t.Key()) || s.mentions(t.Elem())
	case *types.Signature:
		return s.mentions(t.Params()) || s.mentions(t.Results())
	case *types.Tuple:
		for _, v := range vars(t) {
			if s.mentions(v.Type()) {
				return true
			}
		}
		return false
	case *types.Struct:
		for f := range t.Fields() {
			if s.mentions(f.Type()) {
				return true
			}
		}
		return false
	case *types.Interface:
		for m := range t.ExplicitMethods() {
			if s.mentions(m.Type()) {
				return true
			}
		}
		for e := range t.EmbeddedTypes() {
			if s.mentions(e) {
				return true
			}
		}
		return false
	case *types.Union:
		for i := range t.Len() {
			if s.mentions(t.Term(i).Type()) {
				return true
			}
		}
		return false
	}
	return false
}

// apply returns t with the type parameters of s replaced.
func (s substitution) apply(t types.Type) (types.Type, error) {
	if !s.mentions(t) {
		return t, nil
	}
	switch t := t.(type) {
	case *types.TypeParam:
		return s[t], nil
	case *types.Alias:
		return s.apply(types.Unalias(t))
	case *types.Named:
		args := make([]types.Type, t.TypeArgs().Len())
		for i, a := range typeArgs(t.TypeArgs()) {
			na, err := s.apply(a)
			if err != nil {
				return nil, err
			}
			args[i] = na
		}
		return types.Instantiate(nil, t.Origin(), args, true)
	case *types.Pointer:
		e, err := s.apply(t.Elem())
		return types.NewPointer(e), err
	case *types.Slice:
		e, err := s.apply(t.Elem())
		return types.NewSlice(e), err
	case *types.Array:
		e, err := s.apply(t.Elem())
		return types.NewArray(e, t.Len()), err
	case *types.Chan:
		e, err := s.apply(t.Elem())
		return types.NewChan(t.Dir(), e), err
	case *types.Map:
		k, err := s.apply(t.Key())
		if err != nil {
			return nil, err
		}
		e, err := s.apply(t.Elem())
		return types.NewMap(k, e), err
	case *types.Signature:
		p, err := s.tuple(t.Params())
		if err != nil {
			return nil, err
		}
		r, err := s.tuple(t.Results())
		if err != nil {
			return nil, err
		}
		return types.NewSignatureType(nil, nil, nil, p, r, t.Variadic()), nil
	case *types.Struct:
		fields := make([]*types.Var, t.NumFields())
		tags := make([]string, t.NumFields())
		for i := range t.NumFields() {
			f := t.Field(i)
			ft, err := s.apply(f.Type())
			if err != nil {
				return nil, err
			}
			fields[i] = types.NewField(f.Pos(), f.Pkg(), f.Name(), ft, f.Embedded())
			tags[i] = t.Tag(i)
		}
		return types.NewStruct(fields, tags), nil
	case *types.Interface:
		var methods []*types.Func
		for m := range t.ExplicitMethods() {
			mt, err := s.apply(m.Type())
			if err != nil {
				return nil, err
			}
			methods = append(methods, types.NewFunc(m.Pos(), m.Pkg(), m.Name(), mt.(*types.Signature)))
		}
		var embedded []types.Type
		for e := range t.EmbeddedTypes() {
			et, err := s.apply(e)
			if err != nil {
				return nil, err
			}
			embedded = append(embedded, et)
		}
		return types.NewInterfaceType(methods, embedded).Complete(), nil
	case *types.Union:
		terms := make([]*types.Term, t.Len())
		for i := range t.Len() {
			tt, err := s.apply(t.Term(i).Type())
			if err != nil {
				return nil, err
			}
			terms[i] = types.NewTerm(t.Term(i).Tilde(), tt)
		}
		return types.NewUnion(terms), nil
	}
	return nil, fmt.Errorf("cannot substitute into %s (%T)", t, t)
}

func (s substitution) tuple(t *types.Tuple) (*types.Tuple, error) {
	out := make([]*types.Var, t.Len())
	for i, v := range vars(t) {
		vt, err := s.apply(v.Type())
		if err != nil {
			return nil, err
		}
		out[i] = types.NewParam(v.Pos(), v.Pkg(), v.Name(), vt)
	}
	return types.NewTuple(out...), nil
}

// typeFrag renders t as Go source for a position pos in the package being
// specialised. Types of other packages become jen.Qual references, so the
// import block is right; instances of this package's generic types become
// references to their specialised copies (which are queued for emission).
func (sp *specializer) typeFrag(t types.Type, pos token.Pos) (frag, error) {
	var f frag
	err := sp.renderType(&f, t, pos)
	return f, err
}

func (sp *specializer) renderType(f *frag, t types.Type, pos token.Pos) error {
	switch t := t.(type) {
	case *types.Basic:
		if t.Kind() == types.UnsafePointer {
			f.qual("unsafe", "Pointer")
			return nil
		}
		if err := sp.checkVisible(t.Name(), types.Universe.Lookup(t.Name()), pos); err != nil {
			return err
		}
		f.text(t.Name())
	case *types.Alias:
		if t.TypeArgs().Len() > 0 {
			return sp.renderType(f, types.Unalias(t), pos)
		}
		return sp.renderObj(f, t.Obj(), pos)
	case *types.Named:
		obj := t.Obj()
		if obj.Pkg() == sp.pkg && t.TypeArgs().Len() > 0 {
			name, err := sp.instance(t.Origin().Obj(), typeArgs(t.TypeArgs()), pos)
			if err != nil {
				return err
			}
			f.text(name)
			return nil
		}
		if err := sp.renderObj(f, obj, pos); err != nil {
			return err
		}
		if t.TypeArgs().Len() > 0 {
			f.text("[")
			for i, a := range typeArgs(t.TypeArgs()) {
				if i > 0 {
					f.text(", ")
				}
				if err := sp.renderType(f, a, pos); err != nil {
					return err
				}
			}
			f.text("]")
		}
	case *types.Pointer:
		f.text("*")
		return sp.renderType(f, t.Elem(), pos)
	case *types.Slice:
		f.text("[]")
		return sp.renderType(f, t.Elem(), pos)
	case *types.Array:
		f.text("[" + strconv.FormatInt(t.Len(), 10) + "]")
		return sp.renderType(f, t.Elem(), pos)
	case *types.Map:
		f.text("map[")
		if err := sp.renderType(f, t.Key(), pos); err != nil {
			return err
		}
		f.text("]")
		return sp.renderType(f, t.Elem(), pos)
	case *types.Chan:
		switch t.Dir() {
		case types.SendRecv:
			f.text("chan ")
			if c, ok := t.Elem().(*types.Chan); ok && c.Dir() == types.RecvOnly {
				f.text("(")
				defer f.text(")")
			}
		case types.SendOnly:
			f.text("chan<- ")
		case types.RecvOnly:
			f.text("<-chan ")
		}
		return sp.renderType(f, t.Elem(), pos)
	case *types.Signature:
		f.text("func")
		return sp.renderSignature(f, t, pos)
	case *types.Struct:
		f.text("struct{")
		for i := range t.NumFields() {
			fld := t.Field(i)
			if i > 0 {
				f.text("; ")
			}
			if !fld.Embedded() {
				f.text(fld.Name() + " ")
			}
			if err := sp.renderType(f, fld.Type(), pos); err != nil {
				return err
			}
			if tag := t.Tag(i); tag != "" {
				f.text(" " + strconv.Quote(tag))
			}
		}
		f.text("}")
	case *types.Interface:
		if t.NumExplicitMethods() == 0 && t.NumEmbeddeds() == 0 {
			f.text("interface{}")
			return nil
		}
		f.text("interface{")
		n := 0
		for m := range t.ExplicitMethods() {
			if n > 0 {
				f.text("; ")
			}
			n++
			f.text(m.Name())
			if err := sp.renderSignature(f, m.Type().(*types.Signature), pos); err != nil {
				return err
			}
		}
		for e := range t.EmbeddedTypes() {
			if n > 0 {
				f.text("; ")
			}
			n++
			if err := sp.renderType(f, e, pos); err != nil {
				return err
			}
		}
		f.text("}")
	case *types.Union:
		for i := range t.Len() {
			if i > 0 {
				f.text(" | ")
			}
			if t.Term(i).Tilde() {
				f.text("~")
			}
			if err := sp.renderType(f, t.Term(i).Type(), pos); err != nil {
				return err
			}
		}
	case *types.TypeParam:
		return fmt.Errorf("%s: type parameter %s has no type argument here", sp.position(pos), t)
	default:
		return fmt.Errorf("%s: cannot write type %s (%T)", sp.position(pos), t, t)
	}
	return nil
}

func (sp *specializer) renderSignature(f *frag, sig *types.Signature, pos token.Pos) error {
	tuple := func(t *types.Tuple, variadic bool) error {
		f.text("(")
		for i, v := range vars(t) {
			if i > 0 {
				f.text(", ")
			}
			vt := v.Type()
			if variadic && i == t.Len()-1 {
				f.text("...")
				vt = vt.(*types.Slice).Elem()
			}
			if err := sp.renderType(f, vt, pos); err != nil {
				return err
			}
		}
		f.text(")")
		return nil
	}
	if err := tuple(sig.Params(), sig.Variadic()); err != nil {
		return err
	}
	if sig.Results().Len() > 0 {
		f.text(" ")
		return tuple(sig.Results(), false)
	}
	return nil
}

// renderObj writes a reference to a package-level (or universe, or local)
// type name.
func (sp *specializer) renderObj(f *frag, obj *types.TypeName, pos token.Pos) error {
	switch {
	case obj.Pkg() == nil: // universe: any, error, comparable
		if err := sp.checkVisible(obj.Name(), obj, pos); err != nil {
			return err
		}
		f.text(obj.Name())
	case obj.Pkg() == sp.pkg:
		if obj.Parent() == sp.pkg.Scope() {
			if err := sp.checkVisible(obj.Name(), obj, pos); err != nil {
				return err
			}
		}
		f.text(obj.Name())
	default:
		f.qual(obj.Pkg().Path(), obj.Name())
	}
	return nil
}

// checkVisible makes sure that name written at pos refers to obj: a local
// declaration of the same name would capture it in the copy.
func (sp *specializer) checkVisible(name string, obj types.Object, pos token.Pos) error {
	if obj == nil || !pos.IsValid() {
		return nil
	}
	scope := sp.pkg.Scope().Innermost(pos)
	if scope == nil {
		return nil
	}
	_, found := scope.LookupParent(name, pos)
	if tn, ok := found.(*types.TypeName); ok {
		if _, ok := tn.Type().(*types.TypeParam); ok {
			return nil // a type parameter: gone from the copy
		}
	}
	if found != nil && found != obj {
		return fmt.Errorf("%s: cannot write type %s here: the name is shadowed by %s declared at %s; rename one of them",
			sp.position(pos), name, strings.TrimPrefix(found.String(), "var "), sp.position(found.Pos()))
	}
	return nil
}

// bind maps the type parameters of tpl, in order, to targs.
func bind(tpl *types.TypeParamList, targs []types.Type) substitution {
	subst := make(substitution, tpl.Len())
	for i, tp := range tparams(tpl) {
		subst[tp] = targs[i]
	}
	return subst
}

func tparams(l *types.TypeParamList) []*types.TypeParam {
	out := make([]*types.TypeParam, l.Len())
	for i := range out {
		out[i] = l.At(i)
	}
	return out
}

func typeArgs(l *types.TypeList) []types.Type {
	out := make([]types.Type, l.Len())
	for i := range out {
		out[i] = l.At(i)
	}
	return out
}

func vars(t *types.Tuple) []*types.Var {
	out := make([]*types.Var, t.Len())
	for i := range out {
		out[i] = t.At(i)
	}
	return out
}
