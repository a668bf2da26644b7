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
	frames []pos // innermost first, inlined frames expanded
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
		var names []string
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
		var frames []pos
		for _, loc := range s.Location {
			for _, ln := range loc.Line { // innermost first
				if ln.Function == nil {
					continue
				}
				frames = append(frames, pos{File: ln.Function.Filename, Line: int(ln.Line)})
			}
		}
		sp.stacks = append(sp.stacks, stackSample{frames: frames, value: v})
	}
	return sp, nil
}

// attribute charges each sample to the innermost frame that lies in one of
// files, so runtime and library time lands on the line that called it.
// files maps every name a profile may use for a file (absolute path, or
// import-path/base.go under -trimpath) to its absolute path. Samples with no
// frame in files are counted in the total only.
func (sp *sampleProfile) attribute(files map[string]string) map[pos]int64 {
	out := make(map[pos]int64)
	for _, s := range sp.stacks {
		for _, f := range s.frames {
			abs, ok := files[f.File]
			if !ok {
				abs, ok = files[filepath.ToSlash(f.File)]
			}
			if ok {
				out[pos{File: abs, Line: f.Line}] += s.value
				break
			}
		}
	}
	return out
}
