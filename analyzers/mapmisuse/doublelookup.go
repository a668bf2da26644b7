package mapmisuse

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ast/inspector"

	"github.com/hpgo/hpgo/internal/analysisutil"
)

// A lookup is one map read m[k] whose value a later read of m[k] could
// reuse.
type lookup struct {
	ix     *ast.IndexExpr
	holder *ast.Ident // variable holding the value; "_" or nil when there is none yet
}

// doubleLookupIf handles the two if forms:
//
//	if v, ok := m[k]; ok { ... m[k] ... }   (v may be _)
//	if m[k] != nil { ... m[k] ... }
func (c *checker) doubleLookupIf(cur inspector.Cursor, ifs *ast.IfStmt) {
	if as, ok := ifs.Init.(*ast.AssignStmt); ok && len(as.Rhs) == 1 && len(as.Lhs) <= 2 {
		ix := c.mapIndex(as.Rhs[0])
		holder, _ := as.Lhs[0].(*ast.Ident)
		if ix == nil || holder == nil || c.claimed[ix] {
			return
		}
		if holder.Name != "_" && !c.holds(holder, ix) {
			return
		}
		c.doubleLookup(cur, lookup{ix, holder}, as.Tok, ifs, []ast.Node{ifs.Cond, ifs.Body}, ix.End())
		return
	}
	// A read in the condition. Only reads outside closures count.
	var first *ast.IndexExpr
	ast.Inspect(ifs.Cond, func(n ast.Node) bool {
		if first != nil {
			return false
		}
		switch n := n.(type) {
		case *ast.FuncLit:
			return false
		case *ast.IndexExpr:
			if ix := c.mapIndex(n); ix != nil && !c.claimed[ix] && c.pure(ix.X) && c.pure(ix.Index) {
				first = ix
				return false
			}
		}
		return true
	})
	if first != nil {
		c.doubleLookup(cur, lookup{first, nil}, token.ILLEGAL, ifs, []ast.Node{ifs.Cond, ifs.Body}, first.End())
	}
}

// doubleLookupAssign handles v := m[k] (or v, ok := m[k], or v = m[k])
// followed, in the same block, by another read of m[k].
func (c *checker) doubleLookupAssign(cur inspector.Cursor, as *ast.AssignStmt) {
	if len(as.Rhs) != 1 || len(as.Lhs) > 2 {
		return
	}
	ix := c.mapIndex(as.Rhs[0])
	holder, _ := as.Lhs[0].(*ast.Ident)
	if ix == nil || holder == nil || holder.Name == "_" || c.claimed[ix] || !c.holds(holder, ix) {
		return
	}
	list, ok := analysisutil.StmtList(cur.Parent().Node())
	if !ok {
		return // an if/for/switch init: handled by the if form or not at all
	}
	var rest []ast.Node
	for i, s := range list {
		if s == as {
			for _, r := range list[i+1:] {
				rest = append(rest, r)
			}
			break
		}
	}
	c.doubleLookup(cur, lookup{ix, holder}, as.Tok, as, rest, as.End())
}

// holds reports whether holder, assigned m[k], has exactly the map's
// element type, so it can stand in for m[k].
func (c *checker) holds(holder *ast.Ident, ix *ast.IndexExpr) bool {
	obj := c.info.ObjectOf(holder)
	if obj == nil {
		return false
	}
	return types.Identical(obj.Type(), c.mapType(ix.X).Elem())
}

// doubleLookup scans region, in source order from pos, for reads of the
// same map and key as first, up to the first thing that could change the
// map, the key or the holder. scope is the statement the fix declares a
// variable in.
func (c *checker) doubleLookup(cur inspector.Cursor, first lookup, tok token.Token, scope ast.Node, region []ast.Node, from token.Pos) {
	ix := first.ix
	if !c.pure(ix.X) || !c.pure(ix.Index) || c.funcHasGoto(cur) {
		return
	}
	s := &dupScan{c: c, first: ix, mapT: c.mapType(ix.X), objs: make(map[types.Object]bool), fixable: true, from: from}
	c.objects(ix.X, s.objs)
	c.objects(ix.Index, s.objs)
	if first.holder != nil && first.holder.Name != "_" {
		s.objs[c.info.ObjectOf(first.holder)] = true
	}
	if c.addressTaken(cur, s.objs) {
		return
	}
	for _, n := range region {
		if s.stopped {
			break
		}
		s.walk(n)
	}
	if len(s.hot) == 0 {
		return
	}
	for _, r := range s.reads {
		c.claimed[r] = true
	}
	c.claimed[ix] = true

	dup := s.hot[0]
	d := analysis.Diagnostic{
		Pos:      dup.Pos(),
		End:      dup.End(),
		Category: "doublelookup",
		Message: fmt.Sprintf("%s is looked up again (first at line %d): two hash lookups where one does (%s); reuse the first result",
			c.source(dup), c.line(ix.Pos()), costDoubleLookup),
	}
	if fix, ok := c.doubleLookupFix(first, tok, scope, s); ok {
		d.SuggestedFixes = []analysis.SuggestedFix{fix}
	}
	c.rep.Report(d)
}

