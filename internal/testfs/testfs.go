// Package testfs holds file-system helpers for hpgo's end-to-end tests,
// which run real tools (go vet, go fix, golangci-lint) on copies of fixture
// modules so that fixes can be applied without touching the tree.
package testfs

import (
	"os"
	"path/filepath"
	"testing"
)

// CopyDir copies the regular files of the directory src (not its
// subdirectories) into a new temporary directory and returns its path.
func CopyDir(t testing.TB, src string) string {
	t.Helper()
	dst := t.TempDir()
	entries, err := os.ReadDir(src)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range entries {
		if !e.Type().IsRegular() {
			continue
		}
		data, err := os.ReadFile(filepath.Join(src, e.Name()))
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dst, e.Name()), data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dst
}
