package allocs

import (
	"go/ast"
	"go/types"

	"golang.org/x/tools/go/analysis"
)

// A fix that rewrites fmt.Sprintf(...) or strings.HasPrefix(...) removes a
// use of fmt or strings. If it was the file's last use, the import must go
// too, or the fixed file does not build ("imported and not used"): not
// every driver prunes imports after applying fixes. Each fix must also
// build when applied alone, and when applied with all the others (as
// `hpvet -fix` does). So, per file and package:
//
//   - other uses remain after every fix: nothing to do;
//   - the fix removes the only use: the fix also deletes the import;
//   - several fixes together remove every use, or another fix in the file
//     needs the package (strings.Index replacing bytes.Index while
//     bytes.HasPrefix replaces strings.HasPrefix): the last one is reported
//     without its fix, so that one use always remains. Once the others are
//     applied, the next run offers it, with the import deletion if safe.

type pendingFix struct {
	d     analysis.Diagnostic
	pkg   *types.PkgName // package whose use the fix removes
	needs []string       // import paths the fix's new text refers to
}

// reportRemovingUse queues d, whose fix replaces the call through fun (a
// selector pkg.F) with code that refers to the packages needs, for
// flushPending.
func (c *checker) reportRemovingUse(d analysis.Diagnostic, fun ast.Expr, needs ...string) {
	var pn *types.PkgName
	if sel, ok := ast.Unparen(fun).(*ast.SelectorExpr); ok {
		if id, ok := sel.X.(*ast.Ident); ok {
			pn, _ = c.pass.TypesInfo.Uses[id].(*types.PkgName)
		}
	}
	if pn == nil || len(d.SuggestedFixes) == 0 {
		c.r.Report(d)
		return
	}
	c.pending = append(c.pending, pendingFix{d, pn, needs})
}

// flushPending reports the queued diagnostics of the current file.
func (c *checker) flushPending() {
	if len(c.pending) == 0 {
		return
	}
	uses := make(map[*types.PkgName]int)
	ast.Inspect(c.file, func(n ast.Node) bool {
		if id, ok := n.(*ast.Ident); ok {
			if pn, ok := c.pass.TypesInfo.Uses[id].(*types.PkgName); ok {
				uses[pn]++
			}
		}
		return true
	})
	// Only diagnostics the Reporter lets through are applied as fixes.
	var kept []pendingFix
	fixes := make(map[*types.PkgName]int)
	needed := make(map[string]bool)
	for _, p := range c.pending {
		if c.r.Wanted(p.d.Pos) && !c.r.Suppressed(p.d.Pos, p.d.Category) {
			kept = append(kept, p)
			fixes[p.pkg]++
			for _, path := range p.needs {
				needed[path] = true
			}
		}
	}
	seen := make(map[*types.PkgName]int)
	for _, p := range kept {
		seen[p.pkg]++
		if fixes[p.pkg] == uses[p.pkg] {
			switch {
			case uses[p.pkg] == 1 && !needed[p.pkg.Imported().Path()]:
				if del, ok := c.deleteImport(p.pkg); ok {
					p.d.SuggestedFixes[0].TextEdits = append(p.d.SuggestedFixes[0].TextEdits, del)
				} else {
					p.d.SuggestedFixes = nil
				}
			case seen[p.pkg] == fixes[p.pkg]:
				p.d.SuggestedFixes = nil // keep one use; see above
			}
		}
		c.r.Report(p.d)
	}
	c.pending = c.pending[:0]
}

// deleteImport returns the edit that removes pn's import spec from the
// current file.
func (c *checker) deleteImport(pn *types.PkgName) (analysis.TextEdit, bool) {
	for _, decl := range c.file.Decls {
		gd, ok := decl.(*ast.GenDecl)
		if !ok {
			continue
		}
		for _, spec := range gd.Specs {
			is, ok := spec.(*ast.ImportSpec)
			if !ok || c.pass.TypesInfo.PkgNameOf(is) != pn {
				continue
			}
			if len(gd.Specs) == 1 {
				return analysis.TextEdit{Pos: gd.Pos(), End: gd.End()}, true
			}
			return analysis.TextEdit{Pos: is.Pos(), End: is.End()}, true
		}
	}
	return analysis.TextEdit{}, false
}
