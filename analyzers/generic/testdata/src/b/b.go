package b

import "lib"

func f(jobs []*lib.Job) {
	lib.SortJobs(jobs) // want `lib.SortJobs calls Less on type parameter T in a loop \(in SortJobs\); with \*lib.Job every call .* add //hpgen:specialize T=\*Job to lib.SortJobs`
}

// Not reported: lib cannot name b's type, so no directive there can
// express the copy.
type local struct{ p int }

func (a *local) Less(b *local) bool { return a.p < b.p } // want Less:"smallMethod"

func g(xs []*local) { lib.SortJobs(xs) }
