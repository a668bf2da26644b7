package a

import (
	"encoding/json"
	"os"
)

// Negative cases: nothing here may be reported. Each has its reason.

func withBreak(xs []int) []int {
	out := []int{} // nope: break leaves the loop early, the count is unknown
	for _, x := range xs {
		if x < 0 {
			break
		}
		out = append(out, x)
	}
	return out
}

func withReturn(xs []int) ([]int, error) {
	out := []int{} // nope: an early return
	for _, x := range xs {
		if x < 0 {
			return nil, os.ErrInvalid
		}
		out = append(out, x)
	}
	return out, nil
}

func withGoto(xs []int) []int {
	out := []int{} // nope: goto
	for _, x := range xs {
		if x < 0 {
			goto done
		}
		out = append(out, x)
	}
done:
	return out
}

func outerLabel(xss [][]int) [][]int {
	var all [][]int
outer:
	for _, xs := range xss {
		out := []int{} // nope: continue outer leaves the loop that fills out
		for _, x := range xs {
			if x < 0 {
				continue outer
			}
			out = append(out, x)
		}
		all = append(all, out) // nope for all too: the nested loop jumps to outer
	}
	return all
}

func twice(xs []int) []int {
	out := []int{} // nope: two appends per iteration
	for _, x := range xs {
		out = append(out, x)
		out = append(out, -x)
	}
	return out
}

func twoValues(xs []int) []int {
	out := []int{} // nope: two values per append
	for _, x := range xs {
		out = append(out, x, -x)
	}
	return out
}

func spread(xss [][]int) []int {
	out := []int{} // nope: append of xs... adds an unknown number
	for _, xs := range xss {
		out = append(out, xs...)
	}
	return out
}

func nested(xss [][]int) []int {
	out := []int{} // nope: the append is in a nested loop
	for _, xs := range xss {
		for _, x := range xs {
			out = append(out, x)
		}
	}
	return out
}

func resliced(xs []int) []int {
	out := []int{} // nope: resliced in the loop
	for _, x := range xs {
		if x == 0 {
			out = out[:0]
		}
		out = append(out, x)
	}
	return out
}

func reset(xs []int) []int {
	var out []int // nope: reset to nil in the loop
	for _, x := range xs {
		if x == 0 {
			out = nil
		}
		out = append(out, x)
	}
	return out
}

func passed(xs []int, sink func([]int)) []int {
	out := []int{} // nope: the slice is handed on inside the loop
	for _, x := range xs {
		out = append(out, x)
		sink(out)
	}
	return out
}

func addressed(xs []int) []*int {
	out := []int{} // nope: &out[i] keeps a pointer into the backing array
	ptrs := make([]*int, 0, len(xs))
	for i, x := range xs {
		out = append(out, x)
		ptrs = append(ptrs, &out[i])
	}
	return ptrs
}

func closure(xs []int) []int {
	out := []int{} // nope: appended inside a closure
	for _, x := range xs {
		func() { out = append(out, x) }()
	}
	return out
}

func hasCap(xs []int) []int {
	out := make([]int, 0, 8) // nope: already has a capacity
	for _, x := range xs {
		out = append(out, x)
	}
	return out
}

func hasLen(xs []int) []int {
	out := make([]int, 2) // nope: has a length
	for _, x := range xs {
		out = append(out, x)
	}
	return out
}

func usedBetween(xs []int) []int {
	out := []int{} // nope: appended to before the loop, so len(xs) would be short
	out = append(out, -1)
	for _, x := range xs {
		out = append(out, x)
	}
	return out
}

func usedAfter(xs, ys []int) []int {
	out := []int{} // nope: filled again after the loop
	for _, x := range xs {
		out = append(out, x)
	}
	out = append(out, ys...)
	return out
}

func countedConditional(n int) []int {
	out := []int{} // nope: conditional append and the count is not a length
	for i := 0; i < n; i++ {
		if i%3 == 0 {
			out = append(out, i)
		}
	}
	return out
}

func boundChanges(xs []int) []int {
	n := len(xs)
	out := []int{} // nope: the bound changes in the loop
	for i := 0; i < n; i++ {
		out = append(out, i)
		if i == 3 {
			n--
		}
	}
	return out
}

func indexChanges(xs []int) []int {
	out := []int{} // nope: the index changes in the loop
	for i := 0; i < len(xs); i++ {
		out = append(out, xs[i])
		i++
	}
	return out
}

