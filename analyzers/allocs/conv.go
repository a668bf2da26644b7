package allocs

import (
	"go/ast"
	"go/types"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/types/typeutil"
)

// twins are the strings and bytes functions that exist in both packages
// with the same behaviour and a result that is not a string or slice, so
// switching packages changes no types at the call site.
var twins = map[string]bool{
	"Compare": true, "Contains": true, "ContainsAny": true, "ContainsFunc": true, "ContainsRune": true,
	"Count": true, "EqualFold": true, "HasPrefix": true, "HasSuffix": true,
	"Index": true, "IndexAny": true, "IndexByte": true, "IndexFunc": true, "IndexRune": true,
	"LastIndex": true, "LastIndexAny": true, "LastIndexByte": true, "LastIndexFunc": true,
}

// convLoop reports strings.F(string(b), ...) and bytes.F([]byte(s), ...)
// in loops where F has a twin in the other package that takes b or s
// directly. The conversion copies on every iteration, and allocates when
// the data is longer than the 32-byte stack buffer the compiler uses for
// non-escaping conversions. Conversions the compiler already elides (map
// index, comparison, range, concatenation operand) are not reported.
func (c *checker) convLoop(call *ast.CallExpr, loop ast.Stmt, stack []ast.Node) {
	fn := typeutil.StaticCallee(c.pass.TypesInfo, call)
	if fn == nil || fn.Pkg() == nil || !twins[fn.Name()] || call.Ellipsis.IsValid() {
		return
	}
	var from, to string
	switch fn.Pkg().Path() {
	case "strings":
		from, to = "string", "bytes"
	case "bytes":
		from, to = "[]byte", "strings"
	default:
		return
	}
	// Rewrite each argument of the converted kind: a conversion from the
	// other kind is unwrapped, a constant is converted (free for constants).
	var converted ast.Expr
	args := make([]string, len(call.Args))
	for i, a := range call.Args {
		t := c.pass.TypesInfo.TypeOf(a)
		if t == nil {
			return
		}
		switch {
		case from == "string" && isString(t), from == "[]byte" && isByteSlice(t):
			if inner := c.conversionArg(a, from); inner != nil {
				if converted == nil {
					converted = a
				}
				args[i] = c.exprText(inner)
				continue
			}
			tv := c.pass.TypesInfo.Types[a]
			if tv.Value == nil && !isConstConversion(c.pass.TypesInfo, a) {
				return // converting a variable the other way would copy too
			}
			if from == "string" {
				args[i] = "[]byte(" + c.exprText(a) + ")"
			} else {
				args[i] = c.exprText(ast.Unparen(a).(*ast.CallExpr).Args[0])
			}
		default:
			args[i] = c.exprText(a)
		}
	}
	if converted == nil || c.quiet(loop, stack) || c.measuresAPI(stack, fn.Pkg().Path(), fn.Name(), "Conv") {
		return
	}
	d := analysis.Diagnostic{
		Pos:      converted.Pos(),
		End:      converted.End(),
		Category: "convloop",
		Message: "conversion to " + from + " in a loop copies the data on every iteration and allocates past 32 bytes (" +
			costConv + "); " + to + "." + fn.Name() + " takes the original directly",
	}
	if c.via != nil {
		d.Message = "conversion to " + from + " copies the data and allocates past 32 bytes " + c.via.every() + " (" +
			costConv + "); " + to + "." + fn.Name() + " takes the original directly"
	}
	if names, edits, ok := c.addImports(call.Pos(), to); ok {
		text := names[0] + "." + fn.Name() + "(" + strings.Join(args, ", ") + ")"
		d.SuggestedFixes = []analysis.SuggestedFix{{
			Message:   "Call " + to + "." + fn.Name() + " without the conversion",
			TextEdits: append(edits, analysis.TextEdit{Pos: call.Pos(), End: call.End(), NewText: []byte(text)}),
		}}
	}
	c.reportRemovingUse(d, call.Fun, to)
}

// conversionArg returns x if e is the conversion to (string or []byte)
// of a non-constant x of the other kind.
func (c *checker) conversionArg(e ast.Expr, to string) ast.Expr {
	call, ok := ast.Unparen(e).(*ast.CallExpr)
	if !ok || len(call.Args) != 1 {
		return nil
	}
	tv := c.pass.TypesInfo.Types[call.Fun]
	if !tv.IsType() {
		return nil
	}
	x := call.Args[0]
	xt := c.pass.TypesInfo.TypeOf(x)
	if xt == nil || c.pass.TypesInfo.Types[x].Value != nil {
		return nil
	}
	switch to {
	case "string":
		if types.Identical(tv.Type, types.Typ[types.String]) && isByteSlice(xt) {
			return x
		}
	case "[]byte":
		if b, ok := xt.(*types.Basic); ok && types.Identical(tv.Type, types.NewSlice(types.Typ[types.Byte])) &&
			(b.Kind() == types.String || b.Kind() == types.UntypedString) {
			return x
		}
	}
	return nil
}

// isConstConversion reports whether e is []byte(constant string).
func isConstConversion(info *types.Info, e ast.Expr) bool {
	call, ok := ast.Unparen(e).(*ast.CallExpr)
	return ok && len(call.Args) == 1 && info.Types[call.Fun].IsType() &&
		info.Types[call.Args[0]].Value != nil && isString(info.TypeOf(call.Args[0]))
}

func isByteSlice(t types.Type) bool {
	s, ok := t.Underlying().(*types.Slice)
	if !ok {
		return false
	}
	return types.Identical(s.Elem(), types.Typ[types.Byte])
}
