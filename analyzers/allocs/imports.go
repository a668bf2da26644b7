package allocs

import (
	"go/ast"
	"go/token"
	"go/types"
	"strconv"
	"strings"

	"golang.org/x/tools/go/analysis"
)

// addImport returns the name under which the current file can refer to
// the package at path at pos, and the edits that add the import if the
// file lacks it. It fails (ok false) if the name is taken at pos, so a fix
// never binds to the wrong object.
func (c *checker) addImport(path string, pos token.Pos) (name string, edits []analysis.TextEdit, ok bool) {
	for _, imp := range c.file.Imports {
		if p, _ := strconv.Unquote(imp.Path.Value); p != path {
			continue
		}
		pn := c.pass.TypesInfo.PkgNameOf(imp)
		if pn == nil || pn.Name() == "_" || pn.Name() == "." {
			continue
		}
		if lookup(c.pass.Pkg, pn.Name(), pos) == types.Object(pn) {
			return pn.Name(), nil, true
		}
		return "", nil, false
	}
	name = path[strings.LastIndex(path, "/")+1:]
	if lookup(c.pass.Pkg, name, pos) != nil {
		return "", nil, false
	}
	quoted := strconv.Quote(path)
	for _, decl := range c.file.Decls {
		gd, ok := decl.(*ast.GenDecl)
		if !ok || gd.Tok != token.IMPORT {
			continue
		}
		if gd.Lparen.IsValid() {
			return name, []analysis.TextEdit{{Pos: gd.Lparen + 1, End: gd.Lparen + 1, NewText: []byte("\n\t" + quoted)}}, true
		}
		return name, []analysis.TextEdit{{Pos: gd.End(), End: gd.End(), NewText: []byte("\n\nimport " + quoted)}}, true
	}
	end := c.file.Name.End()
	return name, []analysis.TextEdit{{Pos: end, End: end, NewText: []byte("\n\nimport " + quoted)}}, true
}

// lookup resolves name at pos as the type checker would.
func lookup(pkg *types.Package, name string, pos token.Pos) types.Object {
	s := pkg.Scope().Innermost(pos)
	if s == nil {
		return pkg.Scope().Lookup(name)
	}
	_, obj := s.LookupParent(name, pos)
	return obj
}
