// Package allocs is an hpvet analyzer (placeholder until its issue lands).
//
// # Analyzer allocs
//
// allocs: placeholder that reports nothing yet
package allocs
