// Package generic is an hpvet analyzer (placeholder until its issue lands).
//
// # Analyzer generic
//
// generic: placeholder that reports nothing yet
package generic
