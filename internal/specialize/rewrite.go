package specialize

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"strconv"
	"strings"

	"github.com/dave/jennifer/jen"
	"golang.org/x/tools/go/types/typeutil"
)

// A frag is Go source in pieces: plain text, and references to other
// packages that jennifer writes (and imports) itself.
type frag []piece

type piece struct {
	text       string
	path, name string // a jen.Qual reference when path is set
}

func (f *frag) text(s string) {
	if s != "" {
		*f = append(*f, piece{text: s})
	}
}

func (f *frag) qual(path, name string) { *f = append(*f, piece{path: path, name: name}) }

func (f *frag) add(g frag) { *f = append(*f, g...) }

// code converts f to jennifer code. jennifer separates the items with
// spaces, which gofmt (run by File.Render) removes where they do not
// belong.
func (f frag) code() *jen.Statement {
	s := jen.Null()
	for _, p := range f {
		if p.path != "" {
			s.Add(jen.Qual(p.path, p.name))
		} else {
			s.Add(jen.Op(p.text))
		}
	}
	return s
}

// A rewriter copies the source of one generic declaration with its type
// parameters substituted.
type rewriter struct {
	sp    *specializer
	subst substitution
	src   []byte
	tf    *token.File
	keep  ast.Node // see inner
}

func (sp *specializer) rewriter(node ast.Node, subst substitution) *rewriter {
	tf := sp.fset.File(node.Pos())
	return &rewriter{sp: sp, subst: subst, src: sp.files[tf], tf: tf}
}

type replacement struct {
	start, end token.Pos
	with       frag
}

// node returns the source of n with its replacements applied.
func (rw *rewriter) node(n ast.Node) (frag, error) {
	return rw.span(n, n.Pos(), n.End())
}

// inner is like node but keeps n's own source, replacing only within it:
// a struct type keeps its layout, field comments and tags.
func (rw *rewriter) inner(n ast.Node) (frag, error) {
	rw.keep = n
	defer func() { rw.keep = nil }()
	return rw.span(n, n.Pos(), n.End())
}

// span returns the source between start and end, which lie in n, with the
// replacements within n applied.
func (rw *rewriter) span(n ast.Node, start, end token.Pos) (frag, error) {
	var reps []replacement
	var stack []ast.Node
	var err error
	ast.Inspect(n, func(m ast.Node) bool {
		if m == nil {
			stack = stack[:len(stack)-1]
			return false
		}
		if err != nil {
			return false
		}
		var parent ast.Node
		if len(stack) > 0 {
			parent = stack[len(stack)-1]
		}
		var with frag
		var replaced bool
		if m != rw.keep {
			with, replaced, err = rw.replace(m, parent)
		}
		if err != nil || replaced {
			if replaced {
				reps = append(reps, replacement{m.Pos(), m.End(), with})
			}
			return false
		}
		stack = append(stack, m)
		return true
	})
	if err != nil {
		return nil, err
	}
	var f frag
	at := start
	for _, r := range reps {
		if r.start < start || r.end > end {
			continue
		}
		f.text(rw.text(at, r.start))
		f.add(r.with)
		at = r.end
	}
	f.text(rw.text(at, end))
	return f, nil
}

func (rw *rewriter) text(from, to token.Pos) string {
	return string(rw.src[rw.tf.Offset(from):rw.tf.Offset(to)])
}