func boundThroughPointer(p *struct{ n int }) []int {
	out := []int{} // nope: p.n could change through the pointer
	for i := 0; i < p.n; i++ {
		out = append(out, i)
	}
	return out
}

func step2(n int) []int {
	out := []int{} // nope: step of 2 is not a counted loop of n
	for i := 0; i < n; i += 2 {
		out = append(out, i)
	}
	return out
}

func channel(ch chan int) []int {
	out := []int{} // nope: a channel has no known length
	for x := range ch {
		out = append(out, x)
	}
	return out
}

func call(f func() []int) []int {
	out := []int{} // nope: the range expression is a call; it cannot be repeated
	for _, x := range f() {
		out = append(out, x)
	}
	return out
}

func whileLoop(xs []int) []int {
	out := []int{} // nope: not a counted loop
	for len(xs) > 0 {
		out = append(out, xs[0])
		xs = xs[1:]
	}
	return out
}

func mapConditional(xs []string) map[string]bool {
	seen := map[string]bool{} // nope: a conditional insert into a map
	for _, x := range xs {
		if x != "" {
			seen[x] = true
		}
	}
	return seen
}

func mapCount(xs []string) map[string]int {
	counts := map[string]int{} // nope: counting with ++ has unknown distinct keys
	for _, x := range xs {
		counts[x]++
	}
	return counts
}

func mapSized(xs []string) map[string]int {
	m := make(map[string]int, len(xs)) // nope: already sized
	for i, x := range xs {
		m[x] = i
	}
	return m
}

func mapRangeSelf(m map[string]int) map[string]int {
	copyOf := map[string]int{} // nope: the ranged map changes in the loop
	for k, v := range m {
		copyOf[k] = v
		delete(m, k)
	}
	return copyOf
}

func notNext(xs []int) []int {
	out := []int{} // nope: the next statement that mentions out is not a loop
	if len(xs) > 0 {
		for _, x := range xs {
			out = append(out, x)
		}
	}
	return out
}

func emptyCount() []int {
	out := []int{} // nope: the loop never runs
	for i := 5; i < 5; i++ {
		out = append(out, i)
	}
	return out
}

func twoLoops(xs, ys []int) ([]byte, error) {
	var out []int // nope: two loops fill it
	for _, x := range xs {
		out = append(out, x)
	}
	for _, y := range ys {
		out = append(out, y)
	}
	return json.Marshal(out)
}

func suppressed(xs []int) []int {
	//hpvet:ignore prealloc usually empty, kept nil on purpose
	var out []int
	for _, x := range xs {
		out = append(out, x)
	}
	return out
}

func selfRange(xs []int) []int {
	out := xs[:0] // nope: not one of the empty forms
	for _, x := range xs {
		out = append(out, x)
	}
	return out
}

func fallthroughCase(xs []int) []int {
	out := []int{} // nope: fallthrough
	for _, x := range xs {
		switch x {
		case 0:
			fallthrough
		default:
			out = append(out, x)
		}
	}
	return out
}

func selectBreak(xs []int, done chan bool) []int {
	out := []int{} // nope: the loop returns from a select case
	for _, x := range xs {
		select {
		case <-done:
			return out
		default:
		}
		out = append(out, x)
	}
	return out
}

type request struct{ Method, Path string }

func distinctMethods(reqs []request) map[string]bool {
	seen := map[string]bool{} // nope: a set of a field's values; keys repeat, so len(reqs) can be far too big
	for _, r := range reqs {
		seen[r.Method] = true
	}
	return seen
}

func distinctPaths(reqs []request) map[string]struct{} {
	seen := make(map[string]struct{}) // nope: the same with struct{} values
	for _, r := range reqs {
		seen[r.Path] = struct{}{}
	}
	return seen
}

func groupBy(lines []string) map[string][]int {
	b2j := map[string][]int{} // nope: read in the loop, so keys are expected to repeat
	for i, s := range lines {
		indices := b2j[s]
		indices = append(indices, i)
		b2j[s] = indices
	}
	return b2j
}

func sumBy(rows []Row) map[string]int {
	total := map[string]int{} // nope: the same with a read-modify-write
	for _, r := range rows {
		total[r.ID] = total[r.ID] + len(r.Name)
	}
	return total
}
