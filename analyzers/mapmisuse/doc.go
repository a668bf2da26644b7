// Package mapmisuse is an hpvet analyzer (placeholder until its issue lands).
//
// # Analyzer mapmisuse
//
// mapmisuse: placeholder that reports nothing yet
package mapmisuse
