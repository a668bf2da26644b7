package analysisutil

import (
	"fmt"
	"go/parser"
	"go/token"
	"strings"
)

// MustExtractDoc is like ExtractDoc but panics on error. Use it in the
// Analyzer declaration, where a malformed doc.go is a programming error.
func MustExtractDoc(content, name string) string {
	doc, err := ExtractDoc(content, name)
	if err != nil {
		panic(err)
	}
	return doc
}

// ExtractDoc returns the "# Analyzer name" section of the package doc
// comment in content (the text of a doc.go file), without the heading and
// without the "name:" prefix of its first line. The layout is the one
// golang.org/x/tools uses for its passes:
//
//	// Package foo ...
//	//
//	// # Analyzer foo
//	//
//	// foo: one-line summary
//	//
//	// Longer description.
//	package foo
func ExtractDoc(content, name string) (string, error) {
	if content == "" {
		return "", fmt.Errorf("empty Go source file")
	}
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, "", content, parser.ParseComments|parser.PackageClauseOnly)
	if err != nil {
		return "", fmt.Errorf("not a Go source file: %v", err)
	}
	if f.Doc == nil {
		return "", fmt.Errorf("Go source file has no package doc comment")
	}
	for section := range strings.SplitSeq(f.Doc.Text(), "\n# ") {
		body, ok := strings.CutPrefix(section, "Analyzer "+name)
		if !ok || body == "" || (body[0] != '\n' && body[0] != '\r') {
			continue
		}
		body = strings.TrimSpace(body)
		rest, ok := strings.CutPrefix(body, name+":")
		if !ok {
			return "", fmt.Errorf("'Analyzer %s' heading not followed by '%s: summary...' line", name, name)
		}
		return strings.TrimSpace(rest), nil
	}
	return "", fmt.Errorf("package doc comment contains no 'Analyzer %s' heading", name)
}

// Title returns the first paragraph of an analyzer's Doc: the one-line
// summary that `go vet help`, gopls and `hpvet help` show.
func Title(doc string) string {
	title, _, _ := strings.Cut(doc, "\n\n")
	return strings.TrimSpace(title)
}
