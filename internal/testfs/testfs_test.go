package testfs

import (
	"os"
	"path/filepath"
	"testing"
)

func TestCopyDir(t *testing.T) {
	src := t.TempDir()
	os.WriteFile(filepath.Join(src, "a.go"), []byte("package a\n"), 0o600)
	os.Mkdir(filepath.Join(src, "sub"), 0o755)
	dst := CopyDir(t, src)
	if got, err := os.ReadFile(filepath.Join(dst, "a.go")); err != nil || string(got) != "package a\n" {
		t.Fatalf("a.go = %q, %v", got, err)
	}
	if _, err := os.Stat(filepath.Join(dst, "sub")); err == nil {
		t.Error("copied a subdirectory")
	}
	if filepath.Clean(dst) == filepath.Clean(src) {
		t.Error("copied onto itself")
	}
}
