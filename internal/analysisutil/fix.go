package analysisutil

import (
	"bytes"
	"go/ast"
	"go/token"
	"strings"

	"golang.org/x/tools/go/analysis"
)

// reviewSuffix marks a suggested fix that keeps the program building and
// behaving the same in every case hpvet can see, but that a person should
// still read (for example one that changes a type used elsewhere). go fix
// and `hpvet -fix` apply only fixes without it.
const reviewSuffix = " (review before applying)"

// NeedsReview marks fix as one that `go fix -fixtool` must not apply
// unattended. Editors and `hpvet -diff` still show it.
func NeedsReview(fix analysis.SuggestedFix) analysis.SuggestedFix {
	if !strings.HasSuffix(fix.Message, reviewSuffix) {
		fix.Message += reviewSuffix
	}
	return fix
}

// AlwaysSafe reports whether fix may be applied without review.
func AlwaysSafe(fix analysis.SuggestedFix) bool {
	return !strings.HasSuffix(fix.Message, reviewSuffix)
}

// Source returns the file holding pos and its contents as the analysis
// read them, or false when they cannot be had or no longer match what was
// parsed (the file changed since): a fix that needs the text is then not
// offered.
func Source(pass *analysis.Pass, pos token.Pos) (*token.File, []byte, bool) {
	tf := pass.Fset.File(pos)
	if tf == nil || pass.ReadFile == nil {
		return nil, nil, false
	}
	src, err := pass.ReadFile(tf.Name())
	if err != nil || tf.Size() != len(src) {
		return nil, nil, false
	}
	return tf, src, true
}

// Indent returns the blanks that start pos's line, for a line inserted
// above it; false when anything else precedes pos on its line.
func Indent(tf *token.File, src []byte, pos token.Pos) (string, bool) {
	indent := src[tf.Offset(tf.LineStart(tf.Line(pos))):tf.Offset(pos)]
	return string(indent), len(bytes.TrimLeft(indent, " \t")) == 0
}

// HasGoto reports whether n contains a goto statement outside the
// function literals it holds; true for nil (unknown).
func HasGoto(n ast.Node) bool {
	if n == nil {
		return true
	}
	found := false
	ast.Inspect(n, func(m ast.Node) bool {
		switch m := m.(type) {
		case *ast.FuncLit:
			return m == n
		case *ast.BranchStmt:
			found = found || m.Tok == token.GOTO
		}
		return !found
	})
	return found
}
