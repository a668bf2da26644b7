package annotate

import (
	"cmp"
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"math"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
)

// Event kinds, in the order the page lists them. Each kind's weight is in
// Weights; kinds with weight 0 explain a line without adding to its score.
const (
	KindAlloc    = "alloc"        // heap allocation
	KindMap      = "map"          // map lookup, assignment, deletion or iteration step
	KindHpvet    = "hpvet"        // an hpvet finding
	KindCopy     = "copy"         // large copy the compiler flagged
	KindIndirect = "indirect"     // call through an interface or func value
	KindCall     = "call"         // direct call that was not inlined
	KindRuntime  = "runtime"      // other runtime call (hashing, type assertion, channels, defer ...)
	KindWB       = "writebarrier" // GC write barrier
	KindBounds   = "bounds"       // bounds check left in
	KindNil      = "nilcheck"     // nil check left in
	KindInline   = "inline"       // inlining decision (why a function or call was not inlined)
	KindLeak     = "leak"         // a parameter leaks (explains allocations at call sites)
)

// Kinds lists every kind in display order.
var Kinds = []string{KindAlloc, KindMap, KindHpvet, KindCopy, KindIndirect, KindCall, KindRuntime, KindWB, KindBounds, KindNil, KindInline, KindLeak}

// Weights is the score of one event of each kind. The ratios follow the
// usual cost on amd64: an allocation is a call into mallocgc plus GC work
// later, a map operation hashes and probes, a bounds check is a compare and
// a never-taken branch.
var Weights = map[string]float64{
	KindAlloc:    10,
	KindMap:      6,
	KindHpvet:    5,
	KindCopy:     3,
	KindIndirect: 3,
	KindCall:     2,
	KindRuntime:  1,
	KindWB:       1,
	KindBounds:   1,
	KindNil:      0.5,
	KindInline:   0,
	KindLeak:     0,
}

// KindTitles are the words the page and the text report use for each kind.
var KindTitles = map[string]string{
	KindAlloc:    "heap allocation",
	KindMap:      "map operation",
	KindHpvet:    "hpvet finding",
	KindCopy:     "large copy",
	KindIndirect: "indirect call",
	KindCall:     "call not inlined",
	KindRuntime:  "other runtime call",
	KindWB:       "write barrier",
	KindBounds:   "bounds check",
	KindNil:      "nil check",
	KindInline:   "inlining decision",
	KindLeak:     "leaking parameter",
}

// A Report is everything annotate found, as -format json prints it.
type Report struct {
	Command   string             `json:"command"`
	GoVersion string             `json:"go_version"`
	Profile   *ProfileSummary    `json:"profile,omitempty"`
	Weights   map[string]float64 `json:"weights"`
	Counts    map[string]int     `json:"counts"` // events per kind over all files
	Score     float64            `json:"score"`
	Top       []TopLine          `json:"top"`
	Packages  []*Package         `json:"packages"`
	ranked    []TopLine          // every line with a score, costliest first
}

// ProfileSummary describes the profile that weighted the lines.
type ProfileSummary struct {
	Path       string `json:"path"`
	SampleType string `json:"sample_type"`
	Total      int64  `json:"total"`
	Attributed int64  `json:"attributed"` // samples charged to annotated lines
}

// A TopLine points at one of the costliest lines.
type TopLine struct {
	File    string         `json:"file"`
	Line    int            `json:"line"`
	Score   float64        `json:"score"`
	Text    string         `json:"text"`
	Counts  map[string]int `json:"counts"`
	Percent float64        `json:"percent,omitempty"`
	fileID  int
	static  float64 // the counts' static score, the tie-break of the ranking
}

// A Package groups files by import path.
type Package struct {
	Path    string  `json:"path"`
	Score   float64 `json:"score"`
	Samples int64   `json:"samples,omitempty"`
	Files   []*File `json:"files"`
}

// A File is one source file with its annotated lines.
type File struct {
	Path    string  `json:"path"` // absolute
	Name    string  `json:"name"` // import path + base name, for display
	Score   float64 `json:"score"`
	Samples int64   `json:"samples,omitempty"`
	Lines   []*Line `json:"lines"` // only lines with events, findings or samples
	// Generated marks a file with Go's generated-code header; the html
	// report shows only its costliest lines unless asked for all.
	Generated bool `json:"generated,omitempty"`
	source    []string
	id        int
}

