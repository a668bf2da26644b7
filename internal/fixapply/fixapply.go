// Package fixapply applies analyzers' suggested fixes to files: it merges
// the edits of many fixes per file, drops a fix that conflicts with one
// already taken (rather than producing code nobody wrote), formats the
// result, and writes each file by rename so that an interrupted run never
// leaves a half-written source file. It also renders the same changes as a
// unified diff for -diff.
package fixapply

import (
	"bytes"
	"cmp"
	"fmt"
	"go/format"
	"go/token"
	"os"
	"path/filepath"
	"slices"
	"sort"

	"golang.org/x/tools/go/analysis"
)

// An Edit replaces the bytes [Start, End) of File with New.
type Edit struct {
	File       string
	Start, End int
	New        string
}

// A Set collects fixes, each as a group of edits taken whole or not at all.
type Set struct {
	edits    map[string][]Edit // accepted edits per file
	Skipped  []string          // messages of fixes dropped for conflicts
	Accepted int               // number of fixes taken
}

// NewSet returns an empty Set.
func NewSet() *Set { return &Set{edits: make(map[string][]Edit)} }

// Add converts fix to byte-offset edits and takes it unless one of its edits
// overlaps an edit already taken with a different change. Edits identical to
// ones already taken are shared (two fixes adding the same import), and a
// fix whose edits are all already present (the same diagnostic seen in a
// package and in its test variant) is counted once.
func (s *Set) Add(fset *token.FileSet, fix analysis.SuggestedFix) error {
	var edits []Edit
	for _, te := range fix.TextEdits {
		tf := fset.File(te.Pos)
		if tf == nil {
			return fmt.Errorf("fix %q: edit at an unknown position", fix.Message)
		}
		end := te.End
		if !end.IsValid() {
			end = te.Pos
		}
		edits = append(edits, Edit{File: tf.Name(), Start: tf.Offset(te.Pos), End: tf.Offset(end), New: string(te.NewText)})
	}
	// An edit identical to one already taken is shared, not a conflict:
	// several fixes often add the same import.
	var fresh []Edit
	for _, e := range edits {
		shared := false
		for _, old := range s.edits[e.File] {
			if old == e {
				shared = true
				break
			}
			if e.Start < old.End && old.Start < e.End || e.Start == e.End && e.Start == old.Start && old.Start == old.End {
				s.Skipped = append(s.Skipped, fix.Message)
				return nil
			}
		}
		if !shared {
			fresh = append(fresh, e)
		}
	}
	if len(fresh) == 0 {
		return nil // the same fix again (a package and its test variant)
	}
	edits = fresh
	for _, e := range edits {
		s.edits[e.File] = append(s.edits[e.File], e)
	}
	s.Accepted++
	return nil
}

// Files returns the names of the files that have edits, sorted.
func (s *Set) Files() []string {
	names := make([]string, 0, len(s.edits))
	for name := range s.edits {
		names = append(names, name)
	}
	sort.Strings(names)
	return names
}

// Result returns the file's original contents and its contents after the
// edits, gofmt-ed when the result parses.
func (s *Set) Result(name string) (before, after []byte, err error) {
	before, err = os.ReadFile(name)
	if err != nil {
		return nil, nil, err
	}
	edits := slices.Clone(s.edits[name])
	// An insertion where a replacement starts goes first, whichever fix
	// came first (Add lets them share the offset).
	slices.SortStableFunc(edits, func(a, b Edit) int { return cmp.Or(a.Start-b.Start, a.End-b.End) })
	var buf bytes.Buffer
	last := 0
	for _, e := range edits {
		if e.Start < last || e.End > len(before) {
			return nil, nil, fmt.Errorf("%s: edits out of range (file changed since analysis?)", name)
		}
		buf.Write(before[last:e.Start])
		buf.WriteString(e.New)
		last = e.End
	}
	buf.Write(before[last:])
	after = buf.Bytes()
	if formatted, err := format.Source(after); err == nil {
		after = formatted
	}
	return before, after, nil
}

// WriteAll applies the edits to every file, each written to a temporary
// file in the same directory and renamed over the original, keeping its
// permissions. It returns the number of files changed.
func (s *Set) WriteAll() (int, error) {
	changed := 0
	for _, name := range s.Files() {
		before, after, err := s.Result(name)
		if err != nil {
			return changed, err
		}
		if bytes.Equal(before, after) {
			continue
		}
		if err := WriteFileAtomic(name, after); err != nil {
			return changed, err
		}
		changed++
	}
	return changed, nil
}

// WriteFileAtomic replaces name with data by writing a temporary file
// beside it and renaming it into place, so readers see the old or the new
// contents, never a mix, and a failure leaves the original untouched.
func WriteFileAtomic(name string, data []byte) error {
	mode := os.FileMode(0o644)
	if fi, err := os.Stat(name); err == nil {
		mode = fi.Mode().Perm()
	}
	tmp, err := os.CreateTemp(filepath.Dir(name), "."+filepath.Base(name)+".hpvet*")
	if err != nil {
		return err
	}
	_, werr := tmp.Write(data)
	cerr := tmp.Close()
	if werr == nil {
		werr = cerr
	}
	if werr == nil {
		werr = os.Chmod(tmp.Name(), mode)
	}
	if werr == nil {
		werr = os.Rename(tmp.Name(), name)
	}
	if werr != nil {
		os.Remove(tmp.Name())
		return fmt.Errorf("writing %s: %v", name, werr)
	}
	return nil
}