func (c *checker) doubleLookupFix(first lookup, tok token.Token, scope ast.Node, s *dupScan) (analysis.SuggestedFix, bool) {
	if !s.fixable {
		return analysis.SuggestedFix{}, false
	}
	var edits []analysis.TextEdit
	name := ""
	switch {
	case first.holder != nil && first.holder.Name != "_":
		name = first.holder.Name
		// The name must still mean the holder where each read is.
		holder := c.info.ObjectOf(first.holder)
		for _, r := range s.reads {
			scope := c.pass.Pkg.Scope().Innermost(r.Pos())
			if scope == nil {
				return analysis.SuggestedFix{}, false
			}
			if _, obj := scope.LookupParent(name, r.Pos()); obj != holder {
				return analysis.SuggestedFix{}, false
			}
		}
	case first.holder != nil: // if _, ok := m[k]; ...
		if tok != token.DEFINE {
			return analysis.SuggestedFix{}, false
		}
		name = c.freshName(scope, "v", "val", "value", "elem")
		if name == "" {
			return analysis.SuggestedFix{}, false
		}
		edits = append(edits, analysis.TextEdit{Pos: first.holder.Pos(), End: first.holder.End(), NewText: []byte(name)})
	default: // a read in an if condition: hoist it into the if's init
		ifs := scope.(*ast.IfStmt)
		if ifs.Init != nil || c.shortCircuited(ifs.Cond, first.ix) {
			return analysis.SuggestedFix{}, false
		}
		name = c.freshName(scope, "v", "val", "value", "elem")
		if name == "" {
			return analysis.SuggestedFix{}, false
		}
		edits = append(edits,
			analysis.TextEdit{Pos: ifs.Cond.Pos(), End: ifs.Cond.Pos(), NewText: []byte(name + " := " + c.source(first.ix) + "; ")},
			analysis.TextEdit{Pos: first.ix.Pos(), End: first.ix.End(), NewText: []byte(name)})
	}
	for _, r := range s.reads {
		edits = append(edits, analysis.TextEdit{Pos: r.Pos(), End: r.End(), NewText: []byte(name)})
	}
	return analysis.SuggestedFix{Message: "reuse the value of the first lookup", TextEdits: edits}, true
}

// shortCircuited reports whether target sits in the right operand of && or
// || in cond, where hoisting it would evaluate it when the original did not.
func (c *checker) shortCircuited(cond ast.Expr, target ast.Node) bool {
	found := false
	ast.Inspect(cond, func(n ast.Node) bool {
		if b, ok := n.(*ast.BinaryExpr); ok && (b.Op == token.LAND || b.Op == token.LOR) {
			if b.Y.Pos() <= target.Pos() && target.End() <= b.Y.End() {
				found = true
			}
		}
		return !found
	})
	return found
}

// dupScan walks code in source order looking for reads of first's map and
// key, and stops at anything that could change them.
type dupScan struct {
	c       *checker
	first   *ast.IndexExpr
	mapT    *types.Map
	objs    map[types.Object]bool // variables and fields whose change stops the scan
	from    token.Pos
	stack   []ast.Node
	reads   []*ast.IndexExpr
	hot     []*ast.IndexExpr // the reads not on the way out (see onTheWayOut)
	fixable bool
	stopped bool
}

func (s *dupScan) walk(root ast.Node) {
	ast.Inspect(root, func(n ast.Node) bool {
		if n == nil {
			top := s.stack[len(s.stack)-1]
			s.stack = s.stack[:len(s.stack)-1]
			if call, ok := top.(*ast.CallExpr); ok && s.c.opaqueCall(call) {
				s.stopped = true // the call runs after its operands
			}
			return false
		}
		if s.stopped || n.End() <= s.from {
			return false
		}
		if !s.visit(n) {
			return false
		}
		s.stack = append(s.stack, n)
		return true
	})
}

