// Package logreport aggregates web-server access logs into a report.
package logreport

import (
	"bytes"
	"fmt"
	"regexp"
	"sort"
	"strconv"
	"strings"
)

// Entry is one parsed access-log line.
type Entry struct {
	Method string
	Path   string
	Status int
	Bytes  int
	Millis float64
}

// statusClass names each status code family; it is read on every line.
var statusClass = map[int]string{1: "informational", 2: "success", 3: "redirect", 4: "client error", 5: "server error"}

// Config is the report's configuration, reached through two pointers.
type Config struct{ Limits *Limits }

// Limits bounds what the report keeps.
type Limits struct{ SlowMillis float64 }

// Parse parses lines of the form `GET /path 200 512 12.5`. It compiles its
// pattern on every line (the book's "namespace" lesson: look things up once).
func Parse(lines []string) ([]Entry, error) {
	var entries []Entry
	for i, line := range lines {
		re := regexp.MustCompile(`^(\S+) (\S+) (\d{3}) (\d+) ([\d.]+)$`)
		m := re.FindStringSubmatch(line)
		if m == nil {
			return nil, fmt.Errorf("line %d: malformed entry %q", i+1, line)
		}
		status, _ := strconv.Atoi(m[3])
		n, _ := strconv.Atoi(m[4])
		ms, _ := strconv.ParseFloat(m[5], 64)
		entries = append(entries, Entry{Method: m[1], Path: m[2], Status: status, Bytes: n, Millis: ms})
	}
	return entries, nil
}

// Paths returns the request paths in order. The result grows by append
// although its final length is known before the loop.
func Paths(entries []Entry) []string {
	paths := []string{}
	for _, e := range entries {
		paths = append(paths, e.Path)
	}
	return paths
}

// CountByPath counts requests per path, with a map grown one insert at a
// time and a double lookup per entry.
func CountByPath(entries []Entry) map[string]int {
	counts := make(map[string]int)
	for _, e := range entries {
		if _, ok := counts[e.Path]; ok {
			counts[e.Path] = counts[e.Path] + 1
		} else {
			counts[e.Path] = 1
		}
	}
	return counts
}

// Methods returns the distinct methods. (The map[string]bool set costs 4-16
// bytes per entry more than map[string]struct{}; hpvet reports that only with
// -mapmisuse.boolset, since it is rarely worth a patch.)
func Methods(entries []Entry) []string {
	seen := map[string]bool{}
	for _, e := range entries {
		seen[e.Method] = true
	}
	var out []string
	for m := range seen {
		out = append(out, m)
	}
	sort.Strings(out)
	return out
}

// Classes names the status class of each entry.
func Classes(entries []Entry) []string {
	out := make([]string, 0, len(entries))
	for _, e := range entries {
		out = append(out, statusClass[e.Status/100])
	}
	return out
}

// units labels the report's columns.
var units = map[string]string{"time": "ms", "size": "B"}

// Durations formats each entry's duration, looking up the same unit label in
// a global map on every iteration.
func Durations(entries []Entry) []string {
	out := make([]string, 0, len(entries))
	for _, e := range entries {
		out = append(out, strconv.FormatFloat(e.Millis, 'f', 1, 64)+units["time"])
	}
	return out
}

// Slow keeps the entries slower than the configured limit, reading the limit
// through two pointers on every iteration.
func Slow(cfg *Config, entries []Entry) []Entry {
	var slow []Entry
	for _, e := range entries {
		if e.Millis > cfg.Limits.SlowMillis {
			slow = append(slow, e)
		}
	}
	return slow
}

// Render formats the report, building the result with += (a new string per
// line) and fmt.Sprintf where strconv does the same.
func Render(counts map[string]int) string {
	keys := make([]string, 0, len(counts))
	for k := range counts {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	out := ""
	for _, k := range keys {
		out += k + " " + fmt.Sprintf("%d", counts[k]) + "\n"
	}
	return out
}

// Keys counts entries whose "method path" key is in seen, formatting the key
// with fmt.Sprintf for every lookup (a struct key needs no string at all).
func Keys(entries []Entry, seen map[string]int) int {
	hits := 0
	for _, e := range entries {
		if seen[fmt.Sprintf("%s %s", e.Method, e.Path)] > 0 {
			hits++
		}
	}
	return hits
}

// Lowered lower-cases the prefix once per entry although it never changes.
func Lowered(entries []Entry, prefix string) int {
	n := 0
	for _, e := range entries {
		if strings.HasPrefix(e.Path, strings.ToLower(prefix)) {
			n++
		}
	}
	return n
}

// CountComments counts raw lines starting with '#', converting each line to
// a string to test its prefix (bytes.HasPrefix needs no copy).
func CountComments(lines [][]byte) int {
	n := 0
	for _, l := range lines {
		if strings.HasPrefix(string(l), "#") {
			n++
		}
	}
	return n
}

// RenderAll renders each record with a fresh buffer per iteration.
func RenderAll(recs []string) []string {
	out := make([]string, 0, len(recs))
	for _, r := range recs {
		var buf bytes.Buffer
		buf.WriteString(r)
		buf.WriteByte('\n')
		out = append(out, buf.String())
	}
	return out
}

// LatencyFor returns the mean latency recorded for a path, scanning the
// whole map to find one key.
func LatencyFor(mean map[string]float64, path string) float64 {
	for p, ms := range mean {
		if p == path {
			return ms
		}
	}
	return 0
}

// BusiestHour returns the hour with the most requests, given the count for
// each hour, going through a map keyed 0..23 where a slice would do.
func BusiestHour(counts []int) int {
	byHour := map[int]int{}
	for h := 0; h < len(counts); h++ {
		byHour[h] = counts[h]
	}
	best := 0
	for h := 0; h < len(counts); h++ {
		if byHour[h] > byHour[best] {
			best = h
		}
	}
	return best
}

// IsSlowest reports whether e is in the slow set: but the key is a fresh
// pointer, so the lookup never finds anything (the book's
// `Point(1,1) in set` surprise).
func IsSlowest(slow map[*Entry]bool, e Entry) bool {
	return slow[&Entry{Method: e.Method, Path: e.Path}]
}

// ResetBuckets empties a latency histogram one key at a time.
func ResetBuckets(buckets map[float64]int) {
	for b := range buckets {
		delete(buckets, b)
	}
}
