package allocs

import (
	"go/ast"
	"go/token"
	"go/types"
	"strconv"
	"strings"

	"golang.org/x/tools/go/analysis"
)

// addImports returns the names under which the current file can refer to
// the packages at paths at pos, and one edit that adds the imports the
// file lacks. It fails (ok false) if a name is taken at pos, so a fix never
// binds to the wrong object.
func (c *checker) addImports(pos token.Pos, paths ...string) (names []string, edits []analysis.TextEdit, ok bool) {
	var missing []string
	for _, path := range paths {
		name, found, ok := c.importName(path, pos)
		if !ok {
			return nil, nil, false
		}
		if !found {
			missing = append(missing, path)
		}
		names = append(names, name)
	}
	if len(missing) == 0 {
		return names, nil, true
	}
	var sb strings.Builder
	for _, path := range missing {
		sb.WriteString("\n\t" + strconv.Quote(path))
	}
	specs := sb.String()
	for _, decl := range c.file.Decls {
		gd, ok := decl.(*ast.GenDecl)
		if !ok || gd.Tok != token.IMPORT {
			continue
		}
		if gd.Lparen.IsValid() {
			return names, []analysis.TextEdit{{Pos: gd.Lparen + 1, End: gd.Lparen + 1, NewText: []byte(specs)}}, true
		}
	}
	at := c.file.Name.End()
	if n := len(c.file.Imports); n > 0 {
		at = c.file.Imports[n-1].End()
	}
	return names, []analysis.TextEdit{{Pos: at, End: at, NewText: []byte("\n\nimport (" + specs + "\n)")}}, true
}

// importName returns the name of path's import in the current file if it
// has one (found), or the name a new import would have; ok is false if
// that name does not resolve to the package at pos.
func (c *checker) importName(path string, pos token.Pos) (name string, found, ok bool) {
	for _, imp := range c.file.Imports {
		if p, _ := strconv.Unquote(imp.Path.Value); p != path {
			continue
		}
		pn := c.pass.TypesInfo.PkgNameOf(imp)
		if pn == nil || pn.Name() == "_" || pn.Name() == "." {
			continue
		}
		return pn.Name(), true, lookup(c.pass.Pkg, pn.Name(), pos) == types.Object(pn)
	}
	name = path[strings.LastIndex(path, "/")+1:]
	return name, false, lookup(c.pass.Pkg, name, pos) == nil
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
