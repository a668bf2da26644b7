package hoist

import (
	"go/token"
	"go/types"

	"golang.org/x/tools/go/ssa"
)

// Memory is modelled by type, the way Go's own type rules allow it to
// alias: a store through a *T can only change a cell of type T (or, via
// pointer conversion, of a type with T's underlying type), and any value
// that holds such a cell inline (a struct field, an array element). Code
// that converts unsafe.Pointer breaks that rule, so functions doing so are
// not analysed at all.

// effects is what a piece of code may write.
type effects struct {
	all    bool         // an unknown call, a channel operation, a go or defer statement
	stores []types.Type // types of the cells written by stores, append, copy, clear
	maps   []types.Type // map types written by m[k] = v, delete, clear
}

// writesCell reports whether the code may change a cell of type t.
func (e *effects) writesCell(t types.Type) bool {
	if e.all {
		return true
	}
	for _, s := range e.stores {
		if overlap(s, t) {
			return true
		}
	}
	return false
}

// writesMap reports whether the code may change a map of type t.
func (e *effects) writesMap(t types.Type) bool {
	if e.all {
		return true
	}
	for _, s := range e.maps {
		if overlap(s, t) {
			return true
		}
	}
	return false
}

// reads is what a call may read: cells by type and maps by type.
type reads struct {
	cells []types.Type
	maps  []types.Type
}

func (r *reads) add(o reads) {
	for _, t := range o.cells {
		r.cells = addType(r.cells, t)
	}
	for _, t := range o.maps {
		r.maps = addType(r.maps, t)
	}
}

// addType appends t to ts unless an identical type is already there.
func addType(ts []types.Type, t types.Type) []types.Type {
	for _, s := range ts {
		if types.IdenticalIgnoreTags(s, t) {
			return ts
		}
	}
	return append(ts, t)
}

// changedBy reports whether anything r reads may be written by e.
func (r reads) changedBy(e *effects) bool {
	for _, c := range r.cells {
		if e.writesCell(c) {
			return true
		}
	}
	for _, m := range r.maps {
		if e.writesMap(m) {
			return true
		}
	}
	return false
}

// overlap reports whether a cell of type a and one of type b may share
// memory. Type parameters may stand for anything.
func overlap(a, b types.Type) bool {
	if a == types.Typ[types.Invalid] || b == types.Typ[types.Invalid] || hasTypeParam(a) || hasTypeParam(b) {
		return true
	}
	return containsInline(a, b, 0) || containsInline(b, a, 0)
}

// containsInline reports whether a value of type outer has a part of type
// inner stored inline (itself, a field, an array element, recursively).
func containsInline(outer, inner types.Type, depth int) bool {
	if depth > 10 {
		return true // absurdly deep: give up, conservatively
	}
	ou := outer.Underlying()
	if types.IdenticalIgnoreTags(ou, inner.Underlying()) {
		return true
	}
	switch ou := ou.(type) {
	case *types.Struct:
		for i := range ou.NumFields() {
			if containsInline(ou.Field(i).Type(), inner, depth+1) {
				return true
			}
		}
	case *types.Array:
		return containsInline(ou.Elem(), inner, depth+1)
	}
	return false
}

func hasTypeParam(t types.Type) bool {
	seen := make(map[*types.Named]bool)
	var visit func(t types.Type) bool
	visit = func(t types.Type) bool {
		switch t := t.(type) {
		case *types.TypeParam:
			return true
		case *types.Named:
			if seen[t] {
				return false
			}
			seen[t] = true
			if args := t.TypeArgs(); args != nil {
				for i := range args.Len() {
					if visit(args.At(i)) {
						return true
					}
				}
			}
			return visit(t.Underlying())
		case *types.Alias:
			return visit(types.Unalias(t))
		case *types.Pointer:
			return visit(t.Elem())
		case *types.Slice:
			return visit(t.Elem())
		case *types.Array:
			return visit(t.Elem())
		case *types.Map:
			return visit(t.Key()) || visit(t.Elem())
		case *types.Chan:
			return visit(t.Elem())
		case *types.Struct:
			for i := range t.NumFields() {
				if visit(t.Field(i).Type()) {
					return true
				}
			}
		}
		return false
	}
	return visit(t)
}

// pointee returns the type a pointer-typed value points to.
func pointee(v ssa.Value) types.Type {
	if p, ok := v.Type().Underlying().(*types.Pointer); ok {
		return p.Elem()
	}
	if tp, ok := types.Unalias(v.Type()).(*types.TypeParam); ok {
		// A pointer-constrained type parameter: its core type.
		if p, ok := coreType(tp).(*types.Pointer); ok {
			return p.Elem()
		}
	}
	return types.Typ[types.Invalid]
}