// onTheWayOut reports whether the node being visited runs at most once, on
// the way out: it is an argument of a call that never returns (panic(m[k]),
// log.Fatal) or in a block that ends in one. A second lookup there costs
// nothing worth a report.
func (s *dupScan) onTheWayOut() bool {
	for _, n := range s.stack {
		if call, ok := n.(*ast.CallExpr); ok && analysisutil.NoReturn(s.c.info, call) {
			return true
		}
		if list, ok := analysisutil.StmtList(n); ok && analysisutil.EndsInNoReturn(s.c.info, list) {
			return true
		}
	}
	return false
}

// visit handles n and reports whether to descend into it.
func (s *dupScan) visit(n ast.Node) bool {
	c := s.c
	switch n := n.(type) {
	case *ast.FuncLit:
		return false // runs later, if at all; calling it is a barrier
	case *ast.ForStmt, *ast.RangeStmt:
		if s.loopChanges(n) {
			s.stopped = true
			return false
		}
		if r, ok := n.(*ast.RangeStmt); ok && r.Tok == token.ASSIGN && (s.writes(r.Key) || s.writes(r.Value)) {
			s.stopped = true
			return false
		}
	case *ast.SendStmt, *ast.SelectStmt, *ast.DeferStmt, *ast.LabeledStmt:
		s.stopped = true
		return false
	case *ast.BranchStmt:
		if n.Tok == token.GOTO {
			s.stopped = true
		}
	case *ast.UnaryExpr:
		if n.Op == token.ARROW {
			s.stopped = true
			return false
		}
	case *ast.IncDecStmt:
		if s.writes(n.X) {
			s.stopped = true
			return false
		}
	case *ast.AssignStmt:
		// The right side is evaluated before anything is stored.
		s.stack = append(s.stack, n)
		commaOK := len(n.Lhs) == 2 && len(n.Rhs) == 1
		for _, r := range n.Rhs {
			if ix := c.mapIndex(r); commaOK && ix != nil && s.match(ix) {
				s.fixable = false
			}
			s.walk(r)
		}
		for _, l := range n.Lhs {
			if s.stopped {
				break
			}
			if s.writes(l) {
				s.stopped = true
				break
			}
			if ix := c.mapIndex(l); ix != nil {
				s.walk(ix.X) // m[k] on the left is a store, not a read
				s.walk(ix.Index)
			} else {
				s.walk(l)
			}
		}
		s.stack = s.stack[:len(s.stack)-1]
		return false
	case *ast.ValueSpec:
		if len(n.Names) == 2 && len(n.Values) == 1 {
			if ix := c.mapIndex(n.Values[0]); ix != nil && s.match(ix) {
				s.fixable = false
			}
		}
	case *ast.IndexExpr:
		if n == s.first || !s.match(n) {
			return true
		}
		if s.laterCall(n) {
			s.stopped = true
			return false
		}
		s.reads = append(s.reads, n)
		if !s.onTheWayOut() {
			s.hot = append(s.hot, n)
		}
		return false
	}
	return true
}

func (s *dupScan) match(ix *ast.IndexExpr) bool {
	return s.c.same(ix.X, s.first.X) && s.c.same(ix.Index, s.first.Index)
}

// writes reports whether storing to lhs may change a variable or field
// the scan depends on, or any map of the scanned map's type (it may be the
// same map under another name).
func (s *dupScan) writes(lhs ast.Expr) bool {
	if lhs == nil {
		return false
	}
	if s.writesMap(lhs) {
		return true
	}
	for e := ast.Unparen(lhs); ; {
		switch x := e.(type) {
		case *ast.Ident:
			return s.objs[s.c.info.ObjectOf(x)]
		case *ast.SelectorExpr:
			if s.objs[s.c.info.ObjectOf(x.Sel)] {
				return true
			}
			e = ast.Unparen(x.X)
		case *ast.IndexExpr:
			e = ast.Unparen(x.X)
		case *ast.StarExpr:
			return true // a store through a pointer may reach anything
		default:
			return false
		}
	}
}

