package analysisutil

import (
	"strings"
)

// IgnorePrefix starts a suppression directive:
//
//	//hpvet:ignore prealloc the slice is usually empty
//	//hpvet:ignore mapmisuse.boolset,prealloc kept for readability
//
// The names are analyzers or analyzer.check IDs, separated by commas; the
// reason is required and is for the next reader.
const IgnorePrefix = "//hpvet:ignore"

// Ignore is one parsed //hpvet:ignore directive.
type Ignore struct {
	Names  []string
	Reason string
}

// ParseIgnore parses the text of one comment (with its // marker). It
// reports ok if the comment is an hpvet:ignore directive at all, even a
// malformed one; the directive analyzer reports what is missing.
func ParseIgnore(text string) (d Ignore, ok bool) {
	rest, ok := strings.CutPrefix(text, IgnorePrefix)
	if !ok || (rest != "" && rest[0] != ' ' && rest[0] != '\t') {
		return Ignore{}, false
	}
	// A trailing "// ..." is a separate comment (as analysistest's
	// "// want" expectations are), not part of the directive.
	rest, _, _ = strings.Cut(rest, " //")
	fields := strings.Fields(rest)
	if len(fields) == 0 {
		return Ignore{}, true
	}
	for n := range strings.SplitSeq(fields[0], ",") {
		if n != "" {
			d.Names = append(d.Names, n)
		}
	}
	d.Reason = strings.Join(fields[1:], " ")
	return d, true
}
