package fixapply

import (
	"bytes"
	"go/token"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis"
)

const src = `package p

func f() []int {
	var s []int
	for i := range 10 {
		s = append(s, i)
	}
	return s
}
`

func setup(t *testing.T) (string, *token.FileSet, *token.File) {
	dir := t.TempDir()
	name := filepath.Join(dir, "p.go")
	if err := os.WriteFile(name, []byte(src), 0o600); err != nil {
		t.Fatal(err)
	}
	fset := token.NewFileSet()
	tf := fset.AddFile(name, -1, len(src))
	tf.SetLinesForContent([]byte(src))
	return name, fset, tf
}

func fix(tf *token.File, from, to, repl string) analysis.SuggestedFix {
	start := strings.Index(src, from)
	end := start + len(from)
	if to != "" {
		end = strings.Index(src, to) + len(to)
	}
	return analysis.SuggestedFix{Message: "m " + repl, TextEdits: []analysis.TextEdit{{
		Pos: tf.Pos(start), End: tf.Pos(end), NewText: []byte(repl),
	}}}
}

func TestApplyAndConflicts(t *testing.T) {
	name, fset, tf := setup(t)
	s := NewSet()
	good := fix(tf, "var s []int", "", "s := make([]int, 0, 10)")
	s.Add(fset, good)
	s.Add(fset, good) // the same diagnostic from the test variant of the package
	s.Add(fset, fix(tf, "[]int\n\tfor", "", "CONFLICT"))
	if s.Accepted != 1 || len(s.Skipped) != 1 {
		t.Fatalf("accepted %d, skipped %v; want 1 and the conflicting fix", s.Accepted, s.Skipped)
	}
	n, err := s.WriteAll()
	if err != nil || n != 1 {
		t.Fatalf("WriteAll = %d, %v", n, err)
	}
	got, _ := os.ReadFile(name)
	if !strings.Contains(string(got), "\ts := make([]int, 0, 10)\n") || strings.Contains(string(got), "CONFLICT") {
		t.Errorf("result:\n%s", got)
	}
	if fi, _ := os.Stat(name); fi.Mode().Perm() != 0o600 {
		t.Errorf("mode changed to %v", fi.Mode().Perm())
	}
	if entries, _ := os.ReadDir(filepath.Dir(name)); len(entries) != 1 {
		t.Errorf("temporary files left behind: %v", entries)
	}
}

func TestSharedImportEdit(t *testing.T) {
	name, fset, tf := setup(t)
	s := NewSet()
	imp := analysis.TextEdit{Pos: tf.Pos(len("package p\n")), End: tf.Pos(len("package p\n")), NewText: []byte("\nimport \"strconv\"\n")}
	a := fix(tf, "var s []int", "", "s := make([]int, 0, 10)")
	a.TextEdits = append(a.TextEdits, imp)
	b := fix(tf, "return s", "", "return s[:len(s):len(s)]")
	b.TextEdits = append(b.TextEdits, imp)
	s.Add(fset, a)
	s.Add(fset, b)
	if s.Accepted != 2 || len(s.Skipped) != 0 {
		t.Fatalf("accepted %d, skipped %v; want both fixes, sharing the import edit", s.Accepted, s.Skipped)
	}
	_, after, err := s.Result(name)
	if err != nil {
		t.Fatal(err)
	}
	if n := strings.Count(string(after), "import \"strconv\""); n != 1 {
		t.Errorf("import inserted %d times:\n%s", n, after)
	}
}

func TestUnified(t *testing.T) {
	name, fset, tf := setup(t)
	s := NewSet()
	s.Add(fset, fix(tf, "var s []int", "", "s := make([]int, 0, 10)"))
	before, after, err := s.Result(name)
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := Unified(&buf, "p.go", before, after); err != nil {
		t.Fatal(err)
	}
	want := `--- p.go (old)
+++ p.go (new)
@@ -1,7 +1,7 @@
 package p
 
 func f() []int {
-	var s []int
+	s := make([]int, 0, 10)
 	for i := range 10 {
 		s = append(s, i)
 	}
`
	if buf.String() != want {
		t.Errorf("diff:\n%s\nwant:\n%s", buf.String(), want)
	}
	buf.Reset()
	Unified(&buf, "p.go", before, before)
	if buf.Len() != 0 {
		t.Errorf("diff of equal files: %q", buf.String())
	}
}

func TestWriteFileAtomicMissingDir(t *testing.T) {
	err := WriteFileAtomic(filepath.Join(t.TempDir(), "no", "such", "f.go"), []byte("x"))
	if err == nil {
		t.Fatal("no error writing into a missing directory")
	}
}
