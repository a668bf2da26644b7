package analysisutil

import (
	"strings"

	"golang.org/x/tools/go/analysis"
)

// reviewSuffix marks a suggested fix that keeps the program building and
// behaving the same in every case hpvet can see, but that a person should
// still read (for example one that changes a type used elsewhere). go fix
// and `hpvet -fix` apply only fixes without it.
const reviewSuffix = " (review before applying)"

// NeedsReview marks fix as one that `go fix -fixtool` must not apply
// unattended. Editors and `hpvet -diff` still show it.
func NeedsReview(fix analysis.SuggestedFix) analysis.SuggestedFix {
	if !strings.HasSuffix(fix.Message, reviewSuffix) {
		fix.Message += reviewSuffix
	}
	return fix
}

// AlwaysSafe reports whether fix may be applied without review.
func AlwaysSafe(fix analysis.SuggestedFix) bool {
	return !strings.HasSuffix(fix.Message, reviewSuffix)
}
