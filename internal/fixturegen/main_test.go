package main

import (
	"bytes"
	"go/ast"
	"go/parser"
	"go/token"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/hpgo/hpgo/internal/gen"
)

// roots are the directories go:generate passes.
var roots = []string{"../../analyzers", "../../testdata"}

// TestFresh fails when a committed fixture differs from what fixturegen
// would write, and when a generated-looking .go file in those trees has no
// source to be generated from.
func TestFresh(t *testing.T) {
	want := map[string]bool{}
	for _, root := range roots {
		fixtures, err := render(root)
		if err != nil {
			t.Fatal(err)
		}
		check(t, fixtures, want)
	}
	for _, root := range roots {
		walkGenerated(t, root, want)
	}
}

func check(t *testing.T, fixtures map[string][]gen.File, want map[string]bool) {
	for dir, files := range fixtures {
		for _, f := range files {
			path := filepath.Join(dir, f.Name)
			want[path] = true
			got, err := os.ReadFile(path)
			if err != nil || !bytes.Equal(got, f.Data) {
				t.Errorf("%s is stale: run go generate ./internal/fixturegen", path)
			}
			file, err := parser.ParseFile(token.NewFileSet(), path, f.Data, parser.ParseComments)
			if err != nil {
				t.Errorf("%s: %v", path, err)
			} else if !ast.IsGenerated(file) {
				t.Errorf("%s: go/ast does not see the header as generated", path)
			}
		}
	}
}

// walkGenerated reports generated-looking .go files under root that are not
// in want.
func walkGenerated(t *testing.T, root string, want map[string]bool) {
	err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(path, ".go") || want[path] {
			return err
		}
		data, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		if bytes.HasPrefix(data, []byte("// Code generated ")) {
			t.Errorf("%s looks generated but has no %s.in source", path, filepath.Base(path))
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}

// TestRunBadRoot: a root without sources is an error, and nothing is written.
func TestRunBadRoot(t *testing.T) {
	dir := t.TempDir()
	if err := run(dir); err == nil {
		t.Error("no error for a root without fixtures")
	}
	if err := run(filepath.Join(dir, "missing")); err == nil {
		t.Error("no error for a missing root")
	}
	if entries, _ := os.ReadDir(dir); len(entries) != 0 {
		t.Errorf("wrote %d entries", len(entries))
	}
}
