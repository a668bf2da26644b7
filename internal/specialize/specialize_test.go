package specialize

import (
	"bytes"
	"flag"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"runtime"
	"strings"
	"testing"

	"golang.org/x/tools/txtar"
)

var update = flag.Bool("update", false, "rewrite the want/ files of the testdata archives")

// TestFixtures runs hpgen specialize over each testdata/*.txtar archive,
// laid out as a fresh module, and compares the result with the archive's
// want/zspecialized.go, or the error with its "error" regexp. On error it
// also checks that nothing was written.
func TestFixtures(t *testing.T) {
	archives, _ := filepath.Glob("testdata/*.txtar")
	if len(archives) == 0 {
		t.Fatal("no testdata/*.txtar")
	}
	for _, path := range archives {
		name := strings.TrimSuffix(filepath.Base(path), ".txtar")
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			ar, err := txtar.ParseFile(path)
			if err != nil {
				t.Fatal(err)
			}
			dir := t.TempDir()
			var want []byte
			var wantErr *regexp.Regexp
			var args []string
			var before []byte
			if err := os.WriteFile(filepath.Join(dir, "go.mod"), []byte("module example.com/p\n\ngo 1.26\n"), 0o644); err != nil {
				t.Fatal(err)
			}
			for _, f := range ar.Files {
				switch {
				case f.Name == "want/zspecialized.go":
					want = f.Data
				case f.Name == "error":
					wantErr = regexp.MustCompile(strings.TrimSpace(string(f.Data)))
				case f.Name == "args":
					args = strings.Fields(string(f.Data))
				default:
					if f.Name == DefaultOut {
						before = f.Data
					}
					if err := os.WriteFile(filepath.Join(dir, f.Name), f.Data, 0o644); err != nil {
						t.Fatal(err)
					}
				}
			}
			var stdout, stderr bytes.Buffer
			err = Run(append([]string{"-dir", dir}, args...), &stdout, &stderr)
			out := filepath.Join(dir, DefaultOut)
			got, readErr := os.ReadFile(out)
			if wantErr != nil {
				if err == nil {
					t.Fatalf("no error, want one matching %q; wrote:\n%s", wantErr, got)
				}
				if !wantErr.MatchString(err.Error()) {
					t.Errorf("error %q does not match %q", err, wantErr)
				}
				if before == nil && readErr == nil {
					t.Errorf("refused, but %s was written", DefaultOut)
				}
				if before != nil && !bytes.Equal(got, before) {
					t.Errorf("refused, but %s changed", DefaultOut)
				}
				return
			}
			if err != nil {
				t.Fatalf("hpgen specialize: %v\n%s", err, stderr.String())
			}
			if *update {
				for i, f := range ar.Files {
					if f.Name == "want/zspecialized.go" {
						ar.Files[i].Data = got
					}
				}
				if err := os.WriteFile(path, txtar.Format(ar), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			if !bytes.Equal(got, want) {
				t.Errorf("%s differs from want/zspecialized.go (go test -run TestFixtures/%s -update rewrites it); got:\n%s", DefaultOut, name, got)
			}
			// An archive with tests checks behaviour too: the copies must
			// pass go vet and agree with the generic originals.
			if hasTests(ar) && !testing.Short() {
				for _, args := range [][]string{{"vet", "."}, {"test", "-count=1", "."}} {
					cmd := exec.Command(filepath.Join(runtime.GOROOT(), "bin", "go"), args...)
					cmd.Dir = dir
					cmd.Env = append(os.Environ(), "GOWORK=off", "GOFLAGS=")
					if out, err := cmd.CombinedOutput(); err != nil {
						t.Errorf("go %s: %v\n%s", strings.Join(args, " "), err, out)
					}
				}
			}
			// A second run over its own output changes nothing.
			if err := Run(append([]string{"-dir", dir, "-check"}, args...), &stdout, &stderr); err != nil {
				t.Errorf("second run: %v", err)
			}
		})
	}
}

func hasTests(ar *txtar.Archive) bool {
	for _, f := range ar.Files {
		if strings.HasSuffix(f.Name, "_test.go") {
			return true
		}
	}
	return false
}
