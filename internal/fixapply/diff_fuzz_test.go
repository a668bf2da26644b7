package fixapply

import (
	"bytes"
	"fmt"
	"strings"
	"testing"
)

// FuzzUnified checks that the diff Unified writes, applied strictly (every
// hunk at the line numbers its header gives, context and removed lines
// matching), turns before into after.
func FuzzUnified(f *testing.F) {
	f.Add("a\nb\nc\n", "a\nB\nc\n")
	f.Add("", "x\n")
	f.Add("x\n", "")
	f.Add("a\nb", "a\nb\n")
	f.Add("1\n2\n3\n4\n5\n6\n7\n8\n9\n10\n11\n12\n", "0\n1\n2\n3\n4\n5\nsix\n7\n8\n9\n10\n11\n12\n13")
	f.Fuzz(func(t *testing.T, before, after string) {
		if len(before) > 4096 || len(after) > 4096 {
			return // the quadratic LCS is not what is fuzzed
		}
		var buf bytes.Buffer
		if err := Unified(&buf, "f.go", []byte(before), []byte(after)); err != nil {
			t.Fatal(err)
		}
		got, err := applyUnified(before, buf.String())
		if err != nil {
			t.Fatalf("%v\ndiff:\n%s", err, buf.String())
		}
		if got != after {
			t.Fatalf("applying the diff gave %q, want %q\ndiff:\n%s", got, after, buf.String())
		}
	})
}

// applyUnified applies a unified diff as GNU patch reads one with no fuzz:
// a range "start,count" with count 0 is empty and starts after line start.
func applyUnified(src, diff string) (string, error) {
	a := splitLines(src)
	lines := splitLines(diff)
	if len(lines) == 0 {
		return src, nil
	}
	if len(lines) < 2 || !strings.HasPrefix(lines[0], "--- ") || !strings.HasPrefix(lines[1], "+++ ") {
		return "", fmt.Errorf("no header")
	}
	var out []string
	next := 0 // index in a of the first line not yet copied
	for i := 2; i < len(lines); {
		var as, an, bs, bn int
		if _, err := fmt.Sscanf(lines[i], "@@ -%d,%d +%d,%d @@\n", &as, &an, &bs, &bn); err != nil {
			return "", fmt.Errorf("bad hunk header %q", lines[i])
		}
		i++
		first := as - 1 // index in a of the hunk's first old line
		if an == 0 {
			first = as
		}
		if first < next || first > len(a) {
			return "", fmt.Errorf("hunk at old line %d out of order or range", as)
		}
		out = append(out, a[next:first]...)
		if bStart := len(out) + 1; bn != 0 && bs != bStart || bn == 0 && bs != bStart-1 {
			return "", fmt.Errorf("hunk header %q: new range should start at %d", lines[i-1], bStart)
		}
		pos := first
		var gotA, gotB int
		for i < len(lines) && !strings.HasPrefix(lines[i], "@@ ") {
			kind, text := lines[i][0], lines[i][1:]
			i++
			if i < len(lines) && lines[i] == "\\ No newline at end of file\n" {
				text = strings.TrimSuffix(text, "\n")
				i++
			}
			switch kind {
			case ' ', '-':
				if pos >= len(a) || a[pos] != text {
					return "", fmt.Errorf("old line %d is not %q", pos+1, text)
				}
				pos++
				gotA++
				if kind == ' ' {
					out = append(out, text)
					gotB++
				}
			case '+':
				out = append(out, text)
				gotB++
			default:
				return "", fmt.Errorf("bad line %q", lines[i-1])
			}
		}
		if gotA != an || gotB != bn {
			return "", fmt.Errorf("hunk counts -%d +%d, header says -%d +%d", gotA, gotB, an, bn)
		}
		next = pos
	}
	out = append(out, a[next:]...)
	return strings.Join(out, ""), nil
}