// coreType returns the single underlying type of a type parameter's type
// set, or nil.
func coreType(tp *types.TypeParam) types.Type {
	iface, _ := tp.Constraint().Underlying().(*types.Interface)
	if iface == nil {
		return nil
	}
	var core types.Type
	for i := range iface.NumEmbeddeds() {
		u, ok := iface.EmbeddedType(i).(*types.Union)
		if !ok {
			continue
		}
		for j := range u.Len() {
			t := u.Term(j).Type().Underlying()
			if core != nil && !types.Identical(core, t) {
				return nil
			}
			core = t
		}
	}
	return core
}

// elemOf returns the element type of a slice, or of a string's bytes.
func elemOf(t types.Type) types.Type {
	switch u := t.Underlying().(type) {
	case *types.Slice:
		return u.Elem()
	case *types.Basic:
		if u.Info()&types.IsString != 0 {
			return types.Typ[types.Byte]
		}
	}
	return types.Typ[types.Invalid]
}

// An analysis holds what is shared by all loops of one package: summaries
// of the package's own functions.
type pkgState struct {
	pkg       *ssa.Package
	summaries map[*ssa.Function]*summary
}

// A summary says whether calling a function of this package can change any
// memory its caller sees, and if not, what it reads and what it costs.
type summary struct {
	done     bool
	readOnly bool // writes only memory it allocated; calls only read-only functions
	reads    reads
	costly   bool   // loops, allocates, or calls something costly
	cost     string // for the message
}

// callee classifies a call: whether it is read-only, and if so, what
// it reads and what it costs.
func (a *pkgState) callee(c *ssa.CallCommon) (readOnly bool, r reads, costly bool, cost string) {
	if c.IsInvoke() {
		return false, reads{}, false, ""
	}
	switch fn := c.Value.(type) {
	case *ssa.Builtin:
		switch fn.Name() {
		case "len", "cap", "min", "max", "real", "imag", "complex", "print", "println", "panic", "recover", "ssa:wrapnilchk":
			return true, reads{}, false, ""
		}
		return false, reads{}, false, "" // append, copy, delete, clear: writes
	case *ssa.Function:
		if p, ok := lookupPure(fn); ok {
			if p.readsBytes {
				for _, arg := range c.Args {
					if e := elemOf(arg.Type()); e != types.Typ[types.Invalid] {
						r.cells = append(r.cells, e)
					}
				}
			}
			return true, r, !p.cheap, p.cost
		}
		if fn.Pkg != a.pkg || fn.Blocks == nil {
			return false, reads{}, false, ""
		}
		s := a.summarize(fn)
		if !s.done {
			return false, reads{}, false, "" // recursion: assume it writes
		}
		return s.readOnly, s.reads, s.costly, s.cost
	case *ssa.MakeClosure:
		return false, reads{}, false, ""
	}
	return false, reads{}, false, ""
}

// summarize computes (once) the summary of a function of this package.
// A function still being summarized (recursion) is treated as writing.
func (a *pkgState) summarize(fn *ssa.Function) *summary {
	if s := a.summaries[fn]; s != nil {
		return s
	}
	s := &summary{}
	a.summaries[fn] = s
	if usesUnsafe(fn) || fn.Recover != nil {
		s.done = true
		return s
	}
	ok := true
	f := freshness{}
	if hasLoop(fn) {
		s.costly, s.cost = true, "loops"
	}
	for _, b := range fn.Blocks {
		for _, instr := range b.Instrs {
			switch in := instr.(type) {
			case *ssa.Store:
				if !f.fresh(in.Addr) {
					ok = false
				}
			case *ssa.MapUpdate:
				if !f.fresh(in.Map) {
					ok = false
				}
			case *ssa.Go, *ssa.Defer, *ssa.Send, *ssa.Select, *ssa.RunDefers:
				ok = false
			case *ssa.UnOp:
				switch in.Op {
				case token.ARROW:
					ok = false
				case token.MUL:
					if !f.fresh(in.X) {
						s.reads.cells = addType(s.reads.cells, pointee(in.X))
					}
				}
			case *ssa.Lookup:
				if _, isMap := in.X.Type().Underlying().(*types.Map); isMap && !f.fresh(in.X) {
					s.reads.maps = addType(s.reads.maps, in.X.Type())
				}
			case *ssa.Next:
				if !in.IsString {
					ok = false // map iteration order is not deterministic
				}
			case *ssa.Convert:
				if e := elemOf(in.X.Type()); e != types.Typ[types.Invalid] && !isString(in.X.Type()) {
					s.reads.cells = addType(s.reads.cells, e) // string(b) reads b's elements
				}
				if isString(in.Type()) && !isString(in.X.Type()) {
					s.costly, s.cost = true, "allocates"
				}
			case *ssa.Alloc:
				if in.Heap {
					s.costly, s.cost = true, "allocates"
				}
			case *ssa.MakeSlice, *ssa.MakeMap, *ssa.MakeChan:
				s.costly, s.cost = true, "allocates"
			case *ssa.MakeClosure:
				ok = false
			case *ssa.BinOp:
				if in.Op == token.ADD && isString(in.Type()) {
					s.costly, s.cost = true, "allocates"
				}
			}
			if call, isCall := instr.(*ssa.Call); isCall {
				c := call.Common()
				if b, isBuiltin := c.Value.(*ssa.Builtin); isBuiltin {
					switch b.Name() {
					case "append", "copy", "clear":
						if !f.fresh(c.Args[0]) {
							ok = false
						}
						if b.Name() == "append" {
							s.costly, s.cost = true, "allocates"
						}
						continue
					case "delete":
						if !f.fresh(c.Args[0]) {
							ok = false
						}
						continue
					}
				}
				ro, r, costly, cost := a.callee(c)
				if !ro {
					ok = false
				}
				s.reads.add(r)
				if costly && !s.costly {
					s.costly, s.cost = true, "calls "+calleeName(c)+", which "+cost
				}
			}
		}
	}
	s.readOnly = ok
	s.done = true
	return s
}

