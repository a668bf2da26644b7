package diffusion

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestRunBadInput: each malformed invocation fails with an error naming
// the flag and leaves the output directory untouched.
func TestRunBadInput(t *testing.T) {
	for _, c := range []struct {
		args []string
		want string
	}{
		{[]string{"-types", "float64"}, "-pkg"},
		{[]string{"-pkg", "heat", "-types", "int8"}, "-types"},
		{[]string{"-pkg", "heat", "-types", ""}, "-types"},
		{[]string{"-pkg", "not-a-name"}, "-pkg"},
		{[]string{"-pkg", "func"}, "-pkg"}, // a keyword: the clause would not parse
		{[]string{"-pkg", "heat", "-boundary", "neumann"}, "-boundary"},
		{[]string{"-pkg", "heat", "-D", "fast"}, "-D"},
		{[]string{"-pkg", "heat", "-dt", "NaN"}, "-dt"},
		{[]string{"-pkg", "heat", "extra"}, "unexpected"},
		{[]string{"-nosuchflag"}, "nosuchflag"},
	} {
		dir := t.TempDir()
		keep := filepath.Join(dir, APIFile)
		if err := os.WriteFile(keep, []byte("old"), 0o644); err != nil {
			t.Fatal(err)
		}
		var stdout, stderr bytes.Buffer
		err := Run(append(c.args, "-o", dir), &stdout, &stderr)
		if err == nil || !strings.Contains(err.Error()+stderr.String(), c.want) {
			t.Errorf("Run(%q) = %v (stderr %q), want an error mentioning %s", c.args, err, stderr.String(), c.want)
		}
		if data, _ := os.ReadFile(keep); string(data) != "old" {
			t.Errorf("Run(%q) clobbered %s", c.args, APIFile)
		}
		if ents, _ := os.ReadDir(dir); len(ents) != 1 {
			t.Errorf("Run(%q) left files behind: %v", c.args, ents)
		}
	}
}

// TestRenderKernels: every variant is rendered, every kernel ends with
// VZEROUPPER before RET, the instructions match the variant's name, and
// the build constraints give each platform exactly one dispatch file.
func TestRenderKernels(t *testing.T) {
	files, err := Render(Config{Pkg: "p", Types: []string{"float64", "float32"}, API: &API{D: 1, Dt: 0.1, Periodic: true, FMA: true}})
	if err != nil {
		t.Fatal(err)
	}
	byName := map[string]string{}
	for _, f := range files {
		byName[f.Name] = string(f.Data)
	}
	asm := byName[AsmFile]
	for _, name := range []string{"rowsAVX2Float64", "rowsAVX2FMAFloat64", "rowsAVX512Float64", "rowsAVX512FMAFloat64",
		"rowsAVX2Float32", "rowsAVX2FMAFloat32", "rowsAVX512Float32", "rowsAVX512FMAFloat32",
		"rowsAVX2NTFloat64", "rowsAVX512FMANTFloat32"} {
		i := strings.Index(asm, "TEXT ·"+name+"(SB)")
		if i < 0 {
			t.Fatalf("no %s in the assembly", name)
		}
		body := asm[i:]
		if j := strings.Index(body[1:], "TEXT ·"); j >= 0 {
			body = body[:j+1]
		}
		if strings.Contains(name, "NT") != strings.Contains(body, "VMOVNTP") || strings.Contains(name, "NT") != strings.Contains(body, "SFENCE") {
			t.Errorf("%s: streaming stores and SFENCE disagree with its name", name)
		}
		if !strings.Contains(body, "VZEROUPPER\n\tRET") {
			t.Errorf("%s does not end with VZEROUPPER; RET", name)
		}
		// Every kernel fuses the exact -4*g + up, so all need FMA3 (which
		// cpuISA requires); only the FMA variants fuse the final *c + g,
		// so only the others have a vector multiply.
		header := asm[strings.LastIndex(asm[:i], "// Requires:"):i]
		if !strings.Contains(header, "FMA3") {
			t.Errorf("%s: requirements %q lack FMA3", name, strings.TrimSpace(header))
		}
		if strings.Contains(name, "FMA") == strings.Contains(body, "VMULP") {
			t.Errorf("%s: final multiply-add fusion disagrees with its name", name)
		}
	}
	if !strings.Contains(byName[DispatchFile], "//go:build !purego") || !strings.Contains(byName[OtherFile], "//go:build !amd64 || purego") {
		t.Error("dispatch files have the wrong build constraints")
	}
	if !strings.Contains(byName[APIFile], "Periodic = true") {
		t.Error("API file does not bake in the boundary")
	}
}
