package lib

type Lesser[T any] interface{ Less(T) bool }

type Job struct{ P int }

func (a *Job) Less(b *Job) bool { return a.P < b.P } // want Less:"smallMethod"

func SortJobs[T Lesser[T]](xs []T) { // want SortJobs:"loopCalls.0:Less."
	for i := 1; i < len(xs); i++ {
		for j := i; j > 0 && xs[j].Less(xs[j-1]); j-- {
			xs[j], xs[j-1] = xs[j-1], xs[j]
		}
	}
}
