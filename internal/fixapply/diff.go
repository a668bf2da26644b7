package fixapply

import (
	"fmt"
	"io"
	"strings"
)

// Unified writes a unified diff (3 lines of context) between before and
// after, labelled with name. The common prefix and suffix are trimmed first,
// so the quadratic part only sees the lines the fixes touched.
func Unified(w io.Writer, name string, before, after []byte) error {
	a, b := splitLines(string(before)), splitLines(string(after))
	pre := 0
	for pre < len(a) && pre < len(b) && a[pre] == b[pre] {
		pre++
	}
	suf := 0
	for suf < len(a)-pre && suf < len(b)-pre && a[len(a)-1-suf] == b[len(b)-1-suf] {
		suf++
	}
	if pre == len(a) && pre == len(b) {
		return nil
	}
	ops := lcsOps(a[pre:len(a)-suf], b[pre:len(b)-suf])
	// Surround the changed middle with all common lines; hunks cut context.
	var all []op
	for i := 0; i < pre; i++ {
		all = append(all, op{' ', a[i]})
	}
	all = append(all, ops...)
	for i := len(a) - suf; i < len(a); i++ {
		all = append(all, op{' ', a[i]})
	}
	if _, err := fmt.Fprintf(w, "--- %s (old)\n+++ %s (new)\n", name, name); err != nil {
		return err
	}
	const context = 3
	for start := 0; start < len(all); {
		// Find the next change.
		for start < len(all) && all[start].kind == ' ' {
			start++
		}
		if start == len(all) {
			break
		}
		lo := max(start-context, 0)
		end := start
		for end < len(all) {
			if all[end].kind != ' ' {
				end++
				continue
			}
			run := end
			for run < len(all) && all[run].kind == ' ' {
				run++
			}
			if run == len(all) || run-end > 2*context {
				break
			}
			end = run
		}
		hi := min(end+context, len(all))
		aStart, bStart := lineNumbers(all, lo)
		var aN, bN int
		for _, o := range all[lo:hi] {
			if o.kind != '+' {
				aN++
			}
			if o.kind != '-' {
				bN++
			}
		}
		fmt.Fprintf(w, "@@ -%d,%d +%d,%d @@\n", rangeStart(aStart, aN), aN, rangeStart(bStart, bN), bN)
		for _, o := range all[lo:hi] {
			line := o.text
			if !strings.HasSuffix(line, "\n") {
				line += "\n\\ No newline at end of file\n"
			}
			if _, err := fmt.Fprintf(w, "%c%s", o.kind, line); err != nil {
				return err
			}
		}
		start = hi
	}
	return nil
}

// rangeStart is the line number a hunk header gives for a range of n lines
// after the first skip lines: the first line's (1-based), or for an empty
// range the line it follows, as diff and patch write and read it
// ("@@ -0,0 +1,2 @@" adds two lines to an empty file).
func rangeStart(skip, n int) int {
	if n == 0 {
		return skip
	}
	return skip + 1
}

type op struct {
	kind byte // ' ', '-', '+'
	text string
}

func lineNumbers(all []op, upto int) (a, b int) {
	for _, o := range all[:upto] {
		if o.kind != '+' {
			a++
		}
		if o.kind != '-' {
			b++
		}
	}
	return a, b
}

// lcsOps returns the edit script from a to b by longest common subsequence.
func lcsOps(a, b []string) []op {
	n, m := len(a), len(b)
	table := make([][]int32, n+1)
	for i := range table {
		table[i] = make([]int32, m+1)
	}
	for i := n - 1; i >= 0; i-- {
		for j := m - 1; j >= 0; j-- {
			if a[i] == b[j] {
				table[i][j] = table[i+1][j+1] + 1
			} else {
				table[i][j] = max(table[i+1][j], table[i][j+1])
			}
		}
	}
	ops := make([]op, 0, n+m)
	i, j := 0, 0
	for i < n && j < m {
		switch {
		case a[i] == b[j]:
			ops = append(ops, op{' ', a[i]})
			i++
			j++
		case table[i+1][j] >= table[i][j+1]:
			ops = append(ops, op{'-', a[i]})
			i++
		default:
			ops = append(ops, op{'+', b[j]})
			j++
		}
	}
	for ; i < n; i++ {
		ops = append(ops, op{'-', a[i]})
	}
	for ; j < m; j++ {
		ops = append(ops, op{'+', b[j]})
	}
	return ops
}

func splitLines(s string) []string {
	if s == "" {
		return nil
	}
	lines := strings.SplitAfter(s, "\n")
	if lines[len(lines)-1] == "" {
		lines = lines[:len(lines)-1]
	}
	return lines
}