// isGenerated reports whether source has Go's generated-code header
// ("// Code generated ... DO NOT EDIT." before the package clause), by the
// rule the analyzers use (go/ast.IsGenerated).
func isGenerated(source []string) bool {
	// Only the text up to the package clause matters: a generated file can
	// run to megabytes.
	head := source
	if i := slices.IndexFunc(source, func(l string) bool { return strings.HasPrefix(l, "package ") }); i >= 0 {
		head = source[:i+1]
	}
	f, err := parser.ParseFile(token.NewFileSet(), "", strings.Join(head, "\n"), parser.PackageClauseOnly|parser.ParseComments)
	return err == nil && ast.IsGenerated(f)
}

// A Line is one annotated source line.
type Line struct {
	Line     int            `json:"line"`
	Text     string         `json:"text"`
	Score    float64        `json:"score"`
	Static   float64        `json:"static"` // score from events alone
	Level    int            `json:"level"`  // shade, 0 (white) to 10 (deep yellow)
	Samples  int64          `json:"samples,omitempty"`
	Percent  float64        `json:"percent,omitempty"`
	Counts   map[string]int `json:"counts,omitempty"`
	Events   []Event        `json:"events,omitempty"`
	Findings []Finding      `json:"findings,omitempty"`
	Asm      []AsmBlock     `json:"asm,omitempty"`
	Note     string         `json:"note,omitempty"`
}

// An Event is one fact about a line, in the words of its source.
type Event struct {
	Kind    string   `json:"kind"`
	Source  string   `json:"source"` // "compiler" (the -json log) or "asm" (the assembly listing)
	Message string   `json:"message"`
	Count   int      `json:"count,omitempty"` // asm: calls to the same target on this line
	Flow    []string `json:"flow,omitempty"`  // escape analysis explanation
}

// A Finding is an hpvet diagnostic on the line.
type Finding struct {
	Check   string `json:"check"` // analyzer.category
	Message string `json:"message"`
	URL     string `json:"url,omitempty"`
	Fixes   []Fix  `json:"fixes,omitempty"`
}

// A Fix is a suggested fix, shown as the edits it makes.
type Fix struct {
	Message string `json:"message"`
	Edits   []Edit `json:"edits"`
}

// An Edit replaces Old, starting at Line, with New.
type Edit struct {
	Line int    `json:"line"`
	Old  string `json:"old"`
	New  string `json:"new"`
}

// An AsmBlock is the assembly one function has for a line.
type AsmBlock struct {
	Func   string   `json:"func"`
	Instrs []string `json:"instrs"` // "0x0071  CALL  runtime.newobject(SB)"
}

// inputs is everything the report joins.
type inputs struct {
	files    map[string]string // absolute path → import path of its package
	sources  map[string][]string
	diags    []compilerDiag
	asm      *asmListing
	findings map[pos][]Finding
	profile  *sampleProfile
	withAsm  bool
}

// lineAcc accumulates one line's facts before scoring.
//
// Code inlined into several callers has one copy per caller, and each copy
// carries the line's events again. A line's count of a kind is what one
// execution of the line costs, so it is the largest count in any one copy
// (a compiled function for the assembly, an outermost call site for the
// compiler log; a function and an inlining index for the assembly), not
// the sum over copies.
type lineAcc struct {
	compiler map[string]map[pos]int    // kind → outermost position (copy) → count
	asm      map[string]map[string]int // kind → copy (function and inlining index) → count
	hasAsm   bool
	initOnly bool // every instruction is in a package initializer
	events   []Event
	eventAt  map[string]int            // kind+message → index in events
	inlined  map[int][]string          // index in events → call sites it was inlined into
	asmByTgt map[string]map[string]int // "kind\x00target" → copy → count
	findings []Finding
}

// maxCopy is the largest count over the copies of a line.
func maxCopy[K comparable](copies map[K]int) int {
	n := 0
	for _, c := range copies {
		n = max(n, c)
	}
	return n
}