// replace decides what becomes of one node of the copy.
func (rw *rewriter) replace(n, parent ast.Node) (frag, bool, error) {
	info := rw.sp.info
	if ts, ok := n.(*ast.TypeSwitchStmt); ok {
		if _, labeled := parent.(*ast.LabeledStmt); !labeled {
			if f, ok, err := rw.foldTypeSwitch(ts); ok || err != nil {
				return f, ok, err
			}
		}
	}
	if err := rw.refuse(n); err != nil {
		return nil, false, err
	}
	// A reference to a generic function of this package becomes a
	// reference to its copy: G, G[T], G[K, V].
	if id := genericFuncIdent(n); id != nil {
		if inst, ok := info.Instances[id]; ok {
			if fn, ok := info.Uses[id].(*types.Func); ok && fn.Pkg() == rw.sp.pkg && rw.sp.funcs[fn] != nil {
				targs := make([]types.Type, inst.TypeArgs.Len())
				for i, a := range typeArgs(inst.TypeArgs) {
					t, err := rw.subst.apply(a)
					if err != nil {
						return nil, false, fmt.Errorf("%s: %v", rw.sp.position(n.Pos()), err)
					}
					targs[i] = t
				}
				name, err := rw.sp.instance(fn, targs, n.Pos())
				if err != nil {
					return nil, false, err
				}
				return frag{{text: name}}, true, nil
			}
		}
	}
	expr, ok := n.(ast.Expr)
	if !ok {
		return nil, false, nil
	}
	// A type name that mentions a type parameter (T, Heap[T], pkg.P[T]) is
	// written out from its substituted type. Composite type literals are
	// copied with their names, tags and comments, and only the names within
	// them replaced.
	if tv, ok := info.Types[expr]; ok && tv.IsType() && isTypeName(expr) && rw.subst.mentions(tv.Type) {
		t, err := rw.subst.apply(tv.Type)
		if err != nil {
			return nil, false, fmt.Errorf("%s: %v", rw.sp.position(n.Pos()), err)
		}
		f, err := rw.sp.typeFrag(t, n.Pos())
		if err != nil {
			return nil, false, err
		}
		if needsParens(t, n, parent) {
			f = append(append(frag{{text: "("}}, f...), piece{text: ")"})
		}
		return f, true, nil
	}
	switch e := expr.(type) {
	case *ast.SelectorExpr:
		// pkg.Name: let jennifer import pkg.
		if id, ok := e.X.(*ast.Ident); ok {
			if pn, ok := info.Uses[id].(*types.PkgName); ok {
				return frag{{path: pn.Imported().Path(), name: e.Sel.Name}}, true, nil
			}
		}
	case *ast.Ident:
		// A dot-imported name.
		if obj := info.Uses[e]; obj != nil && obj.Pkg() != nil && obj.Pkg() != rw.sp.pkg &&
			obj.Parent() == obj.Pkg().Scope() {
			return frag{{path: obj.Pkg().Path(), name: e.Name}}, true, nil
		}
	}
	return nil, false, nil
}

func isTypeName(e ast.Expr) bool {
	switch e.(type) {
	case *ast.Ident, *ast.SelectorExpr, *ast.IndexExpr, *ast.IndexListExpr:
		return true
	}
	return false
}

// genericFuncIdent returns the function name in G, G[T] or G[K, V].
func genericFuncIdent(n ast.Node) *ast.Ident {
	switch n := n.(type) {
	case *ast.Ident:
		return n
	case *ast.IndexExpr:
		id, _ := n.X.(*ast.Ident)
		return id
	case *ast.IndexListExpr:
		id, _ := n.X.(*ast.Ident)
		return id
	}
	return nil
}

// needsParens reports whether type t written in place of n needs
// parentheses: (*Item)(x), (*Item).Less.
func needsParens(t types.Type, n, parent ast.Node) bool {
	switch t.(type) {
	case *types.Pointer, *types.Signature, *types.Chan:
	default:
		return false
	}
	switch p := parent.(type) {
	case *ast.CallExpr:
		return p.Fun == n
	case *ast.SelectorExpr:
		return p.X == n
	}
	return false
}

// refuse reports what the copy cannot preserve.
func (rw *rewriter) refuse(n ast.Node) error {
	info := rw.sp.info
	switch n := n.(type) {
	case *ast.CallExpr:
		callee := typeutil.Callee(info, n)
		if callee == nil || callee.Pkg() == nil || callee.Pkg().Path() != "reflect" {
			return nil
		}
		mentioned := false
		for _, a := range n.Args {
			if tv, ok := info.Types[a]; ok && rw.subst.mentions(tv.Type) {
				mentioned = true
			}
		}
		if id := funIdent(n.Fun); id != nil {
			if inst, ok := info.Instances[id]; ok {
				for a := range inst.TypeArgs.Types() {
					mentioned = mentioned || rw.subst.mentions(a)
				}
			}
		}
		if mentioned {
			return fmt.Errorf("%s: reflection on a type parameter (%s): refusing to specialise; the copy gains nothing and the reflected type is the point of the call",
				rw.sp.position(n.Pos()), rw.text(n.Fun.Pos(), n.Fun.End()))
		}
	case *ast.TypeSwitchStmt:
		var seen []types.Type
		var seenAt []ast.Expr
		for _, stmt := range n.Body.List {
			for _, e := range stmt.(*ast.CaseClause).List {
				tv, ok := info.Types[e]
				if !ok || !tv.IsType() {
					continue // nil
				}
				t, err := rw.subst.apply(tv.Type)
				if err != nil {
					return fmt.Errorf("%s: %v", rw.sp.position(e.Pos()), err)
				}
				for i, s := range seen {
					if types.Identical(s, t) {
						return fmt.Errorf("%s: cannot resolve this type switch: cases %s (%s) and %s become the same type %s",
							rw.sp.position(e.Pos()), rw.text(seenAt[i].Pos(), seenAt[i].End()), rw.sp.position(seenAt[i].Pos()),
							rw.text(e.Pos(), e.End()), typeString(t, rw.sp.pkg))
					}
				}
				seen = append(seen, t)
				seenAt = append(seenAt, e)
			}
		}
	}
	return nil
}

