// Package hoist is an hpvet analyzer (placeholder until its issue lands).
//
// # Analyzer hoist
//
// hoist: placeholder that reports nothing yet
package hoist