func buildReport(in *inputs) *Report {
	acc := make(map[pos]*lineAcc)
	get := func(p pos) *lineAcc {
		a := acc[p]
		if a == nil {
			a = &lineAcc{compiler: map[string]map[pos]int{}, asm: map[string]map[string]int{},
				asmByTgt: map[string]map[string]int{}, eventAt: map[string]int{}, inlined: map[int][]string{}}
			acc[p] = a
		}
		return a
	}

	// Compiler log: charge each record to the outermost position in an
	// annotated file, where the assembly listing charges the instructions:
	// code inlined into a function costs at the line that calls it.
	for _, d := range in.diags {
		kind, ok := compilerKind(d)
		if !ok {
			continue
		}
		at, ok := outermost(d.Chain, in.files)
		if !ok {
			continue
		}
		a := get(at)
		outer := d.Chain[0]
		if a.compiler[kind] == nil {
			a.compiler[kind] = map[pos]int{}
		}
		a.compiler[kind][outer]++
		msg := compilerMessage(d)
		key := kind + "\x00" + msg
		i, seen := a.eventAt[key]
		if !seen {
			i = len(a.events)
			a.eventAt[key] = i
			a.events = append(a.events, Event{Kind: kind, Source: "compiler", Message: msg, Flow: d.Flow})
		}
		if inner := d.Chain[len(d.Chain)-1]; inner != at {
			a.inlined[i] = append(a.inlined[i], shortPos(inner))
		}
	}
	for _, a := range acc {
		for i, sites := range a.inlined {
			slices.Sort(sites)
			sites = slices.Compact(sites)
			if len(sites) > 4 {
				sites = append(sites[:4:4], strconv.Itoa(len(sites)-4)+" more")
			}
			a.events[i].Message += " (in code inlined from " + strings.Join(sites, ", ") + ")"
		}
	}

	// Assembly: runtime calls and calls that were not inlined.
	var asmBlocks map[pos][]AsmBlock
	if in.asm != nil {
		asmBlocks = make(map[pos][]AsmBlock)
		for p, instrs := range in.asm.byPos {
			if _, ok := in.files[p.File]; !ok {
				continue
			}
			a := get(p)
			a.hasAsm = true
			a.initOnly = true
			for _, ins := range instrs {
				a.initOnly = a.initOnly && isInitFunc(ins.Func)
				target, indirect, isCall := callTarget(ins.Text)
				if !isCall {
					continue
				}
				kind := callKind(target, indirect)
				if kind == "" {
					continue
				}
				if a.asm[kind] == nil {
					a.asm[kind] = map[string]int{}
				}
				inlined := copyOf(ins)
				a.asm[kind][inlined]++
				if indirect {
					target = "(indirect)"
				}
				key := kind + "\x00" + target
				if a.asmByTgt[key] == nil {
					a.asmByTgt[key] = map[string]int{}
				}
				a.asmByTgt[key][inlined]++
			}
			if in.withAsm {
				asmBlocks[p] = asmBlocksFor(instrs)
			}
		}
	}
	for p, fs := range in.findings {
		if _, ok := in.files[p.File]; !ok {
			continue
		}
		a := get(p)
		a.findings = append(a.findings, fs...)
	}

	var attributed map[pos]int64
	rep := &Report{Weights: Weights, Counts: map[string]int{}}
	if in.profile != nil {
		names := make(map[string]string)
		for f, pkg := range in.files {
			names[f] = f
			names[pkg+"/"+filepath.Base(f)] = f
		}
		attributed = in.profile.attribute(names)
		rep.Profile = &ProfileSummary{Path: in.profile.Path, SampleType: in.profile.SampleType, Total: in.profile.Total}
		for p, v := range attributed {
			rep.Profile.Attributed += v
			get(p)
		}
	}

	files := make(map[string]*File)
	for p, a := range acc {
		f := files[p.File]
		if f == nil {
			f = &File{Path: p.File, Name: in.files[p.File] + "/" + filepath.Base(p.File), source: in.sources[p.File]}
			files[p.File] = f
		}
		ln := &Line{Line: p.Line, Counts: map[string]int{}, Findings: a.findings, Asm: asmBlocks[p]}
		if p.Line >= 1 && p.Line <= len(f.source) {
			ln.Text = f.source[p.Line-1]
		}
		for _, k := range Kinds {
			n := max(maxCopy(a.compiler[k]), maxCopy(a.asm[k]))
			if k == KindAlloc && a.hasAsm {
				// The assembly decides: a constant converted to an
				// interface "escapes to heap" in the log but is static
				// data, and no call to the allocator is made.
				n = maxCopy(a.asm[k])
			}
			if k == KindHpvet {
				n = len(a.findings)
			}
			if w := Weights[k]; n > 0 && w > 0 {
				ln.Counts[k] = n
				ln.Static += w * float64(n)
			}
		}
		if a.hasAsm && a.initOnly && ln.Static > 0 {
			// Package initialization runs once per process.
			ln.Note = "runs once, when the package is initialized: score " + fmtScore(ln.Static) + " not counted"
			ln.Static = 0
		}
		ln.Events = append(a.events, asmEvents(a.asmByTgt)...)
		slices.SortStableFunc(ln.Events, func(x, y Event) int {
			return cmp.Compare(slices.Index(Kinds, x.Kind), slices.Index(Kinds, y.Kind))
		})
		if attributed != nil {
			ln.Samples = attributed[p]
			if in.profile.Total > 0 {
				ln.Percent = 100 * float64(ln.Samples) / float64(in.profile.Total)
			}
			ln.Score = ln.Percent
		} else {
			ln.Score = ln.Static
		}
		ln.Level = shade(ln.Score, in.profile != nil)
		if len(ln.Counts) == 0 && len(ln.Events) == 0 && ln.Samples == 0 && len(ln.Asm) == 0 {
			continue
		}
		if len(ln.Counts) == 0 {
			ln.Counts = nil
		}
		f.Lines = append(f.Lines, ln)
		f.Score += ln.Score
		f.Samples += ln.Samples
		for k, n := range ln.Counts {
			rep.Counts[k] += n
		}
		for _, e := range ln.Events {
			if Weights[e.Kind] == 0 {
				rep.Counts[e.Kind]++
			}
		}
	}
	// Files with nothing to say still belong in the index.
	for f := range in.files {
		if files[f] == nil {
			files[f] = &File{Path: f, Name: in.files[f] + "/" + filepath.Base(f), source: in.sources[f]}
		}
	}

	pkgs := make(map[string]*Package)
	for _, f := range files {
		if f.Lines == nil {
			f.Lines = []*Line{} // "lines": [] in JSON, not null
		}
		slices.SortFunc(f.Lines, func(x, y *Line) int { return cmp.Compare(x.Line, y.Line) })
		f.Generated = isGenerated(f.source)
		path := in.files[f.Path]
		p := pkgs[path]
		if p == nil {
			p = &Package{Path: path}
			pkgs[path] = p
		}
		p.Files = append(p.Files, f)
		p.Score += f.Score
		p.Samples += f.Samples
		rep.Score += f.Score
	}
	for _, p := range pkgs {
		slices.SortFunc(p.Files, func(x, y *File) int {
			return cmp.Or(cmp.Compare(y.Score, x.Score), cmp.Compare(x.Name, y.Name))
		})
		rep.Packages = append(rep.Packages, p)
	}
	slices.SortFunc(rep.Packages, func(x, y *Package) int {
		return cmp.Or(cmp.Compare(y.Score, x.Score), cmp.Compare(x.Path, y.Path))
	})
	id := 0
	var all []TopLine
	for _, p := range rep.Packages {
		for _, f := range p.Files {
			f.id = id
			id++
			for _, ln := range f.Lines {
				if ln.Score > 0 {
					static := 0.0
					for _, k := range Kinds {
						static += Weights[k] * float64(ln.Counts[k])
					}
					all = append(all, TopLine{File: f.Name, Line: ln.Line, Score: ln.Score, Text: strings.TrimSpace(ln.Text), Counts: ln.Counts, Percent: ln.Percent, fileID: f.id, static: static})
				}
			}
		}
	}
	// Hottest first; equal scores (a profile's cold lines) by static cost.
	slices.SortStableFunc(all, func(x, y TopLine) int {
		return cmp.Or(cmp.Compare(y.Score, x.Score), cmp.Compare(y.static, x.static))
	})
	rep.ranked = all
	rep.Top = all[:min(len(all), topN)]
	return rep
}

