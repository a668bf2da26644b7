package annotate

import (
	"bytes"
	"fmt"
	"strconv"
	"strings"
)

// renderText prints the top lines for a terminal or a CI log:
//
//	score  file:line  what  source
func renderText(r *Report, top int) []byte {
	var b bytes.Buffer
	fmt.Fprintf(&b, "%s (%s)\n", r.Command, r.GoVersion)
	if r.Profile != nil {
		fmt.Fprintf(&b, "profile %s: %s, %d of %d attributed to these packages\n",
			r.Profile.Path, r.Profile.SampleType, r.Profile.Attributed, r.Profile.Total)
	}
	var counts []string
	for _, k := range Kinds {
		if n := r.Counts[k]; n > 0 {
			counts = append(counts, fmt.Sprintf("%s %d", k, n))
		}
	}
	fmt.Fprintf(&b, "events: %s\n\n", strings.Join(counts, ", "))

	lines := topLines(r, top)
	scoreHdr := "score"
	if r.Profile != nil {
		scoreHdr = "samples%"
	}
	fmt.Fprintf(&b, "%8s  %-40s  %-32s  %s\n", scoreHdr, "line", "events", "source")
	for _, t := range lines {
		fmt.Fprintf(&b, "%8.1f  %-40s  %-32s  %s\n", t.Score, t.File+":"+strconv.Itoa(t.Line), countsString(t.Counts), truncate(t.Text, 60))
	}
	if len(lines) == 0 {
		b.WriteString("(no line has a cost)\n")
	}
	return b.Bytes()
}

// topLines returns the first n lines of the ranking.
func topLines(r *Report, n int) []TopLine {
	return r.ranked[:min(n, len(r.ranked))]
}

// countsString is "alloc×2 map bounds×3" in kind order.
func countsString(c map[string]int) string {
	var parts []string
	for _, k := range Kinds {
		switch n := c[k]; {
		case n == 1:
			parts = append(parts, k)
		case n > 1:
			parts = append(parts, fmt.Sprintf("%s×%d", k, n))
		}
	}
	return strings.Join(parts, " ")
}

func truncate(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n-1]) + "…"
}
