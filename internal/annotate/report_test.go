package annotate

import (
	"strings"
	"testing"
)

// lineOf finds an annotated line in a report.
func lineOf(t *testing.T, r *Report, file string, n int) *Line {
	t.Helper()
	for _, p := range r.Packages {
		for _, f := range p.Files {
			if f.Path != file {
				continue
			}
			for _, ln := range f.Lines {
				if ln.Line == n {
					return ln
				}
			}
		}
	}
	return nil
}

func TestScoreRules(t *testing.T) {
	const a = "/src/a.go"
	in := &inputs{
		files:   map[string]string{a: "example.com/a"},
		sources: map[string][]string{a: make([]string, 20)},
		diags: []compilerDiag{
			// Line 3: the log and the assembly both see one allocation.
			{Code: "escape", Message: "&T{...} escapes to heap", Chain: []pos{{a, 3}}},
			// Line 4: a boxed constant: an escape without an allocator call.
			{Code: "escape", Message: `"k" escapes to heap`, Chain: []pos{{a, 4}}},
			// Line 5: two bounds checks the log sees, one panicBounds call.
			{Code: "isInBounds", Chain: []pos{{a, 5}}},
			{Code: "isInBounds", Chain: []pos{{a, 5}}},
			// Line 6 is inlined into lines 10 and 11: the check costs there.
			{Code: "isInBounds", Chain: []pos{{a, 10}, {a, 6}}},
			{Code: "isInBounds", Chain: []pos{{a, 11}, {a, 6}}},
			// Outside the annotated files: ignored.
			{Code: "isInBounds", Chain: []pos{{"/other.go", 1}}},
			// Weightless: shown, not scored.
			{Code: "cannotInlineFunction", Message: "function too complex", Chain: []pos{{a, 7}}},
		},
		asm: &asmListing{byPos: map[pos][]asmInstr{
			{a, 3}: {{Func: "a.F", Text: "CALL\truntime.newobject(SB)"}},
			{a, 4}: {{Func: "a.F", Text: "LEAQ\ta..stmp_0(SB), BX"}},
			{a, 5}: {{Func: "a.F", Text: "CALL\truntime.panicBounds(SB)"}},
			// Line 8: a map assignment inlined into two functions.
			{a, 8}: {{Func: "a.G", Text: "CALL\truntime.mapassign_faststr(SB)"}, {Func: "a.H", Text: "CALL\truntime.mapassign_faststr(SB)"}},
			// Line 12: a package-level map literal, built once by init.
			{a, 12}: {{Func: "example.com/a.init", Text: "CALL\truntime.makemap(SB)"}, {Func: "example.com/a.map.init.0", Text: "CALL\truntime.mapassign_fast64(SB)"}},
		}},
		findings: map[pos][]Finding{{a, 9}: {{Check: "prealloc.slice", Message: "preallocate"}}},
		withAsm:  true,
	}
	r := buildReport(in)
	for _, tc := range []struct {
		line  int
		score float64
		kind  string
		count int
	}{
		{3, 10, KindAlloc, 1},  // max(1 escape, 1 newobject), not 2
		{4, 0, KindAlloc, 0},   // the assembly decides allocations
		{5, 2, KindBounds, 2},  // max(2 in the log, 1 panicBounds)
		{10, 1, KindBounds, 1}, // at the calling line
		{11, 1, KindBounds, 1},
		{7, 0, KindInline, 0},
		{8, 6, KindMap, 1},
		{9, 5, KindHpvet, 1},
		{12, 0, KindMap, 1}, // shown, not scored: runs once
	} {
		ln := lineOf(t, r, a, tc.line)
		if ln == nil {
			t.Errorf("line %d missing from the report", tc.line)
			continue
		}
		if ln.Score != tc.score || ln.Counts[tc.kind] != tc.count {
			t.Errorf("line %d: score %v counts %v; want score %v and %s=%d", tc.line, ln.Score, ln.Counts, tc.score, tc.kind, tc.count)
		}
	}
	if ln := lineOf(t, r, a, 7); ln == nil || len(ln.Events) != 1 || ln.Level != 0 {
		t.Errorf("line 7 should show its inlining event unshaded: %+v", ln)
	}
	if ln := lineOf(t, r, a, 6); ln != nil {
		t.Errorf("line 6 (inlined everywhere) charged: %+v", ln)
	}
	if ln := lineOf(t, r, a, 10); ln == nil || len(ln.Events) != 1 || !strings.Contains(ln.Events[0].Message, "(in code inlined from a.go:6)") {
		t.Errorf("line 10 does not say where its check was inlined from: %+v", ln)
	}
	if len(r.Top) == 0 || r.Top[0].Line != 3 {
		t.Errorf("top = %+v, want line 3 first", r.Top)
	}
	if r.Counts[KindBounds] != 4 || r.Counts[KindAlloc] != 2 { // line 3, and line 12 (counted, though not scored)
		t.Errorf("counts = %v", r.Counts)
	}
}