// funIdent returns the identifier naming a called function: F, pkg.F,
// F[T], pkg.F[T].
func funIdent(e ast.Expr) *ast.Ident {
	switch e := e.(type) {
	case *ast.Ident:
		return e
	case *ast.SelectorExpr:
		return e.Sel
	case *ast.IndexExpr:
		return funIdent(e.X)
	case *ast.IndexListExpr:
		return funIdent(e.X)
	case *ast.ParenExpr:
		return funIdent(e.X)
	}
	return nil
}

// fields renders a parameter, result or receiver list.
func (rw *rewriter) fields(fl *ast.FieldList) ([]jen.Code, error) {
	if fl == nil {
		return nil, nil
	}
	var out []jen.Code
	for _, field := range fl.List {
		t, err := rw.node(field.Type)
		if err != nil {
			return nil, err
		}
		if len(field.Names) == 0 {
			out = append(out, t.code())
			continue
		}
		names := make([]jen.Code, len(field.Names))
		for i, n := range field.Names {
			names[i] = jen.Id(n.Name)
		}
		out = append(out, jen.List(names...).Add(t.code()))
	}
	return out, nil
}

// body renders the statements of a function body.
func (rw *rewriter) body(b *ast.BlockStmt) (jen.Code, error) {
	f, err := rw.span(b, b.Lbrace+1, b.Rbrace)
	if err != nil {
		return nil, err
	}
	// Drop the blank lines that the braces' own lines leave.
	if len(f) > 0 && f[0].path == "" {
		f[0].text = strings.TrimLeft(f[0].text, " \t\r\n")
	}
	if len(f) > 0 && f[len(f)-1].path == "" {
		f[len(f)-1].text = strings.TrimRight(f[len(f)-1].text, " \t\r\n")
	}
	return f.code(), nil
}

func (sp *specializer) emitFunc(in *instance, fn *types.Func) error {
	decl := sp.funcs[fn]
	rw := sp.rewriter(decl, bind(fn.Signature().TypeParams(), in.targs))
	// func SumFloat64(xs []float64) float64 { ...body of Sum with T = float64... }
	c := jen.Comment(fmt.Sprintf("%s is %s%s, specialised by hpgen from %s.", in.name, fn.Name(),
		typeArgString(in.targs, sp.pkg), sp.position(decl.Pos()))).Line()
	if err := rw.funcDecl(c, decl, in.name); err != nil {
		return err
	}
	in.code = append(in.code, c)
	return nil
}

// funcDecl appends to c the declaration of decl, renamed name: its
// receiver (for a method), parameters, results and body, rewritten.
func (rw *rewriter) funcDecl(c *jen.Statement, decl *ast.FuncDecl, name string) error {
	recv, err := rw.fields(decl.Recv)
	if err != nil {
		return err
	}
	params, err := rw.fields(decl.Type.Params)
	if err != nil {
		return err
	}
	results, err := rw.fields(decl.Type.Results)
	if err != nil {
		return err
	}
	body, err := rw.body(decl.Body)
	if err != nil {
		return err
	}
	c.Func()
	if decl.Recv != nil {
		c.Params(recv...)
	}
	c.Id(name).Params(params...)
	if len(results) > 0 {
		c.Params(results...)
	}
	c.Block(body)
	return nil
}

