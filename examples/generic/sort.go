package generic

import "cmp"

// Sort sorts xs in increasing order by Less: quicksort with a median of
// three pivot, and insertion sort for short runs. SortDispatch, written by
// hpgen, has Sort's signature and calls SortItem when T is *Item.
//
//hpgen:specialize T=*Item dispatch=SortDispatch
func Sort[T Lesser[T]](xs []T) {
	for len(xs) > 12 {
		p := partition(xs)
		// Recurse into the shorter side to bound the stack depth.
		if p < len(xs)-p {
			Sort(xs[:p])
			xs = xs[p+1:]
		} else {
			Sort(xs[p+1:])
			xs = xs[:p]
		}
	}
	insertionSort(xs)
}

func partition[T Lesser[T]](xs []T) int {
	last := len(xs) - 1
	mid := last / 2
	// Median of three into xs[last].
	if xs[mid].Less(xs[0]) {
		xs[mid], xs[0] = xs[0], xs[mid]
	}
	if xs[last].Less(xs[0]) {
		xs[last], xs[0] = xs[0], xs[last]
	}
	if xs[mid].Less(xs[last]) {
		xs[mid], xs[last] = xs[last], xs[mid]
	}
	pivot := xs[last]
	i := 0
	for j := range last {
		if xs[j].Less(pivot) {
			xs[i], xs[j] = xs[j], xs[i]
			i++
		}
	}
	xs[i], xs[last] = xs[last], xs[i]
	return i
}

func insertionSort[T Lesser[T]](xs []T) {
	for i := 1; i < len(xs); i++ {
		for j := i; j > 0 && xs[j].Less(xs[j-1]); j-- {
			xs[j], xs[j-1] = xs[j-1], xs[j]
		}
	}
}

// Search returns the smallest index i in the sorted xs with xs[i] >= x, or
// len(xs). Its operators need no dictionary for string or float64 type
// arguments, so its copies show where specialising does not pay.
//
//hpgen:specialize T=string,float64
func Search[T cmp.Ordered](xs []T, x T) int {
	lo, hi := 0, len(xs)
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if xs[m] < x {
			lo = m + 1
		} else {
			hi = m
		}
	}
	return lo
}
