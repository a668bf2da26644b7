// Package cputime reads the CPU time benchmarks report next to wall time.
// On a shared machine CPU time is the steadier of the two: it does not count
// the time other processes hold the core. The kernel, specialize and
// analyzer-premise benchmarks all take it from here.
package cputime

import "time"

// Thread returns the CPU time (user+system) the calling OS thread has used,
// and false where the platform has no per-thread clock. Measure a region
// with the goroutine locked to its thread (benchmarks run on one).
func Thread() (time.Duration, bool) { return thread() }

// Process returns the CPU time (user+system) of the whole process, summed
// over its threads, and false where the platform does not say.
func Process() (time.Duration, bool) { return process() }
