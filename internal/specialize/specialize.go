package specialize

import (
	"bytes"
	"errors"
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"go/types"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/dave/jennifer/jen"
	"golang.org/x/tools/go/packages"

	"github.com/hpgo/hpgo/internal/gen"
)

// DefaultOut is the file the copies go to, beside the generic code.
const DefaultOut = "zspecialized.go"

// maxInstances bounds the copies one run may make, so that recursion that
// keeps growing its type arguments (F[T] calling F[[]T]) is refused rather
// than followed for ever.
const maxInstances = 500

// Config says what to specialise.
type Config struct {
	Dir   string    // package directory
	Out   string    // output file name within Dir (DefaultOut if empty)
	Flags []Request // requests given on the command line, besides directives
}

// Generate loads the package in cfg.Dir and returns the contents of its
// specialisation file. It writes nothing; every error names the place.
func Generate(cfg Config) (out []byte, err error) {
	defer func() {
		if r := recover(); r != nil {
			out, err = nil, fmt.Errorf("internal error (please report): %v", r)
		}
	}()
	if cfg.Out == "" {
		cfg.Out = DefaultOut
	}
	dir, err := filepath.Abs(cfg.Dir)
	if err != nil {
		return nil, err
	}
	if st, err := os.Stat(dir); err != nil || !st.IsDir() {
		return nil, fmt.Errorf("%s: not a package directory", cfg.Dir)
	}
	outPath := filepath.Join(dir, cfg.Out)
	overlay, err := blankOutput(outPath)
	if err != nil {
		return nil, err
	}
	pkg, err := load(dir, overlay)
	if err != nil {
		return nil, err
	}
	sp := &specializer{
		dir:     dir,
		outPath: outPath,
		fset:    pkg.Fset,
		pkg:     pkg.Types,
		info:    pkg.TypesInfo,
		insts:   make(map[string]*instance),
		funcs:   make(map[*types.Func]*ast.FuncDecl),
		types:   make(map[*types.TypeName]*ast.TypeSpec),
		methods: make(map[*types.TypeName][]*ast.FuncDecl),
		files:   make(map[*token.File][]byte),
	}
	if err := sp.index(pkg); err != nil {
		return nil, err
	}
	reqs, err := sp.directives(pkg)
	if err != nil {
		return nil, err
	}
	for _, r := range cfg.Flags {
		reqs = append(reqs, located{r, token.NoPos})
	}
	if len(reqs) == 0 {
		return nil, fmt.Errorf("%s: no %s directives in package %s and no -func flag", dir, Prefix, pkg.Types.Name())
	}
	// The package must type-check apart from references to the copies we
	// are about to write (the old output file is blanked while loading).
	for _, r := range reqs {
		if err := sp.request(r); err != nil {
			return nil, err
		}
	}
	if err := sp.run(); err != nil {
		if lerr := sp.loadErrors(pkg); lerr != nil {
			return nil, lerr
		}
		return nil, err
	}
	if err := sp.loadErrors(pkg); err != nil {
		return nil, err
	}
	data, err := sp.render(pkg)
	if err != nil {
		return nil, err
	}
	if err := verify(dir, outPath, data, sp); err != nil {
		return nil, err
	}
	return data, nil
}

