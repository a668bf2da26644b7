package generic

import (
	_ "embed"
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"path/filepath"
	"slices"
	"sort"
	"strconv"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/types/typeutil"

	"github.com/hpgo/hpgo/internal/analysisutil"
)

//go:embed doc.go
var doc string

// Analyzer reports generic functions and types that call methods of a type
// parameter in a loop and are instantiated with pointer or interface type
// arguments.
var Analyzer = &analysis.Analyzer{
	Name:      "generic",
	Doc:       analysisutil.MustExtractDoc(doc, "generic"),
	URL:       "https://github.com/hpgo/hpgo/blob/main/docs/checks.md#generic",
	Run:       run,
	FactTypes: []analysis.Fact{new(loopCalls), new(smallMethod)},
}

func init() {
	analysisutil.AddTestsFlag(&Analyzer.Flags)
}

// loopCalls is the fact exported for a generic function or type whose code
// calls a method of some of its type parameters in a loop.
type loopCalls struct {
	Params []loopCall // by type parameter index; zero Method when none
}

type loopCall struct {
	Method string // the method called
	Where  string // the function it is called in, for the message
}

func (*loopCalls) AFact() {}

func (f *loopCalls) String() string {
	var parts []string
	for i, p := range f.Params {
		if p.Method != "" {
			parts = append(parts, strconv.Itoa(i)+":"+p.Method)
		}
	}
	return "loopCalls(" + strings.Join(parts, ",") + ")"
}

// smallMethod marks a function or method whose body is small enough
// that the compiler would likely inline it: straight-line code of at most
// smallNodes syntax nodes that calls only builtins, conversions and other
// small functions. Only such methods gain much from a direct call; for a
// method that does real work (a scalar multiplication, an I/O call) the
// dictionary's few nanoseconds are noise.
type smallMethod struct{}

func (*smallMethod) AFact()         {}
func (*smallMethod) String() string { return "smallMethod" }

// smallNodes approximates the inliner's budget of 80 IR nodes in syntax
// nodes.
const smallNodes = 60

// smallFuncs returns the package's small functions and methods.
func smallFuncs(pass *analysis.Pass) map[*types.Func]bool {
	bodies := make(map[*types.Func]*ast.BlockStmt)
	for _, file := range pass.Files {
		for _, d := range file.Decls {
			if fd, ok := d.(*ast.FuncDecl); ok && fd.Body != nil && smallSyntax(fd.Body) {
				if fn, ok := pass.TypesInfo.Defs[fd.Name].(*types.Func); ok {
					bodies[fn] = fd.Body
				}
			}
		}
	}
	// Drop those that call anything not known to be small, until no more
	// drop out.
	for changed := true; changed; {
		changed = false
		for fn, body := range bodies {
			ok := true
			ast.Inspect(body, func(n ast.Node) bool {
				call, isCall := n.(*ast.CallExpr)
				if !ok || !isCall {
					return ok
				}
				if tv, found := pass.TypesInfo.Types[call.Fun]; found && tv.IsType() {
					return true // conversion
				}
				if id, isID := ast.Unparen(call.Fun).(*ast.Ident); isID {
					if _, builtin := pass.TypesInfo.Uses[id].(*types.Builtin); builtin {
						return true
					}
				}
				callee, _ := typeutil.Callee(pass.TypesInfo, call).(*types.Func)
				if callee == nil {
					ok = false
					return false
				}
				callee = callee.Origin()
				if callee.Pkg() == pass.Pkg {
					_, ok = bodies[callee]
				} else {
					ok = callee.Pkg() != nil && pass.ImportObjectFact(callee, new(smallMethod))
				}
				return ok
			})
			if !ok {
				delete(bodies, fn)
				changed = true
			}
		}
	}
	out := make(map[*types.Func]bool, len(bodies))
	for fn := range bodies {
		out[fn] = true
	}
	return out
}

func smallSyntax(body *ast.BlockStmt) bool {
	n, ok := 0, true
	ast.Inspect(body, func(m ast.Node) bool {
		if m == nil || !ok {
			return false
		}
		n++
		switch m.(type) {
		case *ast.ForStmt, *ast.RangeStmt, *ast.FuncLit, *ast.GoStmt, *ast.DeferStmt, *ast.SelectStmt:
			ok = false
		}
		return ok
	})
	return ok && n <= smallNodes
}

// A decl is one generic function, or one generic type with its methods.
type decl struct {
	obj      types.Object // *types.Func or *types.TypeName
	name     *ast.Ident
	tparams  *types.TypeParamList
	bodies   []body
	directed bool // carries an //hpgen:specialize directive
	calls    []loopCall
}

type body struct {
	fn      *ast.FuncDecl
	tparams *types.TypeParamList // the function's, or the receiver's
}

