package allocs

import (
	"bytes"
	"go/ast"
	"go/constant"
	"go/printer"
	"go/token"
	"go/types"
	"strconv"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/types/typeutil"
)

// fmtLoop reports fmt.Sprintf, fmt.Sprint and fmt.Errorf calls in loops
// that strconv and string concatenation do exactly: same text, same error
// type. Only predeclared types qualify (a named type may have a String,
// Error or Format method that fmt would call), and only the verbs %s %v %d
// %q and %% without flags, width, precision or argument indexes.
func (c *checker) fmtLoop(call *ast.CallExpr, loop ast.Stmt, stack []ast.Node) {
	fn := typeutil.StaticCallee(c.pass.TypesInfo, call)
	if fn == nil || fn.Pkg() == nil || fn.Pkg().Path() != "fmt" || call.Ellipsis.IsValid() {
		return
	}
	if mapKey(stack) {
		return // mapmisuse.concatkey reports it, with the better fix: a struct key
	}
	var parts []part
	var ok bool
	switch fn.Name() {
	case "Errorf", "Sprintf":
		if fn.Name() == "Errorf" && !errorfFlag {
			return
		}
		if len(call.Args) == 0 {
			return
		}
		tv := c.pass.TypesInfo.Types[call.Args[0]]
		if tv.Value == nil || tv.Value.Kind() != constant.String {
			return
		}
		parts, ok = c.formatParts(constant.StringVal(tv.Value), call.Args[1:])
	case "Sprint":
		parts, ok = c.sprintParts(call.Args)
	default:
		return
	}
	if !ok || c.quiet(loop, stack) || c.measuresAPI(stack, "fmt", fn.Name()) || c.errorArg(stack) {
		return
	}
	d := analysis.Diagnostic{Pos: call.Pos(), End: call.End(), Category: "fmtloop"}
	var cost string
	if fn.Name() == "Errorf" {
		d.Message = "fmt.Errorf" + c.inLoop() + " boxes its arguments and parses the format " + c.via.every() + "; errors.New with strconv and + builds the same error"
		cost = costErrorf
	} else if fn.Name() == "Sprint" {
		d.Message = "fmt.Sprint" + c.inLoop() + " boxes its arguments and formats them by their dynamic type " + c.via.every() + "; strconv and + build the same string"
		cost = costSprint
	} else {
		d.Message = "fmt.Sprintf" + c.inLoop() + " boxes its arguments and parses the format " + c.via.every() + "; strconv and + build the same string"
		cost = costSprintf
	}
	d.Message += " (" + cost + ")"
	fix, needs, ok := c.fmtFix(call, fn.Name(), parts, stack)
	if ok {
		d.SuggestedFixes = []analysis.SuggestedFix{fix}
	}
	c.reportRemovingUse(d, call.Fun, needs...)
}

// part is a piece of the result: literal text, or an argument with the
// strconv function (if any) that formats it.
type part struct {
	lit   string
	arg   ast.Expr
	conv  string // "", "Itoa", "FormatInt", "FormatUint", "FormatBool", "Quote"
	widen string // "", "int64", "uint64": conversion the strconv function needs
}

func (c *checker) formatParts(format string, args []ast.Expr) ([]part, bool) {
	var parts []part
	var lit strings.Builder
	for i := 0; i < len(format); i++ {
		if format[i] != '%' {
			lit.WriteByte(format[i])
			continue
		}
		i++
		if i == len(format) {
			return nil, false
		}
		verb := format[i]
		if verb == '%' {
			lit.WriteByte('%')
			continue
		}
		if len(args) == 0 {
			return nil, false
		}
		p, ok := c.argPart(args[0], verb)
		if !ok {
			return nil, false
		}
		if text, ok := c.literalText(args[0], p); ok {
			lit.WriteString(text) // fmt.Sprintf("v%d.%d", 8, i): "v8." + ...
			args = args[1:]
			continue
		}
		args = args[1:]
		if lit.Len() > 0 {
			parts = append(parts, part{lit: lit.String()})
			lit.Reset()
		}
		parts = append(parts, p)
	}
	if len(args) > 0 {
		return nil, false // fmt would append %!(EXTRA ...)
	}
	if lit.Len() > 0 {
		parts = append(parts, part{lit: lit.String()})
	}
	return parts, true
}

// sprintParts handles fmt.Sprint(x) and fmt.Sprint of strings only (Sprint
// puts spaces between operands when neither side is a string).
func (c *checker) sprintParts(args []ast.Expr) ([]part, bool) {
	if len(args) == 1 {
		p, ok := c.argPart(args[0], 'v')
		return []part{p}, ok
	}
	var parts []part
	for _, a := range args {
		p, ok := c.argPart(a, 's')
		if !ok || p.conv != "" {
			return nil, false
		}
		parts = append(parts, p)
	}
	return parts, len(parts) > 0
}

