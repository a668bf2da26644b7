package analysisutil

import (
	"strings"
	"testing"
)

// FuzzParseIgnore checks that no comment panics the directive parser and
// that a parsed directive's names are single words without commas, and
// that only comments starting with the prefix and a blank are directives.
func FuzzParseIgnore(f *testing.F) {
	for _, s := range []string{
		"//hpvet:ignore prealloc the slice is usually empty",
		"//hpvet:ignore mapmisuse.boolset,prealloc kept // want `x`",
		"//hpvet:ignore", "//hpvet:ignoreprealloc x", "//hpvet:ignore\t,,, r", "// hpvet:ignore x y",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		d, ok := ParseIgnore(text)
		if !ok {
			if len(d.Names) != 0 || d.Reason != "" {
				t.Fatalf("ParseIgnore(%q) = %+v for a comment that is no directive", text, d)
			}
			return
		}
		rest := strings.TrimPrefix(text, IgnorePrefix)
		if len(rest) == len(text) || rest != "" && rest[0] != ' ' && rest[0] != '\t' {
			t.Fatalf("ParseIgnore(%q) took a comment that does not start with %q and a blank", text, IgnorePrefix)
		}
		for _, n := range d.Names {
			if n == "" || strings.ContainsAny(n, ", \t\n") {
				t.Fatalf("ParseIgnore(%q): bad name %q", text, n)
			}
		}
		if d.Reason != strings.Join(strings.Fields(d.Reason), " ") {
			t.Fatalf("ParseIgnore(%q): reason %q not normalised", text, d.Reason)
		}
	})
}