func (sp *specializer) emitType(in *instance, tn *types.TypeName) error {
	spec := sp.types[tn]
	if spec.Assign.IsValid() {
		return fmt.Errorf("%s: %s is a generic alias; specialise the type it names instead", sp.position(spec.Pos()), tn.Name())
	}
	named := tn.Type().(*types.Named)
	rw := sp.rewriter(spec, bind(named.TypeParams(), in.targs))
	typ, err := rw.inner(spec.Type)
	if err != nil {
		return err
	}
	// type HeapItem struct{ items []*Item }
	c := jen.Comment(fmt.Sprintf("%s is %s%s, specialised by hpgen from %s.", in.name, tn.Name(),
		typeArgString(in.targs, sp.pkg), sp.position(spec.Pos()))).Line()
	c.Type().Id(in.name).Add(typ.code())
	in.code = append(in.code, c)
	for _, decl := range sp.methods[tn] {
		m := sp.info.Defs[decl.Name].(*types.Func)
		rw := sp.rewriter(decl, bind(m.Signature().RecvTypeParams(), in.targs))
		// func (h *HeapItem) Push(x *Item) { ...body of (*Heap[T]).Push... }
		mc := jen.Null()
		if decl.Doc != nil {
			for _, line := range strings.Split(strings.TrimSpace(decl.Doc.Text()), "\n") {
				mc.Comment(line).Line()
			}
		}
		if err := rw.funcDecl(mc, decl, decl.Name.Name); err != nil {
			return err
		}
		in.code = append(in.code, mc)
	}
	return nil
}

// emitDispatcher writes a generic function with the signature of d.fn that
// calls the copy whose type arguments are exactly its own, and d.fn
// otherwise. Inside a matching branch the type parameters are identical to
// the copy's types, so values move between them by reinterpreting their
// memory (no boxing, no copy).
func (sp *specializer) emitDispatcher(d *dispatcher) error {
	decl := sp.funcs[d.fn]
	sig := d.fn.Signature()
	plain := sp.rewriter(decl, substitution{})
	tpFrag, err := plain.node(decl.Type.TypeParams)
	if err != nil {
		return err
	}
	tpNames := make([]string, sig.TypeParams().Len())
	for i, tp := range tparams(sig.TypeParams()) {
		if tp.Obj().Name() == "_" {
			return fmt.Errorf("%s: dispatch= needs named type parameters", sp.position(decl.Pos()))
		}
		tpNames[i] = tp.Obj().Name()
	}
	var params []jen.Code
	pi := 0
	for _, field := range decl.Type.Params.List {
		t, err := plain.node(field.Type)
		if err != nil {
			return err
		}
		n := max(len(field.Names), 1)
		for range n {
			params = append(params, jen.Id("p"+strconv.Itoa(pi)).Add(t.code()))
			pi++
		}
	}
	var results []jen.Code
	for _, field := range fieldsOrNil(decl.Type.Results) {
		t, err := plain.node(field.Type)
		if err != nil {
			return err
		}
		for range max(len(field.Names), 1) {
			results = append(results, t.code())
		}
	}
	generic := make(substitution)
	for _, tp := range tparams(sig.TypeParams()) {
		generic[tp] = tp
	}
	var body []jen.Code
	for _, in := range d.insts {
		subst := bind(sig.TypeParams(), in.targs)
		// Arguments: *(*[]float64)(unsafe.Pointer(&p0)) where the type mentions T.
		var args []jen.Code
		for i, v := range vars(sig.Params()) {
			arg := jen.Id("p" + strconv.Itoa(i))
			if generic.mentions(v.Type()) {
				t, err := subst.apply(v.Type())
				if err != nil {
					return err
				}
				tf, err := sp.typeFrag(t, token.NoPos)
				if err != nil {
					return err
				}
				arg = jen.Op("*").Parens(jen.Op("*").Add(tf.code())).Parens(
					jen.Qual("unsafe", "Pointer").Parens(jen.Op("&").Id("p" + strconv.Itoa(i))))
			}
			if sig.Variadic() && i == sig.Params().Len()-1 {
				arg.Op("...")
			}
			args = append(args, arg)
		}
		var inner []jen.Code
		nres := sig.Results().Len()
		if nres == 0 {
			inner = append(inner, jen.Id(in.name).Call(args...), jen.Return())
		} else {
			var rs, rets []jen.Code
			for i, v := range vars(sig.Results()) {
				r := jen.Id("r" + strconv.Itoa(i))
				rs = append(rs, r)
				if generic.mentions(v.Type()) {
					rets = append(rets, jen.Op("*").Parens(jen.Op("*").Add(results[i])).Parens(
						jen.Qual("unsafe", "Pointer").Parens(jen.Op("&").Id("r"+strconv.Itoa(i)))))
				} else {
					rets = append(rets, jen.Id("r"+strconv.Itoa(i)))
				}
			}
			inner = append(inner, jen.List(rs...).Op(":=").Id(in.name).Call(args...), jen.Return(rets...))
		}
		// if _, ok := any(*new(T)).(float64); ok { ... } per type parameter.
		for i := len(tpNames) - 1; i >= 0; i-- {
			tf, err := sp.typeFrag(in.targs[i], token.NoPos)
			if err != nil {
				return err
			}
			inner = []jen.Code{jen.If(
				jen.List(jen.Id("_"), jen.Id("ok")).Op(":=").Id("any").Call(jen.Op("*").New(jen.Id(tpNames[i]))).Assert(tf.code()),
				jen.Id("ok"),
			).Block(inner...)}
		}
		body = append(body, inner...)
	}
	tpIDs := make([]jen.Code, len(tpNames))
	for i, n := range tpNames {
		tpIDs[i] = jen.Id(n)
	}
	fallback := jen.Id(d.fn.Name()).Types(tpIDs...).CallFunc(func(g *jen.Group) {
		for i := range pi {
			c := jen.Id("p" + strconv.Itoa(i))
			if sig.Variadic() && i == pi-1 {
				c.Op("...")
			}
			g.Add(c)
		}
	})
	if len(results) > 0 {
		body = append(body, jen.Return(fallback))
	} else {
		body = append(body, fallback)
	}
	names := make([]string, len(d.insts))
	for i, in := range d.insts {
		names[i] = in.name
	}
	c := jen.Comment(fmt.Sprintf("%s has the signature of %s. It calls %s when its type arguments are exactly theirs, and %s otherwise.",
		d.name, d.fn.Name(), strings.Join(names, " or "), d.fn.Name())).Line()
	c.Func().Id(d.name).Add(tpFrag.code()).Params(params...)
	if len(results) > 0 {
		c.Params(results...)
	}
	c.Block(body...)
	d.code = append(d.code, c, jen.Line())
	return nil
}

