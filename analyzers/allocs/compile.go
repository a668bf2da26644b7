package allocs

import (
	"fmt"
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"regexp"
	"strconv"
	"unicode"
	"unicode/utf8"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/types/typeutil"

	"github.com/hpgo/hpgo/internal/analysisutil"
)

// compileLoop reports values built from constant arguments that are
// expensive to build and safe to share: regexps, string replacers,
// parsed templates, time zones. Built in a loop, or in a function other
// than init or main (behind -allocs.compilefunc), they are rebuilt on every
// iteration or call.
func (c *checker) compileLoop(call *ast.CallExpr, loop ast.Stmt, stack []ast.Node) {
	fn, ok := typeutil.Callee(c.pass.TypesInfo, call).(*types.Func)
	if !ok || fn.Pkg() == nil {
		return
	}
	var what, cost string
	switch fn.Pkg().Path() + "." + fn.Name() {
	case "regexp.MustCompile", "regexp.Compile", "regexp.MustCompilePOSIX", "regexp.CompilePOSIX":
		what, cost = "compiles the regexp", costRegexp
	case "strings.NewReplacer":
		if len(call.Args) == 0 {
			return // a no-op replacer: nothing worth hoisting
		}
		what, cost = "builds the replacer", costReplacer
	case "time.LoadLocation":
		if len(call.Args) == 1 {
			if v := c.pass.TypesInfo.Types[call.Args[0]].Value; v != nil && v.Kind() == constant.String {
				switch constant.StringVal(v) {
				case "", "UTC", "Local":
					return // static values, no I/O (premise_test.go)
				}
			}
		}
		what, cost = "reads and parses the time zone database entry", costLoadLocation
	case "text/template.Parse", "html/template.Parse":
		if !freshTemplate(c.pass.TypesInfo, call) {
			return
		}
		what, cost = "parses the template", costTemplate
	default:
		return
	}
	for _, a := range call.Args {
		if c.pass.TypesInfo.Types[a].Value == nil {
			return
		}
	}
	if call.Ellipsis.IsValid() || c.measuresAPI(stack, fn.Pkg().Path(), fn.Name(), "Regexp", "Replacer", "Template", "Location") {
		return
	}
	where := "on every iteration"
	if loop == nil {
		switch {
		case c.via != nil:
			where = c.via.every()
		case !compileFuncFlag || !c.inRepeatableFunc(stack) || c.loops.testCode(stack):
			return
		default:
			where = "on every call"
		}
	}
	name := types.ExprString(call.Fun)
	d := analysis.Diagnostic{
		Pos:      call.Pos(),
		End:      call.End(),
		Category: "compileloop",
		Message:  fmt.Sprintf("%s with constant arguments %s %s (%s); hoist it to a package-level var", name, what, where, cost),
	}
	if fix, ok := c.hoistFix(call, fn, stack); ok {
		d.SuggestedFixes = []analysis.SuggestedFix{fix}
	}
	c.r.Report(d)
}

// freshTemplate reports whether call is Parse on a template created in the
// same expression: template.New(...)[.Funcs/.Delims/.Option(...)].Parse.
func freshTemplate(info *types.Info, call *ast.CallExpr) bool {
	sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
	for ok {
		inner, isCall := ast.Unparen(sel.X).(*ast.CallExpr)
		if !isCall {
			return false
		}
		fn, isFunc := typeutil.Callee(info, inner).(*types.Func)
		if !isFunc || fn.Pkg() == nil {
			return false
		}
		switch fn.Pkg().Path() + "." + fn.Name() {
		case "text/template.New", "html/template.New":
			return len(inner.Args) == 1 && info.Types[inner.Args[0]].Value != nil
		case "text/template.Delims", "html/template.Delims", "text/template.Option", "html/template.Option":
			for _, a := range inner.Args {
				if info.Types[a].Value == nil {
					return false
				}
			}
		default:
			return false
		}
		sel, ok = ast.Unparen(inner.Fun).(*ast.SelectorExpr)
	}
	return false
}

