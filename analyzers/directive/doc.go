// Package directive checks hpvet's own suppression comments.
//
// # Analyzer directive
//
// directive: report malformed //hpvet:ignore directives
//
// A suppression is a promise to the next reader that someone looked at the
// finding and decided against it, so it must say which check it silences
// and why:
//
//	//hpvet:ignore prealloc the result is usually empty
//	out = append(out, x)
//
// This analyzer reports a directive with no analyzer name, with no reason,
// or naming an analyzer or check that hpvet does not have (a typo would
// otherwise silently suppress nothing). It runs on every file, test and
// generated files included, since a broken directive there is still broken.
package directive
