// Package specialize implements `hpgen specialize`: it writes concrete,
// non-generic copies of generic functions and types into zspecialized.go.
//
// Go compiles generics by GC shape: every pointer type argument (and every
// interface) shares one instantiation that reaches the type parameter's
// methods through a dictionary, so a call such as x.Less(y) on a type
// parameter is an indirect call that is never inlined. A copy with the type arguments
// written in turns those calls into direct, inlinable ones. Nobody wants to
// maintain such copies by hand, so this package derives them from the
// generic source.
//
// A request is a directive in the doc comment of a generic function or type
//
//	//hpgen:specialize T=*Item,int64 K=string
//	//hpgen:specialize T=float64 name=sumF64 dispatch=Sum
//
// or the same given as flags (hpgen specialize -func Name -types 'T=*Item').
// Each listed type parameter takes a comma-separated list of type
// arguments; the request is their cartesian product. The copy is named
// after the original and its type arguments (HeapItem, SumFloat64) unless
// name= says otherwise. dispatch=Name also emits a generic function Name
// with the original signature that calls the specialised copy when its type
// arguments match exactly and the original otherwise: name the generic
// original sortAny, say, and dispatch=Sort, and callers of Sort get the copy
// without changing.
//
// The substitution runs over the type-checked syntax: every type name that
// mentions a type parameter (T, Heap[T], atomic.Pointer[T]) is re-rendered
// from its substituted type, while composite type literals keep their text
// (field names, tags, comments) with only the names inside replaced.
// Generic callees and generic types of the same package reached from a
// copy are specialised too (and their references renamed), and references
// to imported packages are emitted with jen.Qual so the import block is
// right. Function bodies keep their source text (and comments) apart from
// those replacements. A type switch on a value converted from a type
// parameter (switch v := any(x).(type)) is resolved when the type argument
// is concrete: the clause the run-time switch would take becomes a plain
// block, unless a break in it would change target.
//
// Specialize refuses, naming the place and writing nothing, when the
// result could differ from the generic code or would not build: reflection
// on a type parameter; a type switch it cannot resolve whose cases collide
// once the type arguments are written in; a type argument name shadowed
// where it would be written; type arguments that do not satisfy the
// constraint; and any copy that does not type-check (for example constant
// arithmetic that overflows once the type is known), which is how
// constraint rules the substitution cannot preserve surface.
package specialize
