package hoist

import (
	"slices"

	"golang.org/x/tools/go/ssa"
)

// A loop is a natural loop of an SSA function: a header block that
// dominates a set of latch blocks with edges back to it, and every block
// that reaches a latch without passing through the header.
type loop struct {
	header  *ssa.BasicBlock
	latches []*ssa.BasicBlock
	blocks  []bool // indexed by BasicBlock.Index

	benchmark bool     // the b.N or b.Loop() loop of a benchmark
	eff       *effects // what the loop may write; computed on first use
	inv       map[ssa.Value]bool
}

func (l *loop) contains(b *ssa.BasicBlock) bool {
	return b != nil && b.Index < len(l.blocks) && l.blocks[b.Index]
}

// size is the number of blocks in the loop; an outer loop is larger than
// every loop nested in it.
func (l *loop) size() int {
	n := 0
	for _, in := range l.blocks {
		if in {
			n++
		}
	}
	return n
}

// everyIteration reports whether b runs on every iteration that goes
// round the loop again: it dominates every latch.
func (l *loop) everyIteration(b *ssa.BasicBlock) bool {
	for _, latch := range l.latches {
		if !b.Dominates(latch) {
			return false
		}
	}
	return true
}

// statementHeader reports whether b heads the loop of a for or range
// statement, not one that a backward goto makes. go/ssa names a for
// statement's header block for.loop (for.body when there is no condition)
// and a range statement's range*.loop; a goto's target block is named after
// its label.
func statementHeader(b *ssa.BasicBlock) bool {
	switch b.Comment {
	case "for.loop", "for.body", "rangeindex.loop", "rangeiter.loop", "rangechan.loop", "rangeint.loop":
		return true
	}
	return false
}

// findLoops returns the natural loops of fn's for and range statements,
// outermost first. Loops that share a header are merged, as usual. Loops
// made by a backward goto are left out: in Go they are retries and state
// machines that run a few times, and a report could name neither the loop
// nor how often it runs (inside a for statement it would even describe
// that loop).
func findLoops(fn *ssa.Function) []*loop {
	byHeader := make(map[*ssa.BasicBlock]*loop)
	var loops []*loop
	for _, b := range fn.Blocks {
		for _, s := range b.Succs {
			if !s.Dominates(b) || !statementHeader(s) {
				continue
			}
			l := byHeader[s]
			if l == nil {
				l = &loop{header: s, blocks: make([]bool, len(fn.Blocks))}
				l.blocks[s.Index] = true
				byHeader[s] = l
				loops = append(loops, l)
			}
			l.latches = append(l.latches, b)
			// Walk backwards from the latch up to the header.
			stack := []*ssa.BasicBlock{b}
			for len(stack) > 0 {
				x := stack[len(stack)-1]
				stack = stack[:len(stack)-1]
				if l.blocks[x.Index] {
					continue
				}
				l.blocks[x.Index] = true
				stack = append(stack, x.Preds...)
			}
		}
	}
	slices.SortStableFunc(loops, func(a, b *loop) int { return b.size() - a.size() })
	return loops
}

// hasLoop reports whether fn has a back edge.
func hasLoop(fn *ssa.Function) bool {
	for _, b := range fn.Blocks {
		for _, s := range b.Succs {
			if s.Dominates(b) {
				return true
			}
		}
	}
	return false
}
