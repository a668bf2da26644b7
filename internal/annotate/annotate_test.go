package annotate

import (
	"bytes"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// These tests build testdata/fixture for real, so they cover the go
// command line, the parsers on live output and the joins.

// runMain runs Main in dir and returns the exit code, stdout and stderr.
func runMain(t *testing.T, dir string, args ...string) (int, string, string) {
	t.Helper()
	t.Chdir(dir)
	var stdout, stderr bytes.Buffer
	code := Main(args, &stdout, &stderr)
	return code, stdout.String(), stderr.String()
}

// pkgDir is the package directory, where go test starts; tests chdir away.
var pkgDir, _ = os.Getwd()

func fixtureDir(t *testing.T, name string) string {
	t.Helper()
	return filepath.Join(pkgDir, "testdata", name)
}

// annotateJSON annotates the fixture and decodes the report.
func annotateJSON(t *testing.T, args ...string) *Report {
	t.Helper()
	code, out, errOut := runMain(t, fixtureDir(t, "fixture"), append([]string{"-format", "json"}, args...)...)
	if code != 0 {
		t.Fatalf("exit %d\n%s", code, errOut)
	}
	var r Report
	if err := json.Unmarshal([]byte(out), &r); err != nil {
		t.Fatal(err)
	}
	return &r
}

func TestLiveFixture(t *testing.T) {
	r := annotateJSON(t, ".")
	file := filepath.Join(fixtureDir(t, "fixture"), "fixture.go")
	alloc := lineOf(t, r, file, 12) // p := &Point{...} in the loop
	if alloc == nil || alloc.Counts[KindAlloc] != 1 {
		t.Fatalf("line 12: %+v, want one allocation", alloc)
	}
	var flow, call bool
	for _, e := range alloc.Events {
		if e.Source == "compiler" && e.Message == "&Point{...} escapes to heap" && len(e.Flow) > 0 {
			flow = true
		}
		if e.Source == "asm" && e.Message == "CALL runtime.newobject" {
			call = true
		}
	}
	if !flow || !call {
		t.Errorf("line 12 events %+v: want the escape with its flow and the newobject call", alloc.Events)
	}
	if len(alloc.Asm) == 0 || !strings.HasSuffix(alloc.Asm[0].Func, ".Collect") {
		t.Errorf("line 12 assembly = %+v", alloc.Asm)
	}
	if ln := lineOf(t, r, file, 22); ln != nil && ln.Score != 0 { // s += i * i
		t.Errorf("line 22 scored %v: %+v", ln.Score, ln.Counts)
	}
	if ln := lineOf(t, r, file, 31); ln == nil || ln.Counts[KindMap] != 1 {
		t.Errorf("line 31 (m[w]++): %+v, want one map operation", ln)
	}
	if ln := lineOf(t, r, file, 38); ln == nil || ln.Counts[KindBounds] != 1 {
		t.Errorf("line 38 (xs[i]): %+v, want one bounds check", ln)
	}
	if ln := lineOf(t, r, file, 44); ln == nil || ln.Counts[KindAlloc] != 0 || len(ln.Events) == 0 {
		t.Errorf("line 44 (boxed constant): %+v, want the escape shown but no allocation counted", ln)
	}
	// hpvet's own findings join on the same lines, with their fixes.
	if ln := lineOf(t, r, file, 51); ln == nil || len(ln.Findings) == 0 || len(ln.Findings[0].Fixes) == 0 || ln.Counts[KindHpvet] == 0 {
		t.Errorf("line 51 (second m[k]): %+v, want an hpvet finding with a suggested fix", ln)
	} else if f := ln.Findings[0]; !strings.HasSuffix(f.URL, "#"+f.Check) {
		t.Errorf("finding %s links to %s, want its check's anchor in docs/checks.md", f.Check, f.URL)
	}
	if r.Top[0].Score < 10 || r.Packages[0].Path != "example.com/annotatefixture" {
		t.Errorf("top %+v packages %+v", r.Top[0], r.Packages[0])
	}
}

func TestLiveText(t *testing.T) {
	code, out, errOut := runMain(t, fixtureDir(t, "fixture"), "-format", "text", "-top", "3", ".")
	if code != 0 {
		t.Fatalf("exit %d\n%s", code, errOut)
	}
	lines := strings.Split(strings.TrimSpace(out), "\n")
	// Title, events, blank, header, three lines.
	if len(lines) != 7 || !strings.Contains(lines[4], "fixture.go:1") || !strings.Contains(lines[4], "alloc") {
		t.Errorf("text report:\n%s", out)
	}
}

func TestLiveHTMLSelfContained(t *testing.T) {
	dir := fixtureDir(t, "fixture")
	out := filepath.Join(t.TempDir(), "report.html")
	code, _, errOut := runMain(t, dir, "-o", out, ".")
	if code != 0 {
		t.Fatalf("exit %d\n%s", code, errOut)
	}
	if !strings.Contains(errOut, "wrote "+out) {
		t.Errorf("stderr does not say where the page is: %q", errOut)
	}
	data, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	page := string(data)
	// Nothing is fetched: no external scripts, styles, fonts or images.
	for _, bad := range []string{"<script src", "<link", "@import", "url(", "<img", "<iframe"} {
		if strings.Contains(page, bad) {
			t.Errorf("page contains %q", bad)
		}
	}
	for _, want := range []string{
		`id="F0L12"`, "&amp;Point{...} escapes to heap", "CALL  runtime.newobject(SB)",
		"Costliest lines", "Files by cost", "fixture.go",
		"suggested fix: ", "<del>m[k]</del><ins>v</ins>",
	} {
		if !strings.Contains(page, want) {
			t.Errorf("page lacks %q", want)
		}
	}
}

func TestLiveTestsFlag(t *testing.T) {
	r := annotateJSON(t, "-test", ".")
	found := false
	for _, p := range r.Packages {
		for _, f := range p.Files {
			if strings.HasSuffix(f.Path, "fixture_test.go") {
				found = true
			}
		}
	}
	if !found {
		t.Errorf("-test: fixture_test.go not annotated")
	}
}

func TestLiveBrokenPackage(t *testing.T) {
	dir := fixtureDir(t, "broken")
	out := filepath.Join(t.TempDir(), "report.html")
	// An existing report must survive a failed run untouched.
	if err := os.WriteFile(out, []byte("old report"), 0o644); err != nil {
		t.Fatal(err)
	}
	code, _, errOut := runMain(t, dir, "-o", out, ".")
	if code != 1 {
		t.Errorf("exit %d, want 1", code)
	}
	for _, want := range []string{"broken.go:6:9: undefined: undefinedName", "build failed", "no report written"} {
		if !strings.Contains(errOut, want) {
			t.Errorf("stderr lacks %q:\n%s", want, errOut)
		}
	}
	if data, _ := os.ReadFile(out); string(data) != "old report" {
		t.Errorf("report clobbered: %q", data)
	}
	entries, _ := os.ReadDir(filepath.Dir(out))
	if len(entries) != 1 {
		t.Errorf("stray files next to the report: %v", entries)
	}
}

func TestBadInput(t *testing.T) {
	dir := fixtureDir(t, "fixture")
	garbage := filepath.Join(t.TempDir(), "cpu.pprof")
	if err := os.WriteFile(garbage, []byte("not a profile"), 0o644); err != nil {
		t.Fatal(err)
	}
	out := filepath.Join(t.TempDir(), "report.html")
	for _, tc := range []struct {
		name string
		args []string
		code int
		want string
	}{
		{"no packages", nil, 2, "no packages named"},
		{"bad flag", []string{"-frobnicate", "."}, 2, "flag provided but not defined: -frobnicate"},
		{"bad format", []string{"-format", "pdf", "."}, 2, `-format "pdf": want html, text or json`},
		{"bad top", []string{"-format", "text", "-top", "0", "."}, 2, "-top 0"},
		{"unreadable profile", []string{"-o", out, "-profile", garbage, "."}, 1, "reading profile: " + garbage + ": not a pprof profile"},
		{"missing profile", []string{"-o", out, "-profile", garbage + ".missing", "."}, 1, "no such file"},
		{"missing output dir", []string{"-o", filepath.Join(out+".d", "x.html"), "."}, 1, "does not exist"},
		{"no such package", []string{"-o", out, "./nosuchdir"}, 1, "nosuchdir"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			code, _, errOut := runMain(t, dir, tc.args...)
			if code != tc.code || !strings.Contains(errOut, tc.want) {
				t.Errorf("exit %d, stderr:\n%s\nwant exit %d and %q", code, errOut, tc.code, tc.want)
			}
			if _, err := os.Stat(out); err == nil {
				t.Errorf("a report was written")
			}
		})
	}
}