func (s *dupScan) writesMap(lhs ast.Expr) bool {
	if ix, ok := ast.Unparen(lhs).(*ast.IndexExpr); ok {
		if m := s.c.mapType(ix.X); m != nil && types.Identical(m, s.mapT) {
			return true
		}
	}
	return false
}

// loopChanges reports whether loop contains anything that stops the scan;
// a later iteration would then see it before an earlier read.
func (s *dupScan) loopChanges(loop ast.Node) bool {
	probe := &dupScan{c: s.c, first: s.first, mapT: s.mapT, objs: s.objs, fixable: true}
	switch l := loop.(type) {
	case *ast.ForStmt:
		for _, n := range []ast.Node{l.Cond, l.Post, l.Body} {
			if n != nil && !probe.stopped {
				probe.walk(n)
			}
		}
	case *ast.RangeStmt:
		probe.walk(l.Body)
	}
	return probe.stopped
}

// laterCall reports whether the statement holding read contains, after
// read, a call that is not one of read's ancestors: Go does not fix the
// order between such a call and the map index, so the call may run first.
func (s *dupScan) laterCall(read ast.Node) bool {
	var stmt ast.Node
	for i := len(s.stack) - 1; i >= 0; i-- {
		if _, ok := s.stack[i].(ast.Stmt); ok {
			stmt = s.stack[i]
			if i+1 < len(s.stack) {
				switch stmt.(type) {
				case *ast.IfStmt, *ast.ForStmt, *ast.RangeStmt, *ast.SwitchStmt, *ast.TypeSwitchStmt, *ast.BlockStmt, *ast.CaseClause:
					stmt = s.stack[i+1] // only the header part that holds read
				}
			}
			break
		}
	}
	if stmt == nil && len(s.stack) > 0 {
		stmt = s.stack[0] // a read in an if condition: the condition is the unit
	}
	if stmt == nil {
		return false
	}
	later := false
	ast.Inspect(stmt, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FuncLit:
			return false
		case *ast.CallExpr:
			if n.Pos() > read.Pos() && s.c.opaqueCall(n) {
				later = true
			}
		case *ast.UnaryExpr:
			if n.Op == token.ARROW && n.Pos() > read.Pos() {
				later = true
			}
		}
		return !later
	})
	return later
}

// readModifyWrite reports m[k] = m[k] op y, which reads and then assigns
// (two hash operations) where m[k] op= y does one map assignment.
func (c *checker) readModifyWrite(as *ast.AssignStmt) {
	if as.Tok != token.ASSIGN || len(as.Lhs) != 1 || len(as.Rhs) != 1 {
		return
	}
	lhs := c.mapIndex(as.Lhs[0])
	bin, ok := ast.Unparen(as.Rhs[0]).(*ast.BinaryExpr)
	if lhs == nil || !ok || !c.pure(lhs.X) || !c.pure(lhs.Index) {
		return
	}
	switch bin.Op {
	case token.ADD, token.SUB, token.MUL, token.QUO, token.REM, token.AND, token.OR, token.XOR, token.SHL, token.SHR, token.AND_NOT:
	default:
		return
	}
	rhs := c.mapIndex(bin.X)
	if rhs == nil || c.claimed[rhs] || !c.same(lhs.X, rhs.X) || !c.same(lhs.Index, rhs.Index) {
		return // a claimed read already has a doublelookup fix; the two would overlap
	}
	// y must not change the map: with a call in y, m[k] op= y and the
	// original could see different maps.
	opaque := false
	ast.Inspect(bin.Y, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.CallExpr:
			opaque = opaque || c.opaqueCall(n)
		case *ast.UnaryExpr:
			opaque = opaque || n.Op == token.ARROW
		case *ast.FuncLit:
			opaque = true
		}
		return !opaque
	})
	if opaque {
		return
	}
	op := bin.Op.String() + "="
	c.rep.Report(analysis.Diagnostic{
		Pos:      as.Pos(),
		End:      as.End(),
		Category: "doublelookup",
		Message: fmt.Sprintf("%s = %s %s ... hashes the key twice (a read, then an assignment); %s %s ... does one map assignment (%s)",
			c.source(lhs), c.source(rhs), bin.Op, c.source(lhs), op, costRMW),
		SuggestedFixes: []analysis.SuggestedFix{{
			Message:   "use " + op,
			TextEdits: []analysis.TextEdit{{Pos: as.TokPos, End: bin.Y.Pos(), NewText: []byte(op + " ")}},
		}},
	})
}
