// Package gen holds what every hpgen generator shares: the generated-file
// header, the parsing of list flags, in-process rendering of avo programs
// (RenderAsm) and of jennifer files (NewGoFile, RenderGo), freshness checks
// against committed output (Stale), and the all-or-nothing writing of a set
// of files so that a failed run never leaves a package half generated.
//
// A kernel generator (see internal/gen/julia) builds a []File from these
// pieces and either writes it with WriteFiles (hpgen) or compares it with
// Stale (the kernel package's freshness test).
package gen
