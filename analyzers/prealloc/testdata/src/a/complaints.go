package a

// Cases from issues filed against github.com/alexkohler/prealloc, and what
// hpvet does with each.

type Entity struct{ ID string }

type message struct {
	fromMe       bool
	callerID     string
	participants []Entity
}

// alexkohler/prealloc#30: an append before the loop and a continue in it.
// Not reported: the slice is used before the loop, so len(participants)
// would be short, and nobody can say how many elements the first append
// and the loop add together.
func entities(m message, senderID string) []*Entity {
	var ents []*Entity // nope: appended before the loop
	if !m.fromMe {
		e := Entity{ID: m.callerID}
		ents = append(ents, &e)
	}
	for _, p := range m.participants {
		if p.ID == senderID {
			continue
		}
		e := p
		ents = append(ents, &e)
	}
	return ents
}

// alexkohler/prealloc#16: a "line of sight" loop whose append is skipped by
// continue. Not reported by default; with -prealloc.filter it is reported
// with len(xs) as an upper bound and a fix marked for review (see
// testdata/src/c).
func lineOfSight(xs []int) []int {
	a := []int{} // nope: a conditional append (prealloc.filter is off by default)
	for i := range xs {
		if i < 1 {
			continue
		}
		a = append(a, i)
	}
	return a
}

// Same shape with a counted loop: no length to bound it, so not reported.
func lineOfSightCounted(n int) []int {
	a := []int{} // nope: conditional append, count is not a length
	for i := 0; i < n; i++ {
		if i < 1 {
			continue
		}
		a = append(a, i)
	}
	return a
}

// alexkohler/prealloc#16 (comment): a var block, then an assignment with a
// capacity before the loop. Not reported: the slice is assigned before the
// loop, and it has a capacity when the loop runs.
func varBlock(u map[string]struct{}) []string {
	var (
		a []string // nope: made with a capacity before the loop
		n int
	)
	n = len(u)
	a = make([]string, 0, n)
	for s := range u {
		a = append(a, s)
	}
	return a
}

// alexkohler/prealloc#25: var with an explicit type and a make with a
// capacity. Not reported: it already has one.
func explicitType() []int {
	var s []int = make([]int, 0, 100) // nope: has a capacity
	for i := range "Hello" {
		s = append(s, i)
	}
	return s
}

// A conditional append whose count nobody knows (the cilium comment on
// estimates that are not reliable): not reported.
func unknownCount(next func() (int, bool)) []int {
	var out []int // nope: not a loop of known length
	for {
		v, ok := next()
		if !ok {
			break
		}
		out = append(out, v)
	}
	return out
}
