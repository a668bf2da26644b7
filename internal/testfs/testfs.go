// Package testfs holds file-system helpers for hpgo's end-to-end tests,
// which run real tools (go vet, go fix, golangci-lint, go generate with
// hpgen) on copies of fixture modules or on fresh modules, so that nothing
// touches the tree.
package testfs

import (
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
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

// UserModule is a fresh module in a temporary directory with hpgen, built
// from this tree, first on the PATH: the setting of hpgen's end-to-end
// tests, which run go generate, go vet and go test as a user would. The go
// command runs offline (GOPROXY=off): dependencies come from the module
// cache.
type UserModule struct {
	t   testing.TB
	Dir string
	env []string
}

// NewUserModule builds hpgen and returns an empty module directory.
func NewUserModule(t testing.TB) *UserModule {
	t.Helper()
	bin := t.TempDir()
	m := &UserModule{t: t, Dir: t.TempDir(), env: []string{
		"PATH=" + bin + string(os.PathListSeparator) + os.Getenv("PATH"),
		"GOWORK=off", "GOFLAGS=-mod=mod", "GOPROXY=off", "GOSUMDB=off",
	}}
	if out, err := exec.Command(goBin(), "build", "-o", bin, "github.com/hpgo/hpgo/cmd/hpgen").CombinedOutput(); err != nil {
		t.Fatalf("building hpgen: %v\n%s", err, out)
	}
	return m
}

// Write creates the file name, a slash-separated path in the module, with
// its directories.
func (m *UserModule) Write(name, data string) {
	m.t.Helper()
	path := filepath.Join(m.Dir, filepath.FromSlash(name))
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		m.t.Fatal(err)
	}
	if err := os.WriteFile(path, []byte(data), 0o644); err != nil {
		m.t.Fatal(err)
	}
}

// Go runs the go command in the module with env added to the environment.
func (m *UserModule) Go(env []string, args ...string) (string, error) {
	cmd := exec.Command(goBin(), args...)
	cmd.Dir = m.Dir
	cmd.Env = append(append(os.Environ(), m.env...), env...)
	out, err := cmd.CombinedOutput()
	return string(out), err
}

// MustGo is Go, failing the test when the command fails.
func (m *UserModule) MustGo(env []string, args ...string) string {
	m.t.Helper()
	out, err := m.Go(env, args...)
	if err != nil {
		m.t.Fatalf("go %s: %v\n%s", strings.Join(args, " "), err, out)
	}
	return out
}

// SysVersion returns the version of golang.org/x/sys this module requires
// (hence in the module cache), for a UserModule's go.mod. The go command
// runs in the test's directory, inside this module.
func SysVersion(t testing.TB) string {
	t.Helper()
	out, err := exec.Command(goBin(), "list", "-m", "-f", "{{.Version}}", "golang.org/x/sys").Output()
	if err != nil {
		t.Fatalf("go list -m golang.org/x/sys: %v", err)
	}
	return strings.TrimSpace(string(out))
}

// goBin is the go command of the toolchain running the tests.
func goBin() string { return filepath.Join(runtime.GOROOT(), "bin", "go") }