func fieldsOrNil(fl *ast.FieldList) []*ast.Field {
	if fl == nil {
		return nil
	}
	return fl.List
}

// foldTypeSwitch resolves a type switch on a value converted from a type
// parameter, switch v := any(x).(type), once the type argument makes x's
// type a known concrete type: the cases are tried in order as at run time
// (identical type, or an interface the type implements), and the switch
// becomes a block with the chosen clause's statements, x evaluated once and
// v bound to it. It declines (ok false) when a break in the chosen clause
// would change its target, or when the subject is anything else.
func (rw *rewriter) foldTypeSwitch(ts *ast.TypeSwitchStmt) (f frag, ok bool, err error) {
	info := rw.sp.info
	var v *ast.Ident
	var subject ast.Expr
	switch a := ts.Assign.(type) {
	case *ast.ExprStmt:
		subject = a.X
	case *ast.AssignStmt:
		if len(a.Lhs) == 1 && len(a.Rhs) == 1 {
			v, _ = a.Lhs[0].(*ast.Ident)
			subject = a.Rhs[0]
		}
	}
	ta, _ := ast.Unparen(subject).(*ast.TypeAssertExpr)
	if ta == nil {
		return nil, false, nil
	}
	conv, _ := ast.Unparen(ta.X).(*ast.CallExpr)
	if conv == nil || len(conv.Args) != 1 {
		return nil, false, nil
	}
	if tv, found := info.Types[conv.Fun]; !found || !tv.IsType() || !types.IsInterface(tv.Type) {
		return nil, false, nil
	}
	x := conv.Args[0]
	xt, found := info.Types[x]
	if !found || !rw.subst.mentions(xt.Type) {
		return nil, false, nil
	}
	dyn, err := rw.subst.apply(xt.Type)
	if err != nil || types.IsInterface(dyn) {
		return nil, false, err
	}
	// Pick the clause the run-time switch would take.
	var chosen, deflt *ast.CaseClause
	var caseType types.Type
	for _, stmt := range ts.Body.List {
		cc := stmt.(*ast.CaseClause)
		if cc.List == nil {
			deflt = cc
			continue
		}
		for _, e := range cc.List {
			tv, found := info.Types[e]
			if !found || !tv.IsType() {
				continue // nil never matches a non-interface value
			}
			c, err := rw.subst.apply(tv.Type)
			if err != nil {
				return nil, false, err
			}
			if types.Identical(c, dyn) || (types.IsInterface(c) && types.Implements(dyn, c.Underlying().(*types.Interface))) {
				chosen = cc
				if len(cc.List) == 1 {
					caseType = c
				}
				break
			}
		}
		if chosen != nil {
			break
		}
	}
	if chosen == nil {
		chosen = deflt
	}
	if chosen != nil && breaksOut(chosen) {
		return nil, false, nil
	}
	// { init; v := T(x); _ = v; statements } with x evaluated once. When
	// the switch was not a terminating statement, "if true" keeps what
	// follows it reachable in vet's eyes (a block ending in return would
	// not), and when it was, the plain block keeps it terminating.
	if terminating(ts) {
		f.text("{")
	} else {
		f.text("if true {")
	}
	f.text(" // type switch resolved by hpgen: the value is a " + types.TypeString(dyn, func(p *types.Package) string {
		if p == rw.sp.pkg {
			return ""
		}
		return p.Name()
	}) + "\n")
	if ts.Init != nil {
		init, err := rw.node(ts.Init)
		if err != nil {
			return nil, false, err
		}
		f.add(init)
		f.text("\n")
	}
	xf, err := rw.node(x)
	if err != nil {
		return nil, false, err
	}
	if v != nil && v.Name != "_" && chosen != nil {
		bind := caseType
		if bind == nil {
			bind = info.Types[conv.Fun].Type // several types or default: v has the switch's interface type
		}
		bf, err := rw.sp.typeFrag(bind, x.Pos())
		if err != nil {
			return nil, false, err
		}
		f.text(v.Name + " := ")
		f.add(parenthesize(bf))
		f.text("(")
		f.add(xf)
		f.text(")\n_ = " + v.Name + "\n")
	} else {
		f.text("_ = ")
		f.add(xf)
		f.text("\n")
	}
	if chosen != nil && len(chosen.Body) > 0 {
		body, err := rw.span(chosen, chosen.Colon+1, chosen.End())
		if err != nil {
			return nil, false, err
		}
		f.add(body)
	}
	f.text("\n}")
	return f, true, nil
}