const topN = 25

// shade maps a score to a level from 0 to 10 on a log scale (see the
// package doc).
func shade(score float64, profiled bool) int {
	if score <= 0 {
		return 0
	}
	full := 64.0
	if profiled {
		full = 20
	}
	lvl := int(math.Round(10 * math.Log2(1+score) / math.Log2(1+full)))
	return min(max(lvl, 1), 10)
}

// copyOf names the copy of a source line an instruction belongs to.
func copyOf(ins asmInstr) string {
	return ins.Func + "#" + strconv.Itoa(ins.Inl)
}

// isInitFunc reports whether a function symbol is a package initializer
// (pkg.init, pkg.init.0, pkg.map.init.0), code that runs once.
func isInitFunc(sym string) bool {
	name := sym[strings.LastIndexByte(sym, '/')+1:]
	_, name, ok := strings.Cut(name, ".")
	if !ok {
		return false
	}
	name = strings.TrimPrefix(name, "map.")
	rest, ok := strings.CutPrefix(name, "init")
	if !ok {
		return false
	}
	if rest == "" {
		return true
	}
	digits, ok := strings.CutPrefix(rest, ".")
	return ok && digits != "" && strings.Trim(digits, "0123456789") == ""
}

// outermost returns the outermost position of chain that lies in an
// annotated file: the line of the compiled function, or, for code inlined
// into a wrapper the compiler generated, the first real line.
func outermost(chain []pos, files map[string]string) (pos, bool) {
	for _, p := range chain {
		if _, ok := files[p.File]; ok && p.Line > 0 {
			return p, true
		}
	}
	return pos{}, false
}