func (c *checker) argPart(e ast.Expr, verb byte) (part, bool) {
	t := c.pass.TypesInfo.TypeOf(e)
	if t == nil {
		return part{}, false
	}
	b, ok := types.Unalias(types.Default(t)).(*types.Basic)
	if !ok {
		return part{}, false // named types may have String/Format methods
	}
	p := part{arg: e}
	info := b.Info()
	switch {
	case info&types.IsString != 0 && (verb == 's' || verb == 'v'):
	case info&types.IsString != 0 && verb == 'q':
		p.conv = "Quote"
	case info&types.IsBoolean != 0 && verb == 'v':
		p.conv = "FormatBool"
	case info&types.IsInteger != 0 && (verb == 'd' || verb == 'v'):
		switch b.Kind() {
		case types.Int:
			p.conv = "Itoa"
		case types.Int64:
			p.conv = "FormatInt"
		case types.Int8, types.Int16, types.Int32:
			p.conv, p.widen = "FormatInt", "int64"
		case types.Uint64:
			p.conv = "FormatUint"
		case types.Uint, types.Uint8, types.Uint16, types.Uint32, types.Uintptr:
			p.conv, p.widen = "FormatUint", "uint64"
		default:
			return part{}, false
		}
	default:
		return part{}, false
	}
	return p, true
}

// literalText is the text fmt prints for a literal argument (8, -1, 'x',
// "k"), which the fix writes into the string rather than formatting a
// constant at run time. A named constant keeps its name.
func (c *checker) literalText(e ast.Expr, p part) (string, bool) {
	switch x := ast.Unparen(e).(type) {
	case *ast.BasicLit:
	case *ast.UnaryExpr:
		if _, ok := ast.Unparen(x.X).(*ast.BasicLit); !ok || (x.Op != token.SUB && x.Op != token.ADD) {
			return "", false
		}
	default:
		return "", false
	}
	v := c.pass.TypesInfo.Types[e].Value
	switch {
	case v == nil:
		return "", false
	case v.Kind() == constant.String && p.conv == "":
		return constant.StringVal(v), true
	case v.Kind() == constant.String && p.conv == "Quote":
		return strconv.Quote(constant.StringVal(v)), true
	case v.Kind() == constant.Int && p.conv != "" && p.conv != "FormatBool":
		return v.ExactString(), true
	}
	return "", false
}

func (c *checker) fmtFix(call *ast.CallExpr, name string, parts []part, stack []ast.Node) (_ analysis.SuggestedFix, needs []string, ok bool) {
	var paths []string
	for _, p := range parts {
		if p.conv != "" {
			paths = append(paths, "strconv")
			break
		}
	}
	if name == "Errorf" {
		paths = append(paths, "errors")
	}
	names, edits, ok := c.addImports(call.Pos(), paths...)
	if !ok {
		return analysis.SuggestedFix{}, nil, false
	}
	strconvName := ""
	if len(paths) > 0 && paths[0] == "strconv" {
		strconvName = names[0]
	}
	terms := make([]string, 0, len(parts))
	for _, p := range parts {
		switch {
		case p.arg == nil:
			terms = append(terms, strconv.Quote(p.lit))
		case p.conv == "":
			terms = append(terms, c.exprText(p.arg))
		default:
			x := c.exprText(p.arg)
			if p.widen != "" {
				x = p.widen + "(" + x + ")"
			}
			switch p.conv {
			case "FormatInt", "FormatUint":
				x += ", 10"
			}
			terms = append(terms, strconvName+"."+p.conv+"("+x+")")
		}
	}
	expr := strings.Join(terms, " + ")
	if len(terms) == 0 {
		expr = `""`
	}
	msg := "Build the string with strconv and +"
	if name == "Errorf" {
		expr = names[len(names)-1] + ".New(" + expr + ")"
		msg = "Build the error with errors.New, strconv and +"
	} else if len(terms) > 1 {
		switch stack[len(stack)-2].(type) {
		case *ast.SelectorExpr, *ast.IndexExpr, *ast.SliceExpr:
			expr = "(" + expr + ")"
		}
	}
	edits = append(edits, analysis.TextEdit{Pos: call.Pos(), End: call.End(), NewText: []byte(expr)})
	return analysis.SuggestedFix{Message: msg, TextEdits: edits}, paths, true
}

func (c *checker) exprText(e ast.Expr) string {
	var buf bytes.Buffer
	printer.Fprint(&buf, c.pass.Fset, e)
	return buf.String()
}

// errorArg reports whether the call at the top of stack is an argument of a
// call to a function or method whose name mentions errors (declErr,
// addError, Errorf): the string is built on a cold error path.
func (c *checker) errorArg(stack []ast.Node) bool {
	if len(stack) < 2 {
		return false
	}
	outer, ok := stack[len(stack)-2].(*ast.CallExpr)
	if !ok || outer.Fun == stack[len(stack)-1] {
		return false
	}
	var name string
	switch f := ast.Unparen(outer.Fun).(type) {
	case *ast.Ident:
		name = f.Name
	case *ast.SelectorExpr:
		name = f.Sel.Name
	}
	return strings.Contains(strings.ToLower(name), "err")
}

// mapKey reports whether the call at the top of stack is the key of a map
// index expression.
func mapKey(stack []ast.Node) bool {
	if len(stack) < 2 {
		return false
	}
	ix, ok := stack[len(stack)-2].(*ast.IndexExpr)
	return ok && ix.Index == stack[len(stack)-1]
}