// inRepeatableFunc reports whether the node at the top of stack is in a
// function that may run more than once: not init, not main, not a function
// literal given to sync.Once and friends, not a package-level initializer.
func (c *checker) inRepeatableFunc(stack []ast.Node) bool {
	for i := len(stack) - 2; i >= 0; i-- {
		switch n := stack[i].(type) {
		case *ast.FuncDecl:
			if n.Recv == nil && (n.Name.Name == "init" || n.Name.Name == "main" && c.pass.Pkg.Name() == "main") {
				return false
			}
			return true
		case *ast.FuncLit:
			if i > 0 {
				if call, ok := stack[i-1].(*ast.CallExpr); ok {
					fn, ok := typeutil.Callee(c.pass.TypesInfo, call).(*types.Func)
					if ok && fn.Pkg() != nil && fn.Pkg().Path() == "sync" {
						switch fn.Name() {
						case "Do", "OnceFunc", "OnceValue", "OnceValues":
							return false
						}
					}
				}
			}
		}
	}
	return false
}

// hoistFix moves regexp.MustCompile or strings.NewReplacer with literal
// arguments to a package-level var declared after the enclosing top-level
// declaration. Only MustCompile of a pattern that compiles here qualifies:
// hoisting must not turn a panic at call time into a panic at init time.
// The fix needs review: it moves the cost to program start, and a shared
// *regexp.Regexp must not have Longest called on it.
func (c *checker) hoistFix(call *ast.CallExpr, fn *types.Func, stack []ast.Node) (analysis.SuggestedFix, bool) {
	for _, a := range call.Args {
		if _, ok := ast.Unparen(a).(*ast.BasicLit); !ok {
			return analysis.SuggestedFix{}, false
		}
	}
	suffix := ""
	switch fn.Pkg().Path() + "." + fn.Name() {
	case "regexp.MustCompile", "regexp.MustCompilePOSIX":
		pattern := constant.StringVal(c.pass.TypesInfo.Types[call.Args[0]].Value)
		compile := regexp.Compile
		if fn.Name() == "MustCompilePOSIX" {
			compile = regexp.CompilePOSIX
		}
		if _, err := compile(pattern); err != nil {
			return analysis.SuggestedFix{}, false
		}
		suffix = "RE"
	case "strings.NewReplacer":
		if len(call.Args)%2 != 0 {
			return analysis.SuggestedFix{}, false
		}
		suffix = "Replacer"
	default:
		return analysis.SuggestedFix{}, false
	}
	top := stack[1] // stack[0] is the file
	base := "hoisted"
	if fd, ok := top.(*ast.FuncDecl); ok {
		base = fd.Name.Name
		if fd.Recv != nil && len(fd.Recv.List) == 1 {
			if rt := recvTypeName(fd.Recv.List[0].Type); rt != "" {
				r, size := utf8.DecodeRuneInString(base)
				base = rt + string(unicode.ToUpper(r)) + base[size:]
			}
		}
	}
	r, size := utf8.DecodeRuneInString(base)
	base = string(unicode.ToLower(r)) + base[size:] + suffix
	name := ""
	for i := 1; i < 100 && name == ""; i++ {
		cand := base
		if i > 1 {
			cand = base + strconv.Itoa(i)
		}
		if c.nameFree(cand, call.Pos()) {
			name = cand
		}
	}
	if name == "" {
		return analysis.SuggestedFix{}, false
	}
	c.hoisted[name] = true
	decl := "\n\nvar " + name + " = " + c.exprText(call)
	return analysisutil.NeedsReview(analysis.SuggestedFix{
		Message: "Hoist to package-level var " + name,
		TextEdits: []analysis.TextEdit{
			{Pos: top.End(), End: top.End(), NewText: []byte(decl)},
			{Pos: call.Pos(), End: call.End(), NewText: []byte(name)},
		},
	}), true
}

func recvTypeName(e ast.Expr) string {
	for {
		switch t := e.(type) {
		case *ast.StarExpr:
			e = t.X
		case *ast.IndexExpr:
			e = t.X
		case *ast.IndexListExpr:
			e = t.X
		case *ast.ParenExpr:
			e = t.X
		case *ast.Ident:
			return t.Name
		default:
			return ""
		}
	}
}

// nameFree reports whether a new package-level name would clash with
// nothing: no package-level object, no import in any file, nothing that
// shadows it at pos, and no other fix of this pass.
func (c *checker) nameFree(name string, pos token.Pos) bool {
	if c.hoisted[name] || c.pass.Pkg.Scope().Lookup(name) != nil {
		return false
	}
	for _, f := range c.pass.Files {
		if s := c.pass.TypesInfo.Scopes[f]; s != nil && s.Lookup(name) != nil {
			return false
		}
	}
	return lookup(c.pass.Pkg, name, pos) == nil
}