func run(pass *analysis.Pass) (any, error) {
	smalls := smallFuncs(pass)
	for fn := range smalls {
		if fn.Exported() { // only these can be called from other packages
			pass.ExportObjectFact(fn, new(smallMethod))
		}
	}
	decls := collect(pass)
	byObj := make(map[types.Object]*decl, len(decls))
	for _, d := range decls {
		byObj[d.obj] = d
		d.calls = make([]loopCall, d.tparams.Len())
		for _, b := range d.bodies {
			direct(pass, b, d.calls)
		}
	}
	propagate(pass, decls, byObj)
	for _, d := range decls {
		// Only exported generics can be instantiated elsewhere.
		if d.obj.Exported() && slices.ContainsFunc(d.calls, func(c loopCall) bool { return c.Method != "" }) {
			pass.ExportObjectFact(d.obj, &loopCalls{Params: d.calls})
		}
	}
	report(pass, byObj, smalls)
	return nil, nil
}

// collect finds the package's generic functions and types.
func collect(pass *analysis.Pass) []*decl {
	var out []*decl
	typeDecls := make(map[*types.TypeName]*decl)
	var methods []*ast.FuncDecl
	for _, file := range pass.Files {
		for _, d := range file.Decls {
			switch d := d.(type) {
			case *ast.FuncDecl:
				if d.Body == nil {
					continue
				}
				if d.Recv != nil {
					methods = append(methods, d)
					continue
				}
				fn, ok := pass.TypesInfo.Defs[d.Name].(*types.Func)
				if !ok || fn.Signature().TypeParams().Len() == 0 {
					continue
				}
				out = append(out, &decl{obj: fn, name: d.Name, tparams: fn.Signature().TypeParams(),
					bodies: []body{{d, fn.Signature().TypeParams()}}, directed: hasDirective(d.Doc)})
			case *ast.GenDecl:
				for _, spec := range d.Specs {
					ts, ok := spec.(*ast.TypeSpec)
					if !ok || ts.TypeParams == nil {
						continue
					}
					tn, ok := pass.TypesInfo.Defs[ts.Name].(*types.TypeName)
					if !ok {
						continue
					}
					named, ok := tn.Type().(*types.Named)
					if !ok {
						continue
					}
					doc := ts.Doc
					if doc == nil && len(d.Specs) == 1 {
						doc = d.Doc
					}
					td := &decl{obj: tn, name: ts.Name, tparams: named.TypeParams(), directed: hasDirective(doc)}
					typeDecls[tn] = td
					out = append(out, td)
				}
			}
		}
	}
	for _, m := range methods {
		fn, ok := pass.TypesInfo.Defs[m.Name].(*types.Func)
		if !ok {
			continue
		}
		recv := fn.Signature().Recv()
		if recv == nil {
			continue
		}
		t := recv.Type()
		if p, ok := t.(*types.Pointer); ok {
			t = p.Elem()
		}
		if n, ok := t.(*types.Named); ok {
			if td := typeDecls[n.Origin().Obj()]; td != nil {
				td.bodies = append(td.bodies, body{m, fn.Signature().RecvTypeParams()})
			}
		}
	}
	return out
}

func hasDirective(doc *ast.CommentGroup) bool {
	if doc == nil {
		return false
	}
	for _, c := range doc.List {
		if strings.HasPrefix(c.Text, "//hpgen:specialize") {
			return true
		}
	}
	return false
}

// direct records the methods of b's type parameters called inside a loop
// of b's own body (a function literal starts a new body).
func direct(pass *analysis.Pass, b body, calls []loopCall) {
	var walk func(n ast.Node, inLoop bool)
	walk = func(n ast.Node, inLoop bool) {
		ast.Inspect(n, func(m ast.Node) bool {
			switch m := m.(type) {
			case *ast.FuncLit:
				walk(m.Body, false)
				return false
			case *ast.ForStmt, *ast.RangeStmt:
				if !inLoop && m != n {
					walk(m, true)
					return false
				}
			case *ast.CallExpr:
				if !inLoop {
					return true
				}
				sel, ok := m.Fun.(*ast.SelectorExpr)
				if !ok {
					return true
				}
				s := pass.TypesInfo.Selections[sel]
				if s == nil || s.Kind() != types.MethodVal {
					return true
				}
				recv := s.Recv()
				if p, ok := recv.(*types.Pointer); ok {
					recv = p.Elem()
				}
				tp, ok := recv.(*types.TypeParam)
				if !ok {
					return true
				}
				if i := indexOf(b.tparams, tp); i >= 0 && calls[i].Method == "" {
					calls[i] = loopCall{Method: sel.Sel.Name, Where: b.fn.Name.Name}
				}
			}
			return true
		})
	}
	walk(b.fn.Body, false)
}