// blankOutput returns an overlay that hides an earlier output file while
// the package is loaded, so a stale copy cannot get in the way. A file of
// that name that hpgen did not write is never overwritten.
func blankOutput(path string) (map[string][]byte, error) {
	data, err := os.ReadFile(path)
	if errors.Is(err, os.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	if first, _, _ := strings.Cut(string(data), "\n"); strings.TrimSpace(first) != gen.Header {
		return nil, fmt.Errorf("%s: refusing to overwrite: the file does not start with %q", path, gen.Header)
	}
	f, err := parser.ParseFile(token.NewFileSet(), path, data, parser.PackageClauseOnly)
	if err != nil {
		return nil, fmt.Errorf("%s: %v (delete the file and run again)", path, err)
	}
	return map[string][]byte{path: []byte(gen.Header + "\n\npackage " + f.Name.Name + "\n")}, nil
}

const loadMode = packages.NeedName | packages.NeedFiles | packages.NeedCompiledGoFiles |
	packages.NeedSyntax | packages.NeedTypes | packages.NeedTypesInfo

func load(dir string, overlay map[string][]byte) (*packages.Package, error) {
	cfg := &packages.Config{Mode: loadMode, Dir: dir, Overlay: overlay}
	pkgs, err := packages.Load(cfg, ".")
	if err != nil {
		return nil, fmt.Errorf("loading %s: %v", dir, err)
	}
	if len(pkgs) == 0 {
		// go list's own complaint does not reach us through go/packages.
		return nil, fmt.Errorf("loading %s: no package found%s", dir, whyNoPackage(dir))
	}
	if len(pkgs) != 1 {
		return nil, fmt.Errorf("loading %s: got %d packages, want 1", dir, len(pkgs))
	}
	pkg := pkgs[0]
	typeErrors := slices.ContainsFunc(pkg.Errors, func(e packages.Error) bool { return e.Kind == packages.TypeError })
	for _, e := range pkg.Errors {
		// With type errors present, the go command's own summary of the
		// failed compile ("-: # pkg ...") repeats them; loadErrors reports
		// the type errors once the names this run writes are known.
		if e.Kind != packages.TypeError && !(typeErrors && (e.Pos == "" || e.Pos == "-")) {
			return nil, fmt.Errorf("%s", e)
		}
	}
	if pkg.Types == nil || pkg.TypesInfo == nil || len(pkg.Syntax) == 0 {
		return nil, fmt.Errorf("loading %s: no Go package with type information", dir)
	}
	return pkg, nil
}

// whyNoPackage explains an empty load: most often the directory is outside
// any module.
func whyNoPackage(dir string) string {
	cmd := exec.Command("go", "env", "GOMOD")
	cmd.Dir = dir
	out, err := cmd.Output()
	if err == nil && (len(bytes.TrimSpace(out)) == 0 || string(bytes.TrimSpace(out)) == os.DevNull) {
		return " (no go.mod in it or any parent directory: run go mod init)"
	}
	return ""
}

// loadErrors reports the package's type errors, except references to the
// names this run writes.
func (sp *specializer) loadErrors(pkg *packages.Package) error {
	var msgs []string
	for _, e := range pkg.Errors {
		if e.Kind != packages.TypeError {
			continue
		}
		if name, ok := strings.CutPrefix(e.Msg, "undefined: "); ok && sp.writes(name) {
			continue
		}
		msgs = append(msgs, sp.relPos(e.Pos)+": "+e.Msg)
	}
	if len(msgs) == 0 {
		return nil
	}
	if len(msgs) > 5 {
		msgs = append(msgs[:5], fmt.Sprintf("and %d more", len(msgs)-5))
	}
	return fmt.Errorf("package %s does not type-check:\n\t%s", pkg.Types.Name(), strings.Join(msgs, "\n\t"))
}

func (sp *specializer) writes(name string) bool {
	for _, in := range sp.order {
		if in.name == name {
			return true
		}
	}
	for _, d := range sp.dispatchers {
		if d.name == name {
			return true
		}
	}
	return false
}

// A specializer holds one run: the package, the copies made so far and the
// queue of copies still to write.
type specializer struct {
	dir, outPath string
	fset         *token.FileSet
	pkg          *types.Package
	info         *types.Info

	funcs   map[*types.Func]*ast.FuncDecl
	types   map[*types.TypeName]*ast.TypeSpec
	methods map[*types.TypeName][]*ast.FuncDecl
	files   map[*token.File][]byte

	insts       map[string]*instance
	order       []*instance // in creation order, which is the output order
	queue       []*instance
	dispatchers []*dispatcher
}

// An instance is one copy: a generic function or type with its type
// arguments, and the name of the copy.
type instance struct {
	obj   types.Object // *types.Func or *types.TypeName
	targs []types.Type
	name  string
	pos   token.Pos // where it was requested or first reached
	code  []jen.Code
}

type dispatcher struct {
	name  string
	fn    *types.Func
	insts []*instance
	pos   token.Pos
	code  []jen.Code
}

type located struct {
	Request
	pos token.Pos
}

// index finds the declarations of the package's generic functions, types
// and methods, and keeps the source of every file.
func (sp *specializer) index(pkg *packages.Package) error {
	for i, file := range pkg.Syntax {
		tf := sp.fset.File(file.FileStart)
		if tf == nil || tf.Name() == sp.outPath {
			continue
		}
		src, err := os.ReadFile(pkg.CompiledGoFiles[i])
		if err != nil {
			return err
		}
		if tf.Size() != len(src) {
			return fmt.Errorf("%s changed while hpgen was reading it", tf.Name())
		}
		sp.files[tf] = src
		for _, decl := range file.Decls {
			switch decl := decl.(type) {
			case *ast.FuncDecl:
				fn, _ := sp.info.Defs[decl.Name].(*types.Func)
				if fn == nil || decl.Body == nil {
					continue
				}
				if decl.Recv == nil {
					if decl.Type.TypeParams != nil {
						sp.funcs[fn] = decl
					}
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
				if n, ok := t.(*types.Named); ok && n.TypeParams().Len() > 0 {
					sp.methods[n.Origin().Obj()] = append(sp.methods[n.Origin().Obj()], decl)
				}
			case *ast.GenDecl:
				for _, spec := range decl.Specs {
					ts, ok := spec.(*ast.TypeSpec)
					if !ok || ts.TypeParams == nil {
						continue
					}
					if tn, ok := sp.info.Defs[ts.Name].(*types.TypeName); ok {
						sp.types[tn] = ts
					}
				}
			}
		}
	}
	return nil
}

// directives collects the //hpgen:specialize comments. Each must sit in
// the doc comment of a generic function or type declaration.
func (sp *specializer) directives(pkg *packages.Package) ([]located, error) {
	var reqs []located
	for _, file := range pkg.Syntax {
		if sp.fset.File(file.FileStart).Name() == sp.outPath {
			continue
		}
		attached := make(map[*ast.Comment]bool)
		take := func(doc *ast.CommentGroup, target string, generic bool) error {
			if doc == nil {
				return nil
			}
			for _, c := range doc.List {
				rest, ok := cutPrefix(c.Text)
				if !ok {
					continue
				}
				attached[c] = true
				if !generic {
					return fmt.Errorf("%s: %s on %s, which is not generic", sp.position(c.Slash), Prefix, target)
				}
				r, err := ParseDirective(rest)
				if err != nil {
					return fmt.Errorf("%s: %v", sp.position(c.Slash), err)
				}
				r.Target = target
				reqs = append(reqs, located{r, c.Slash})
			}
			return nil
		}
		for _, decl := range file.Decls {
			switch decl := decl.(type) {
			case *ast.FuncDecl:
				if err := take(decl.Doc, decl.Name.Name, decl.Recv == nil && decl.Type.TypeParams != nil); err != nil {
					return nil, err
				}
			case *ast.GenDecl:
				for _, spec := range decl.Specs {
					ts, ok := spec.(*ast.TypeSpec)
					if !ok {
						continue
					}
					doc := ts.Doc
					if doc == nil && len(decl.Specs) == 1 {
						doc = decl.Doc
					}
					if err := take(doc, ts.Name.Name, ts.TypeParams != nil); err != nil {
						return nil, err
					}
				}
			}
		}
		for _, g := range file.Comments {
			for _, c := range g.List {
				if _, ok := cutPrefix(c.Text); ok && !attached[c] {
					return nil, fmt.Errorf("%s: %s must be in the doc comment of a generic function or type", sp.position(c.Slash), Prefix)
				}
			}
		}
	}
	return reqs, nil
}

func cutPrefix(text string) (string, bool) {
	rest, ok := strings.CutPrefix(text, Prefix)
	if !ok || (rest != "" && rest[0] != ' ' && rest[0] != '\t') {
		return "", false
	}
	return rest, true
}

// request resolves one request's type arguments and queues its copies.
func (sp *specializer) request(r located) error {
	where := sp.position(r.pos)
	if !r.pos.IsValid() {
		where = "-func " + r.Target
	}
	obj := sp.pkg.Scope().Lookup(r.Target)
	var tpl *types.TypeParamList
	switch o := obj.(type) {
	case *types.Func:
		tpl = o.Signature().TypeParams()
		if sp.funcs[o] == nil {
			return fmt.Errorf("%s: %s is not a generic function with a body", where, r.Target)
		}
	case *types.TypeName:
		if n, ok := o.Type().(*types.Named); ok {
			tpl = n.TypeParams()
		}
		if sp.types[o] == nil {
			return fmt.Errorf("%s: %s is not a generic type declared in this package", where, r.Target)
		}
		if r.Dispatch != "" {
			return fmt.Errorf("%s: dispatch= applies to functions, not to type %s", where, r.Target)
		}
	default:
		return fmt.Errorf("%s: no generic function or type %s in package %s", where, r.Target, sp.pkg.Name())
	}
	if tpl.Len() == 0 {
		return fmt.Errorf("%s: %s is not generic", where, r.Target)
	}
	pos := r.pos
	if !pos.IsValid() {
		pos = obj.Pos()
	}
	// Resolve every type argument in the scope of the declaration's file.
	lists := make([][]types.Type, tpl.Len())
	for _, name := range r.Order {
		if !slices.ContainsFunc(tparams(tpl), func(tp *types.TypeParam) bool { return tp.Obj().Name() == name }) {
			return fmt.Errorf("%s: %s has no type parameter %s", where, r.Target, name)
		}
	}
	for i, tp := range tparams(tpl) {
		exprs, ok := r.Args[tp.Obj().Name()]
		if !ok {
			return fmt.Errorf("%s: no type argument for %s of %s", where, tp.Obj().Name(), r.Target)
		}
		for _, e := range exprs {
			tv, err := types.Eval(sp.fset, sp.pkg, pos, e)
			if err != nil {
				return fmt.Errorf("%s: type argument %s: %v", where, e, err)
			}
			if !tv.IsType() {
				return fmt.Errorf("%s: type argument %s is not a type", where, e)
			}
			lists[i] = append(lists[i], tv.Type)
		}
	}
	combos := product(lists)
	if r.Name != "" && len(combos) != 1 {
		return fmt.Errorf("%s: name=%s needs exactly one combination of type arguments, not %d", where, r.Name, len(combos))
	}
	var d *dispatcher
	if r.Dispatch != "" {
		if err := sp.checkFree(r.Dispatch, pos); err != nil {
			return err
		}
		d = &dispatcher{name: r.Dispatch, fn: obj.(*types.Func), pos: pos}
		sp.dispatchers = append(sp.dispatchers, d)
	}
	for _, targs := range combos {
		if _, err := types.Instantiate(nil, obj.Type(), targs, true); err != nil {
			return fmt.Errorf("%s: %s%s: %v", where, r.Target, typeArgString(targs, sp.pkg), err)
		}
		if d != nil {
			for i, t := range targs {
				if types.IsInterface(t) {
					return fmt.Errorf("%s: dispatch cannot recognise the interface type argument %s for %s; drop dispatch= or use a concrete type",
						where, typeString(t, sp.pkg), tpl.At(i).Obj().Name())
				}
			}
		}
		in, err := sp.named(obj, targs, r.Name, pos)
		if err != nil {
			return err
		}
		if d != nil {
			d.insts = append(d.insts, in)
		}
	}
	return nil
}

func product(lists [][]types.Type) [][]types.Type {
	out := [][]types.Type{nil}
	for _, l := range lists {
		var next [][]types.Type
		for _, prefix := range out {
			for _, t := range l {
				next = append(next, append(slices.Clip(prefix), t))
			}
		}
		out = next
	}
	return out
}

// instance returns the name of the copy of obj for targs, queueing the copy
// the first time it is asked for.
func (sp *specializer) instance(obj types.Object, targs []types.Type, pos token.Pos) (string, error) {
	in, err := sp.named(obj, targs, "", pos)
	if err != nil {
		return "", err
	}
	return in.name, nil
}

func (sp *specializer) named(obj types.Object, targs []types.Type, name string, pos token.Pos) (*instance, error) {
	key := obj.Name() + typeArgString(targs, nil)
	if in, ok := sp.insts[key]; ok {
		if name != "" && in.name != name {
			return nil, fmt.Errorf("%s: %s is already written as %s", sp.position(pos), key, in.name)
		}
		return in, nil
	}
	if len(sp.insts) >= maxInstances {
		return nil, fmt.Errorf("%s: more than %d copies; does %s call itself with growing type arguments (%s)?",
			sp.position(pos), maxInstances, obj.Name(), typeArgString(targs, sp.pkg))
	}
	for _, t := range targs {
		if hasTypeParam(t) {
			return nil, fmt.Errorf("%s: %s%s: type arguments must be concrete types", sp.position(pos), obj.Name(), typeArgString(targs, sp.pkg))
		}
	}
	if name == "" {
		var b strings.Builder
		b.WriteString(obj.Name())
		implied := impliedArgs(obj, targs)
		for i, t := range targs {
			if !implied[i] {
				b.WriteString(suffix(t))
			}
		}
		name = b.String()
	}
	if err := sp.checkFree(name, pos); err != nil {
		return nil, err
	}
	in := &instance{obj: obj, targs: targs, name: name, pos: pos}
	sp.insts[key] = in
	sp.order = append(sp.order, in)
	sp.queue = append(sp.queue, in)
	return in, nil
}

// impliedArgs reports which type arguments a copy's name can leave out:
// those that are exactly their constraint's core type with the other
// arguments written in, as S = []int is for E = int in
// Sort[S ~[]E, E cmp.Ordered] (SortInt, not SortSliceIntInt). A named type
// argument (S = IDs) is not implied and stays in the name; so do all
// arguments when every one would be left out.
func impliedArgs(obj types.Object, targs []types.Type) []bool {
	implied := make([]bool, len(targs))
	var tpl *types.TypeParamList
	switch t := obj.Type().(type) {
	case *types.Signature:
		tpl = t.TypeParams()
	case *types.Named:
		tpl = t.TypeParams()
	}
	if tpl == nil || tpl.Len() != len(targs) {
		return implied
	}
	s := bind(tpl, targs)
	n := 0
	for i := range targs {
		core := singleTerm(tpl.At(i).Constraint())
		if core == nil || !s.mentions(core) {
			continue
		}
		if t, err := s.apply(core); err == nil && types.Identical(t, targs[i]) {
			implied[i] = true
			n++
		}
	}
	if n == len(targs) {
		return make([]bool, len(targs))
	}
	return implied
}

// singleTerm returns the one type a constraint's type set is built on
// (~[]E in interface{ ~[]E }), or nil when it has several or none.
func singleTerm(constraint types.Type) types.Type {
	iface, ok := constraint.Underlying().(*types.Interface)
	if !ok {
		return nil
	}
	var term types.Type
	for e := range iface.EmbeddedTypes() {
		switch e := e.(type) {
		case *types.Union:
			if e.Len() != 1 || term != nil {
				return nil
			}
			term = e.Term(0).Type()
		default:
			if types.IsInterface(e) || term != nil {
				return nil
			}
			term = e
		}
	}
	return term
}

// checkFree makes sure a name this run writes is not declared already.
func (sp *specializer) checkFree(name string, pos token.Pos) error {
	if o := sp.pkg.Scope().Lookup(name); o != nil && sp.fset.Position(o.Pos()).Filename != sp.outPath {
		return fmt.Errorf("%s: the copy would be named %s, which %s already declares; choose another with name=",
			sp.position(pos), name, sp.position(o.Pos()))
	}
	if sp.writes(name) {
		for _, in := range sp.order {
			if in.name == name {
				return fmt.Errorf("%s: two copies would be named %s (one is %s%s); choose another with name=",
					sp.position(pos), name, in.obj.Name(), typeArgString(in.targs, sp.pkg))
			}
		}
		return fmt.Errorf("%s: two declarations would be named %s", sp.position(pos), name)
	}
	return nil
}

func hasTypeParam(t types.Type) bool {
	found := false
	var walk func(types.Type)
	walk = func(t types.Type) {
		if found {
			return
		}
		switch t := t.(type) {
		case *types.TypeParam:
			found = true
		case *types.Named:
			for a := range t.TypeArgs().Types() {
				walk(a)
			}
		case *types.Alias:
			walk(types.Unalias(t))
		case interface{ Elem() types.Type }:
			walk(t.Elem())
		}
	}
	walk(t)
	return found
}

// suffix names a type argument in the name of a copy: *Item -> Item,
// int64 -> Int64, []byte -> SliceByte, map[string]int -> MapStringInt.
func suffix(t types.Type) string {
	switch t := t.(type) {
	case *types.Basic:
		if t.Kind() == types.UnsafePointer {
			return "UnsafePointer"
		}
		return upper(t.Name())
	case *types.Alias:
		return upper(t.Obj().Name())
	case *types.Named:
		var b strings.Builder
		b.WriteString(upper(t.Obj().Name()))
		for a := range t.TypeArgs().Types() {
			b.WriteString(suffix(a))
		}
		return b.String()
	case *types.Pointer:
		return suffix(t.Elem())
	case *types.Slice:
		return "Slice" + suffix(t.Elem())
	case *types.Array:
		return fmt.Sprintf("Array%d%s", t.Len(), suffix(t.Elem()))
	case *types.Map:
		return "Map" + suffix(t.Key()) + suffix(t.Elem())
	case *types.Chan:
		return "Chan" + suffix(t.Elem())
	case *types.Signature:
		return "Func"
	case *types.Struct:
		return "Struct"
	case *types.Interface:
		if t.Empty() {
			return "Any"
		}
		return "Interface"
	}
	return "T"
}

func upper(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	return string(unicode.ToUpper(r)) + s[n:]
}

func typeString(t types.Type, pkg *types.Package) string {
	return types.TypeString(t, types.RelativeTo(pkg))
}

func typeArgString(targs []types.Type, pkg *types.Package) string {
	parts := make([]string, len(targs))
	for i, t := range targs {
		parts[i] = typeString(t, pkg)
	}
	return "[" + strings.Join(parts, ", ") + "]"
}

// position formats pos relative to the package directory, as go generate
// users see their files.
func (sp *specializer) position(pos token.Pos) string {
	if !pos.IsValid() {
		return sp.dir
	}
	return sp.relPos(sp.fset.Position(pos).String())
}

func (sp *specializer) relPos(s string) string {
	if rel, ok := strings.CutPrefix(s, sp.dir+string(filepath.Separator)); ok {
		return rel
	}
	return s
}

// run writes the queued copies; writing one may queue more.
func (sp *specializer) run() error {
	for len(sp.queue) > 0 {
		in := sp.queue[0]
		sp.queue = sp.queue[1:]
		var err error
		switch obj := in.obj.(type) {
		case *types.Func:
			err = sp.emitFunc(in, obj)
		case *types.TypeName:
			err = sp.emitType(in, obj)
		}
		if err != nil {
			return err
		}
	}
	for _, d := range sp.dispatchers {
		if err := sp.emitDispatcher(d); err != nil {
			return err
		}
	}
	return nil
}

// render assembles the file with jennifer, which writes the import block
// and gofmts the result.
func (sp *specializer) render(pkg *packages.Package) ([]byte, error) {
	f := jen.NewFilePathName(pkg.PkgPath, pkg.Types.Name())
	f.HeaderComment(gen.Header)
	for _, in := range sp.order {
		for _, c := range in.code {
			f.Add(c)
			f.Line()
		}
	}
	for _, d := range sp.dispatchers {
		for _, c := range d.code {
			f.Add(c)
		}
	}
	out, err := gen.RenderGo(sp.outPath, f)
	return out.Data, err
}

// verify type-checks the package with the new file in place, so a copy
// that would not build is refused rather than written.
func verify(dir, outPath string, data []byte, sp *specializer) error {
	cfg := &packages.Config{Mode: loadMode, Dir: dir, Overlay: map[string][]byte{outPath: data}}
	pkgs, err := packages.Load(cfg, ".")
	if err != nil {
		return fmt.Errorf("checking the copies: %v", err)
	}
	var msgs []string
	for _, p := range pkgs {
		for _, e := range p.Errors {
			if e.Pos == "" || e.Pos == "-" {
				continue // the go command's summary of the errors below
			}
			msg := sp.relPos(e.Pos) + ": " + e.Msg
			if strings.HasPrefix(e.Pos, outPath+":") {
				msg += sp.origin(p, e.Pos)
			}
			msgs = append(msgs, msg)
		}
	}
	if len(msgs) == 0 {
		for _, p := range pkgs {
			for _, e := range p.Errors {
				msgs = append(msgs, e.Msg)
			}
		}
	}
	if len(msgs) == 0 {
		return nil
	}
	if len(msgs) > 5 {
		msgs = append(msgs[:5], fmt.Sprintf("and %d more", len(msgs)-5))
	}
	return fmt.Errorf("the specialised copies would not build, so nothing was written (a constraint or constant rule the substitution cannot keep):\n\t%s",
		strings.Join(msgs, "\n\t"))
}

// origin names the generic declaration a generated position was copied
// from.
func (sp *specializer) origin(p *packages.Package, pos string) string {
	line := 0
	if i := strings.LastIndex(pos, ":"); i > 0 {
		rest := pos[:i]
		if j := strings.LastIndex(rest, ":"); j > 0 {
			fmt.Sscan(rest[j+1:], &line)
		}
	}
	for _, f := range p.Syntax {
		if p.Fset.File(f.FileStart).Name() != sp.outPath {
			continue
		}
		for _, decl := range f.Decls {
			start, end := p.Fset.Position(decl.Pos()).Line, p.Fset.Position(decl.End()).Line
			if line < start || line > end {
				continue
			}
			var name string
			switch decl := decl.(type) {
			case *ast.FuncDecl:
				name = decl.Name.Name
				if decl.Recv != nil && len(decl.Recv.List) == 1 {
					t := decl.Recv.List[0].Type
					if s, ok := t.(*ast.StarExpr); ok {
						t = s.X
					}
					if id, ok := t.(*ast.Ident); ok {
						name = id.Name
					}
				}
			case *ast.GenDecl:
				if ts, ok := decl.Specs[0].(*ast.TypeSpec); ok {
					name = ts.Name.Name
				}
			}
			for _, in := range sp.order {
				if in.name == name {
					return fmt.Sprintf(" (in %s, the copy of %s%s declared at %s)", name, in.obj.Name(),
						typeArgString(in.targs, sp.pkg), sp.position(in.obj.Pos()))
				}
			}
		}
	}
	return ""
}
