package annotate

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/pprof/profile"
)

// writeProfile writes a two-stack CPU profile: 30 samples in mallocgc
// called from app.go:12, in code inlined into app.go:40, and 10 samples in
// main.go:5 only.
func writeProfile(t *testing.T) string {
	t.Helper()
	fnApp := &profile.Function{ID: 1, Name: "app.Collect", Filename: "/src/app/app.go"}
	fnRt := &profile.Function{ID: 2, Name: "runtime.mallocgc", Filename: "/go/src/runtime/malloc.go"}
	fnMain := &profile.Function{ID: 3, Name: "main.main", Filename: "/src/cmd/main.go"}
	locRt := &profile.Location{ID: 1, Line: []profile.Line{{Function: fnRt, Line: 1000}}}
	// One location with an inlined frame: Line[0] is the innermost.
	locApp := &profile.Location{ID: 2, Line: []profile.Line{{Function: fnApp, Line: 12}, {Function: fnApp, Line: 40}}}
	locMain := &profile.Location{ID: 3, Line: []profile.Line{{Function: fnMain, Line: 5}}}
	p := &profile.Profile{
		SampleType: []*profile.ValueType{{Type: "samples", Unit: "count"}, {Type: "cpu", Unit: "nanoseconds"}},
		Sample: []*profile.Sample{
			{Location: []*profile.Location{locRt, locApp, locMain}, Value: []int64{3, 30}},
			{Location: []*profile.Location{locMain}, Value: []int64{1, 10}},
		},
		Location: []*profile.Location{locRt, locApp, locMain},
		Function: []*profile.Function{fnApp, fnRt, fnMain},
	}
	path := filepath.Join(t.TempDir(), "cpu.pprof")
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	if err := p.Write(f); err != nil { // gzipped, as runtime/pprof writes
		t.Fatal(err)
	}
	if err := f.Close(); err != nil {
		t.Fatal(err)
	}
	return path
}

func TestReadProfileAttributes(t *testing.T) {
	path := writeProfile(t)
	sp, err := readProfile(path, "")
	if err != nil {
		t.Fatal(err)
	}
	if sp.SampleType != "cpu/nanoseconds" || sp.Total != 40 {
		t.Errorf("type %q total %d, want cpu/nanoseconds 40 (the last sample type)", sp.SampleType, sp.Total)
	}
	// mallocgc's time goes to the innermost annotated physical frame, and
	// there to its outermost line, app.go:40, where app.go:12 was inlined;
	// main.go is not annotated, so its 10 count in the total only.
	got := sp.attribute(map[string]string{"/src/app/app.go": "/src/app/app.go"})
	if len(got) != 1 || got[pos{"/src/app/app.go", 40}] != 30 {
		t.Errorf("attribute = %v, want app.go:40=30", got)
	}
	// With main.go annotated too, the first stack still stops at app.go.
	got = sp.attribute(map[string]string{"/src/app/app.go": "/src/app/app.go", "/src/cmd/main.go": "/src/cmd/main.go"})
	if got[pos{"/src/app/app.go", 40}] != 30 || got[pos{"/src/cmd/main.go", 5}] != 10 {
		t.Errorf("attribute = %v", got)
	}
	// Profiles of -trimpath builds name files import-path/base.go.
	got = sp.attribute(map[string]string{"/src/app/app.go": "/abs/app/app.go"})
	if got[pos{"/abs/app/app.go", 40}] != 30 {
		t.Errorf("attribute by alias = %v", got)
	}
	// Another sample type by name.
	sp, err = readProfile(path, "samples")
	if err != nil || sp.Total != 4 {
		t.Errorf("samples: total %v, err %v; want 4", sp, err)
	}
}

func TestReadProfileBad(t *testing.T) {
	dir := t.TempDir()
	garbage := filepath.Join(dir, "garbage.pprof")
	if err := os.WriteFile(garbage, []byte("this is not a profile"), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct{ path, sample, want string }{
		{garbage, "", "not a pprof profile"},
		{filepath.Join(dir, "missing.pprof"), "", "no such file"},
		{writeProfile(t), "alloc_space", `no sample type "alloc_space" (have samples, cpu)`},
	} {
		_, err := readProfile(tc.path, tc.sample)
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("readProfile(%s, %q) err = %v, want %q", filepath.Base(tc.path), tc.sample, err, tc.want)
		}
	}
}