func TestLiveProfile(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the fixture's benchmark")
	}
	dir := fixtureDir(t, "fixture")
	prof := filepath.Join(t.TempDir(), "mem.pprof")
	// Every allocation sampled (-memprofilerate=1): Collect's &Point and
	// the append are the only allocations in the benchmark loop.
	cmd := exec.Command("go", "test", "-run=^$", "-bench=Collect", "-benchtime=200x", "-memprofilerate=1", "-memprofile="+prof, "-o", filepath.Join(t.TempDir(), "fixture.test"), ".")
	cmd.Dir = dir
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("go test: %v\n%s", err, out)
	}
	r := annotateJSON(t, "-profile", prof, "-sample", "alloc_objects", ".")
	if r.Profile == nil || r.Profile.SampleType != "alloc_objects/count" || r.Profile.Attributed == 0 {
		t.Fatalf("profile summary %+v", r.Profile)
	}
	file := filepath.Join(dir, "fixture.go")
	// Each iteration allocates 64 Points and a few growing slices: line 12
	// holds most of the objects.
	top := r.Top[0]
	if top.File != "example.com/annotatefixture/fixture.go" || top.Line != 12 {
		t.Errorf("hottest line %s:%d, want fixture.go:12", top.File, top.Line)
	}
	if ln := lineOf(t, r, file, 12); ln == nil || ln.Percent < 50 || ln.Level < 8 {
		t.Errorf("line 12: %+v", ln)
	}
	if ln := lineOf(t, r, file, 31); ln == nil || ln.Score != 0 || ln.Static == 0 {
		t.Errorf("line 31 (map op, never run by the benchmark) should be unshaded but keep its static cost: %+v", ln)
	}
}