func indexOf(l *types.TypeParamList, tp *types.TypeParam) int {
	for i := range l.Len() {
		if l.At(i) == tp {
			return i
		}
	}
	return -1
}

// propagate marks a type parameter when the code passes it on, as a type
// argument, to a generic of this package (or of another package, through
// its fact) that calls its methods in a loop.
func propagate(pass *analysis.Pass, decls []*decl, byObj map[types.Object]*decl) {
	type edge struct {
		from      *decl
		fromParam int
		to        types.Object
		toParam   int
	}
	var edges []edge
	for _, d := range decls {
		for _, b := range d.bodies {
			ast.Inspect(b.fn, func(n ast.Node) bool {
				id, ok := n.(*ast.Ident)
				if !ok {
					return true
				}
				inst, ok := pass.TypesInfo.Instances[id]
				if !ok {
					return true
				}
				to := origin(pass.TypesInfo.Uses[id])
				if to == nil {
					return true
				}
				for j := range inst.TypeArgs.Len() {
					if tp, ok := inst.TypeArgs.At(j).(*types.TypeParam); ok {
						if i := indexOf(b.tparams, tp); i >= 0 {
							edges = append(edges, edge{d, i, to, j})
						}
					}
				}
				return true
			})
		}
	}
	for changed := true; changed; {
		changed = false
		for _, e := range edges {
			if e.from.calls[e.fromParam].Method != "" {
				continue
			}
			if c := callsOf(pass, byObj, e.to); c != nil && e.toParam < len(c) && c[e.toParam].Method != "" {
				e.from.calls[e.fromParam] = c[e.toParam]
				changed = true
			}
		}
	}
}

// origin returns the generic function or type an instantiated identifier
// refers to.
func origin(obj types.Object) types.Object {
	switch obj := obj.(type) {
	case *types.Func:
		return obj.Origin()
	case *types.TypeName:
		if n, ok := obj.Type().(*types.Named); ok {
			return n.Origin().Obj()
		}
	}
	return nil
}

func callsOf(pass *analysis.Pass, byObj map[types.Object]*decl, obj types.Object) []loopCall {
	if d := byObj[obj]; d != nil {
		return d.calls
	}
	var f loopCalls
	if obj.Pkg() != pass.Pkg && pass.ImportObjectFact(obj, &f) {
		return f.Params
	}
	return nil
}