func calleeName(c *ssa.CallCommon) string {
	if fn := c.StaticCallee(); fn != nil {
		if fn.Pkg != nil && fn.Signature.Recv() == nil {
			return fn.Pkg.Pkg.Name() + "." + fn.Name()
		}
		return fn.Name()
	}
	return "a function"
}

func isString(t types.Type) bool {
	b, ok := t.Underlying().(*types.Basic)
	return ok && b.Info()&types.IsString != 0
}

// freshness decides whether a pointer, slice or map value refers only to
// memory allocated by the function being summarized, so that writing it
// cannot be seen by the caller before the function returns.
type freshness map[ssa.Value]bool

func (f freshness) fresh(v ssa.Value) bool {
	if r, ok := f[v]; ok {
		return r
	}
	f[v] = true // optimistic for phi cycles: every input must still be fresh
	r := f.compute(v)
	f[v] = r
	return r
}

func (f freshness) compute(v ssa.Value) bool {
	switch v := v.(type) {
	case *ssa.Alloc, *ssa.MakeSlice, *ssa.MakeMap:
		return true
	case *ssa.Const:
		return v.IsNil()
	case *ssa.FieldAddr:
		return f.fresh(v.X)
	case *ssa.IndexAddr:
		return f.fresh(v.X) // a slice or a pointer to an array
	case *ssa.Slice:
		return f.fresh(v.X)
	case *ssa.Phi:
		for _, e := range v.Edges {
			if !f.fresh(e) {
				return false
			}
		}
		return true
	case *ssa.Call:
		if b, ok := v.Call.Value.(*ssa.Builtin); ok && b.Name() == "append" {
			return f.fresh(v.Call.Args[0])
		}
	case *ssa.ChangeType:
		return f.fresh(v.X)
	}
	return false
}

// usesUnsafe reports whether fn converts to or from unsafe.Pointer, which
// defeats the type-based model of memory above.
func usesUnsafe(fn *ssa.Function) bool {
	for _, b := range fn.Blocks {
		for _, instr := range b.Instrs {
			if c, ok := instr.(*ssa.Convert); ok && (isUnsafePointer(c.X.Type()) || isUnsafePointer(c.Type())) {
				return true
			}
		}
	}
	return false
}

func isUnsafePointer(t types.Type) bool {
	b, ok := t.Underlying().(*types.Basic)
	return ok && b.Kind() == types.UnsafePointer
}

// loopEffects computes what the loop's own instructions may write.
func (a *pkgState) loopEffects(fn *ssa.Function, l *loop) *effects {
	if l.eff != nil {
		return l.eff
	}
	e := &effects{}
	l.eff = e
	for _, b := range fn.Blocks {
		if !l.contains(b) {
			continue
		}
		for _, instr := range b.Instrs {
			switch in := instr.(type) {
			case *ssa.Store:
				e.stores = addType(e.stores, pointee(in.Addr))
			case *ssa.MapUpdate:
				e.maps = addType(e.maps, in.Map.Type())
			case *ssa.Go, *ssa.Defer, *ssa.Send, *ssa.Select, *ssa.RunDefers:
				e.all = true
			case *ssa.UnOp:
				if in.Op == token.ARROW {
					e.all = true
				}
			case *ssa.Call:
				c := in.Common()
				if bi, ok := c.Value.(*ssa.Builtin); ok {
					switch bi.Name() {
					case "append", "copy":
						e.stores = addType(e.stores, elemOf(c.Args[0].Type()))
						continue
					case "delete":
						e.maps = addType(e.maps, c.Args[0].Type())
						continue
					case "clear":
						if _, isMap := c.Args[0].Type().Underlying().(*types.Map); isMap {
							e.maps = addType(e.maps, c.Args[0].Type())
						} else {
							e.stores = addType(e.stores, elemOf(c.Args[0].Type()))
						}
						continue
					}
				}
				if ro, _, _, _ := a.callee(c); !ro {
					e.all = true
				}
			}
			if e.all {
				return e
			}
		}
	}
	return e
}