// compilerKind classifies a record of the -json log.
func compilerKind(d compilerDiag) (string, bool) {
	switch d.Code {
	case "escape", "escapes":
		if strings.Contains(d.Message, "escapes to heap") || strings.HasPrefix(d.Message, "moved to heap") {
			return KindAlloc, true
		}
		return "", false
	case "leak":
		return KindLeak, true
	case "isInBounds", "isSliceInBounds":
		return KindBounds, true
	case "nilcheck":
		return KindNil, true
	case "copy":
		return KindCopy, true
	case "cannotInlineFunction", "cannotInlineCall":
		return KindInline, true
	}
	return "", false
}

// compilerMessage words a record the way the compiler's -m output does.
func compilerMessage(d compilerDiag) string {
	switch d.Code {
	case "isInBounds":
		return "bounds check (index)"
	case "isSliceInBounds":
		return "bounds check (slice)"
	case "nilcheck":
		return "nil check"
	case "copy":
		return "large copy: " + d.Message
	case "cannotInlineFunction":
		return "cannot inline function: " + d.Message
	case "cannotInlineCall":
		return "call not inlined: " + d.Message
	}
	return d.Message
}

// callKind classifies the target of a CALL. Calls that only happen on a
// failure path (panics) or in the prologue (stack growth) cost nothing
// while the code runs and are left out; panicBounds stands for the bounds
// check that guards it.
func callKind(target string, indirect bool) string {
	if indirect {
		return KindIndirect
	}
	name, isRuntime := strings.CutPrefix(target, "runtime.")
	if !isRuntime {
		if strings.HasPrefix(target, "internal/runtime/maps.") {
			return KindMap
		}
		return KindCall
	}
	switch {
	case strings.HasPrefix(name, "morestack"), strings.HasPrefix(name, "panic") && name != "panicBounds",
		name == "gopanic", strings.HasPrefix(name, "goPanic"), name == "throw":
		return ""
	case name == "panicBounds":
		return KindBounds
	case allocCall(name):
		return KindAlloc
	case strings.HasPrefix(name, "mapaccess"), strings.HasPrefix(name, "mapassign"),
		strings.HasPrefix(name, "mapdelete"), strings.HasPrefix(name, "mapIter"), name == "mapclear":
		return KindMap
	case strings.HasPrefix(name, "gcWriteBarrier"), name == "wbMove", name == "wbZero":
		return KindWB
	}
	return KindRuntime
}

func allocCall(name string) bool {
	for _, p := range []string{"newobject", "makeslice", "growslice", "makemap", "makechan", "convT",
		"concatstring", "slicebytetostring", "stringtoslicebyte", "slicerunetostring", "stringtoslicerune",
		"intstring", "mallocgc", "newarray", "rawstring", "rawbyteslice", "rawruneslice", "makeBucketArray"} {
		if strings.HasPrefix(name, p) {
			return true
		}
	}
	return false
}

// asmEvents turns the per-target call counts into events, most frequent
// first.
func asmEvents(byTgt map[string]map[string]int) []Event {
	out := make([]Event, 0, len(byTgt))
	for key, byFunc := range byTgt {
		kind, target, _ := strings.Cut(key, "\x00")
		msg := "CALL " + target
		switch target {
		case "(indirect)":
			msg = "indirect CALL (interface method or func value)"
		case "runtime.convT16", "runtime.convT32", "runtime.convT64":
			msg += " (boxes an integer; values below 256 come from a static table, no allocation)"
		}
		if len(byFunc) > 1 {
			msg += " (in each of " + strconv.Itoa(len(byFunc)) + " inlined copies of this line)"
		}
		out = append(out, Event{Kind: kind, Source: "asm", Message: msg, Count: maxCopy(byFunc)})
	}
	slices.SortFunc(out, func(x, y Event) int {
		return cmp.Or(cmp.Compare(y.Count, x.Count), cmp.Compare(x.Message, y.Message))
	})
	return out
}

// asmBlocksFor groups a line's instructions by function, in offset order.
func asmBlocksFor(instrs []asmInstr) []AsmBlock {
	var out []AsmBlock
	for _, ins := range instrs {
		if len(out) == 0 || out[len(out)-1].Func != ins.Func {
			out = append(out, AsmBlock{Func: ins.Func})
		}
		b := &out[len(out)-1]
		b.Instrs = append(b.Instrs, fmt.Sprintf("0x%04x  %s", ins.Off, strings.ReplaceAll(ins.Text, "\t", "  ")))
	}
	return out
}