// parenthesize wraps a rendered type that would not parse as the function
// of a conversion.
func parenthesize(f frag) frag {
	if len(f) > 0 && f[0].path == "" && (strings.HasPrefix(f[0].text, "*") || strings.HasPrefix(f[0].text, "func") ||
		strings.HasPrefix(f[0].text, "chan") || strings.HasPrefix(f[0].text, "<-")) {
		return append(append(frag{{text: "("}}, f...), piece{text: ")"})
	}
	return f
}

// breaksOut reports whether a clause has a break that targets its switch
// (or any label), which a block could not keep.
func breaksOut(cc *ast.CaseClause) bool {
	found := false
	var walk func(n ast.Node, nested bool)
	walk = func(n ast.Node, nested bool) {
		ast.Inspect(n, func(m ast.Node) bool {
			if found {
				return false
			}
			switch m := m.(type) {
			case *ast.FuncLit:
				return false
			case *ast.ForStmt, *ast.RangeStmt, *ast.SwitchStmt, *ast.TypeSwitchStmt, *ast.SelectStmt:
				if m != n {
					walk(m, true)
					return false
				}
			case *ast.BranchStmt:
				if m.Tok == token.BREAK && (m.Label != nil || !nested) {
					found = true
				}
				if m.Label != nil && (m.Tok == token.CONTINUE || m.Tok == token.GOTO) {
					found = true
				}
			}
			return true
		})
	}
	for _, s := range cc.Body {
		walk(s, false)
	}
	return found
}

// terminating approximates the spec's terminating statement for a type
// switch: a default clause, and every clause ending in return, panic or
// goto, with no break. An under-approximation only costs a refusal: the
// copy then fails to type-check ("missing return") and is not written.
func terminating(ts *ast.TypeSwitchStmt) bool {
	hasDefault := false
	for _, stmt := range ts.Body.List {
		cc := stmt.(*ast.CaseClause)
		if cc.List == nil {
			hasDefault = true
		}
		if len(cc.Body) == 0 || breaksOut(cc) {
			return false
		}
		switch last := cc.Body[len(cc.Body)-1].(type) {
		case *ast.ReturnStmt:
		case *ast.BranchStmt:
			if last.Tok != token.GOTO {
				return false
			}
		case *ast.ExprStmt:
			call, ok := last.X.(*ast.CallExpr)
			if !ok {
				return false
			}
			if id, ok := call.Fun.(*ast.Ident); !ok || id.Name != "panic" {
				return false
			}
		default:
			return false
		}
	}
	return hasDefault
}
