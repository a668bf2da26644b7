package fixapply

import (
	"testing"

	"golang.org/x/tools/go/analysis"
)

// FuzzSet adds fixes of one edit each at fuzzed offsets and checks that
// whatever Add accepts, Result can apply: accepted edits never overlap,
// and an insertion where another edit starts is not an error.
func FuzzSet(f *testing.F) {
	f.Add(uint8(10), uint8(0), "x", uint8(10), uint8(5), "y") // insertion at the start of a replacement
	f.Add(uint8(10), uint8(5), "y", uint8(10), uint8(0), "x") // the same, added the other way round
	f.Add(uint8(15), uint8(0), "a", uint8(15), uint8(0), "b") // two insertions at one point: a conflict
	f.Add(uint8(3), uint8(4), "", uint8(5), uint8(4), "z")    // overlapping replacements: a conflict
	f.Add(uint8(20), uint8(3), "q", uint8(23), uint8(0), "r") // insertion at the end of a replacement
	f.Fuzz(func(t *testing.T, s1, n1 uint8, t1 string, s2, n2 uint8, t2 string) {
		name, fset, tf := setup(t)
		edit := func(start, n uint8, text string) analysis.SuggestedFix {
			a := int(start) % (len(src) + 1)
			b := min(a+int(n)%8, len(src))
			return analysis.SuggestedFix{Message: text, TextEdits: []analysis.TextEdit{{Pos: tf.Pos(a), End: tf.Pos(b), NewText: []byte(text)}}}
		}
		s := NewSet()
		for _, fx := range []analysis.SuggestedFix{edit(s1, n1, t1), edit(s2, n2, t2)} {
			if err := s.Add(fset, fx); err != nil {
				t.Fatal(err)
			}
		}
		if _, _, err := s.Result(name); err != nil {
			t.Fatalf("Add accepted edits that Result cannot apply: %v (edits %+v)", err, s.edits[name])
		}
	})
}