func TestIsInitFunc(t *testing.T) {
	for sym, want := range map[string]bool{
		"net/http.init": true, "net/http.init.0": true, "net/http.map.init.12": true, "main.init": true,
		"net/http.init.func1": false, "net/http.initFoo": false, "net/http.(*T).init": false, "example.com/init.Run": false,
	} {
		if got := isInitFunc(sym); got != want {
			t.Errorf("isInitFunc(%q) = %v, want %v", sym, got, want)
		}
	}
}

func TestScoreWithProfile(t *testing.T) {
	const a = "/src/a.go"
	in := &inputs{
		files:   map[string]string{a: "example.com/a"},
		sources: map[string][]string{a: make([]string, 20)},
		asm: &asmListing{byPos: map[pos][]asmInstr{
			// Cold: many allocations, no samples.
			{a, 3}: {{Func: "a.F", Text: "CALL\truntime.newobject(SB)"}, {Func: "a.F", Text: "CALL\truntime.newobject(SB)"}},
			// Hot: one bounds check, most samples.
			{a, 4}: {{Func: "a.F", Text: "CALL\truntime.panicBounds(SB)"}},
		}},
		profile: &sampleProfile{Path: "cpu.pprof", SampleType: "cpu/nanoseconds", Total: 100, stacks: []stackSample{
			{frames: [][]pos{{{"/go/src/runtime/x.go", 1}}, {{a, 4}}}, value: 80},
			{frames: [][]pos{{{a, 12}}}, value: 20}, // a line with no events at all
		}},
	}
	r := buildReport(in)
	hot, cold, plain := lineOf(t, r, a, 4), lineOf(t, r, a, 3), lineOf(t, r, a, 12)
	if hot == nil || cold == nil || plain == nil {
		t.Fatalf("lines missing: %v %v %v", hot, cold, plain)
	}
	if hot.Percent != 80 || hot.Score != 80 || plain.Score != 20 || cold.Score != 0 {
		t.Errorf("scores hot %v cold %v plain %v, want 80, 0, 20", hot.Score, cold.Score, plain.Score)
	}
	if cold.Static != 20 || cold.Level != 0 || hot.Level != 10 {
		t.Errorf("cold static %v level %v, hot level %v", cold.Static, cold.Level, hot.Level)
	}
	if r.Top[0].Line != 4 || r.Profile.Attributed != 100 {
		t.Errorf("top %+v attributed %d", r.Top, r.Profile.Attributed)
	}
}

func TestShade(t *testing.T) {
	for _, tc := range []struct {
		score    float64
		profiled bool
		want     int
	}{
		{0, false, 0}, {0.5, false, 1}, {1, false, 2}, {10, false, 6}, {64, false, 10}, {500, false, 10},
		{0, true, 0}, {0.01, true, 1}, {20, true, 10}, {5, true, 6},
	} {
		if got := shade(tc.score, tc.profiled); got != tc.want {
			t.Errorf("shade(%v, %v) = %d, want %d", tc.score, tc.profiled, got, tc.want)
		}
	}
	if shadeColor(0) != "#ffffff" || shadeColor(10) != "#ffdc00" {
		t.Errorf("shade colors %s..%s, want #ffffff..#ffdc00", shadeColor(0), shadeColor(10))
	}
}