// report looks at every concrete instantiation in the package.
func report(pass *analysis.Pass, byObj map[types.Object]*decl, smalls map[*types.Func]bool) {
	isSmall := func(t types.Type, method string) bool {
		obj, _, _ := types.LookupFieldOrMethod(t, true, nil, method)
		fn, ok := obj.(*types.Func)
		if !ok {
			return false
		}
		fn = fn.Origin()
		if fn.Pkg() == pass.Pkg {
			return smalls[fn]
		}
		return pass.ImportObjectFact(fn, new(smallMethod))
	}
	r := analysisutil.NewReporter(pass)
	type finding struct {
		args  map[int][]string // type parameter index -> type arguments, as written in the directive
		first token.Pos
	}
	local := make(map[*decl]*finding)
	// Deterministic order: the map of instances is not.
	ids := make([]*ast.Ident, 0, len(pass.TypesInfo.Instances))
	for id := range pass.TypesInfo.Instances {
		ids = append(ids, id)
	}
	sort.Slice(ids, func(i, j int) bool { return ids[i].Pos() < ids[j].Pos() })
	for _, id := range ids {
		inst := pass.TypesInfo.Instances[id]
		if !r.Wanted(id.Pos()) {
			continue
		}
		obj := origin(pass.TypesInfo.Uses[id])
		if obj == nil || obj.Pkg() == nil {
			continue
		}
		calls := callsOf(pass, byObj, obj)
		if calls == nil {
			continue
		}
		d := byObj[obj]
		if d != nil && d.directed {
			continue
		}
		var idx []int
		for i := range inst.TypeArgs.Len() {
			if i < len(calls) && calls[i].Method != "" && boxed(inst.TypeArgs.At(i)) && isSmall(inst.TypeArgs.At(i), calls[i].Method) {
				idx = append(idx, i)
			}
		}
		if len(idx) == 0 {
			continue
		}
		tparams := typeParamsOf(obj)
		if d != nil {
			f := local[d]
			if f == nil {
				f = &finding{args: make(map[int][]string), first: id.Pos()}
				local[d] = f
			}
			for _, i := range idx {
				s := directiveType(inst.TypeArgs.At(i), pass.Pkg)
				if !slices.Contains(f.args[i], s) {
					f.args[i] = append(f.args[i], s)
				}
			}
			continue
		}
		// Another package's generic: report here if its package can name
		// the type arguments, so a directive there could express the copy.
		if !nameable(inst.TypeArgs, obj.Pkg()) {
			continue
		}
		dir := make([]string, 0, len(idx))
		for _, i := range idx {
			dir = append(dir, tparams.At(i).Obj().Name()+"="+directiveType(inst.TypeArgs.At(i), obj.Pkg()))
		}
		c := calls[idx[0]]
		r.Report(analysis.Diagnostic{
			Pos:      id.Pos(),
			End:      id.End(),
			Category: "dictcall",
			//hpvet:ignore allocs one message per finding, not a hot loop
			Message: fmt.Sprintf("%s.%s calls %s on type parameter %s in a loop (in %s); with %s every call goes through the generic dictionary and is not inlined (2x to 3.4x slower in hpvet's benchmarks): add //hpgen:specialize %s to %s.%s, run go generate, and use the concrete copy",
				obj.Pkg().Name(), obj.Name(), c.Method, tparams.At(idx[0]).Obj().Name(), c.Where,
				types.TypeString(inst.TypeArgs.At(idx[0]), types.RelativeTo(pass.Pkg)),
				strings.Join(dir, " "), obj.Pkg().Name(), obj.Name()),
		})
	}
	for d, f := range local {
		idx := make([]int, 0, len(f.args))
		for i := range f.args {
			idx = append(idx, i)
		}
		sort.Ints(idx)
		dir := make([]string, 0, len(idx))
		for _, i := range idx {
			dir = append(dir, d.tparams.At(i).Obj().Name()+"="+strings.Join(f.args[i], ","))
		}
		c := d.calls[idx[0]]
		r.Report(analysis.Diagnostic{
			Pos:      d.name.Pos(),
			End:      d.name.End(),
			Category: "dictcall",
			//hpvet:ignore allocs one message per finding, not a hot loop
			Message: fmt.Sprintf("%s calls %s on type parameter %s in a loop (in %s) and is instantiated with %s (%s): every call goes through the generic dictionary and is not inlined (2x to 3.4x slower in hpvet's benchmarks); add //hpgen:specialize %s and run go generate (hpgen specialize) for a concrete copy",
				d.obj.Name(), c.Method, d.tparams.At(idx[0]).Obj().Name(), c.Where,
				strings.Join(f.args[idx[0]], ", "), shortPos(pass.Fset.Position(f.first)), strings.Join(dir, " ")),
		})
	}
}

func shortPos(p token.Position) string {
	return fmt.Sprintf("%s:%d", filepath.Base(p.Filename), p.Line)
}

func typeParamsOf(obj types.Object) *types.TypeParamList {
	switch obj := obj.(type) {
	case *types.Func:
		return obj.Signature().TypeParams()
	case *types.TypeName:
		return obj.Type().(*types.Named).TypeParams()
	}
	return nil
}

// boxed reports whether t is a pointer type argument: every pointer type
// shares one instantiation and reaches its methods through the dictionary.
// Interface type arguments are left out: the copy still makes a dynamic
// call, and gains only 1.4x in the premise benchmark.
func boxed(t types.Type) bool {
	if _, ok := t.(*types.TypeParam); ok {
		return false
	}
	_, ok := t.Underlying().(*types.Pointer)
	return ok
}

// directiveType writes t as a directive in pkg would: names of other
// packages qualified by package name.
func directiveType(t types.Type, pkg *types.Package) string {
	return types.TypeString(t, func(p *types.Package) string {
		if p == pkg {
			return ""
		}
		return p.Name()
	})
}

// nameable reports whether code in pkg can name every type in args: each
// named type is pkg's own, predeclared, or exported from a package pkg
// imports.
func nameable(args *types.TypeList, pkg *types.Package) bool {
	ok := true
	var walk func(t types.Type)
	walk = func(t types.Type) {
		if !ok {
			return
		}
		switch t := t.(type) {
		case *types.Named:
			o := t.Obj()
			switch {
			case o.Pkg() == nil || o.Pkg() == pkg:
			case o.Exported() && o.Parent() == o.Pkg().Scope() && slices.Contains(pkg.Imports(), o.Pkg()):
			default:
				ok = false
			}
			for a := range t.TypeArgs().Types() {
				walk(a)
			}
		case *types.Alias:
			walk(types.Unalias(t))
		case *types.Pointer:
			walk(t.Elem())
		case *types.Slice:
			walk(t.Elem())
		case *types.Array:
			walk(t.Elem())
		case *types.Map:
			walk(t.Key())
			walk(t.Elem())
		case *types.Chan:
			walk(t.Elem())
		case *types.Basic:
		default:
			ok = false // literal struct, func and interface types: not worth a directive
		}
	}
	for a := range args.Types() {
		walk(a)
	}
	return ok
}
