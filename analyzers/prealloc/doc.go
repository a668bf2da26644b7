// Package prealloc is an hpvet analyzer (placeholder until its issue lands).
//
// # Analyzer prealloc
//
// prealloc: placeholder that reports nothing yet
package prealloc
