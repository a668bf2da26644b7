package annotate

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/google/pprof/profile"
)

// A sampleProfile is a CPU or allocation profile reduced to what annotate
// needs: one sample value per stack.
type sampleProfile struct {
	Path       string
	SampleType string // e.g. "cpu/nanoseconds", "alloc_space/bytes"
	Total      int64
	stacks     []stackSample
}

type stackSample struct {
	// frames are the stack's physical frames, leaf first; each lists its
	// source positions innermost first (more than one where calls were
	// inlined).
	frames [][]pos
	value  int64
}

// readProfile reads a pprof profile (gzipped or not, as written by
// runtime/pprof or go test -cpuprofile/-memprofile). sampleType picks the
// sample value by type name ("cpu", "alloc_space", ...); empty means the
// profile's default, or its last value as pprof does.
func readProfile(path, sampleType string) (*sampleProfile, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	p, err := profile.Parse(f)
	if err != nil {
		return nil, fmt.Errorf("%s: not a pprof profile: %v", path, err)
	}
	if len(p.SampleType) == 0 {
		return nil, fmt.Errorf("%s: profile has no sample types", path)
	}
	idx := len(p.SampleType) - 1
	want := sampleType
	if want == "" {
		want = p.DefaultSampleType
	}
	if want != "" {
		idx = -1
		names := make([]string, 0, len(p.SampleType))
		for i, st := range p.SampleType {
			names = append(names, st.Type)
			if st.Type == want {
				idx = i
			}
		}
		if idx < 0 {
			return nil, fmt.Errorf("%s: no sample type %q (have %s)", path, want, strings.Join(names, ", "))
		}
	}
	sp := &sampleProfile{
		Path:       path,
		SampleType: p.SampleType[idx].Type + "/" + p.SampleType[idx].Unit,
	}
	for _, s := range p.Sample {
		if idx >= len(s.Value) || s.Value[idx] == 0 {
			continue
		}
		v := s.Value[idx]
		sp.Total += v
		frames := make([][]pos, 0, len(s.Location))
		for _, loc := range s.Location {
			var lines []pos
			for _, ln := range loc.Line { // innermost first
				if ln.Function == nil {
					continue
				}
				lines = append(lines, pos{File: ln.Function.Filename, Line: int(ln.Line)})
			}
			frames = append(frames, lines)
		}
		sp.stacks = append(sp.stacks, stackSample{frames: frames, value: v})
	}
	return sp, nil
}

// attribute charges each sample to a line in files, the way the assembly
// listing charges instructions: in the innermost physical frame that has a
// line in files, the outermost such line (so time in code inlined into a
// function lands on the line that calls it, and time in the runtime or a
// library lands on the line that called it).
//
// files maps every name a profile may use for a file (absolute path, or
// import-path/base.go under -trimpath) to its absolute path. Samples with no
// frame in files are counted in the total only.
func (sp *sampleProfile) attribute(files map[string]string) map[pos]int64 {
	out := make(map[pos]int64)
	lookup := func(p pos) (string, bool) {
		if abs, ok := files[p.File]; ok {
			return abs, true
		}
		abs, ok := files[filepath.ToSlash(p.File)]
		return abs, ok
	}
	for _, s := range sp.stacks {
	frames:
		for _, lines := range s.frames {
			for i := len(lines) - 1; i >= 0; i-- { // outermost first
				if abs, ok := lookup(lines[i]); ok {
					out[pos{File: abs, Line: lines[i].Line}] += s.value
					break frames
				}
			}
		}
	}
	return out
}
