package hoist_test

import (
	"math"
	"strings"
	"testing"
)

// The premise of each hoist check, measured on the toolchain in use: the
// same loop with the invariant work left inside and hoisted out. Go's
// compiler has no loop-invariant code motion for loads, map lookups or calls,
// so the "in" forms pay the cost on every iteration. Run with
//
//	go test -run '^$' -bench . -count 10 ./analyzers/hoist/
//
// and compare the medians of each In/Hoisted pair.

const n = 1000

var sink int
var sinkF float64

// maplookup: a package-level map read with a constant key.
var prices = map[string]int{"a": 1, "b": 2, "c": 3, "d": 4, "e": 5, "f": 6, "g": 7, "h": 8, "i": 9}

func BenchmarkMapLookupIn(b *testing.B) {
	xs := make([]int, n)
	for b.Loop() {
		t := 0
		for _, x := range xs {
			//hpvet:ignore hoist.maplookup premise: the slow form this benchmark measures on purpose
			t += x * prices["a"]
		}
		sink = t
	}
}

func BenchmarkMapLookupHoisted(b *testing.B) {
	xs := make([]int, n)
	for b.Loop() {
		t := 0
		p := prices["a"]
		for _, x := range xs {
			t += x * p
		}
		sink = t
	}
}

// fieldchain: s.cfg.limits.max, three dependent loads, next to a store the
// compiler cannot prove disjoint from them.
type limits struct{ max int }
type config struct{ limits *limits }
type server struct {
	cfg *config
	out []int
}

func newServer() *server {
	return &server{cfg: &config{limits: &limits{max: 7}}, out: make([]int, n)}
}

func BenchmarkFieldChainIn(b *testing.B) {
	s := newServer()
	for b.Loop() {
		for i := range s.out {
			s.out[i] = i + s.cfg.limits.max
		}
	}
}

func BenchmarkFieldChainHoisted(b *testing.B) {
	s := newServer()
	for b.Loop() {
		m := s.cfg.limits.max
		for i := range s.out {
			s.out[i] = i + m
		}
	}
}

// purecall: strings.ToLower of a loop-invariant string.
func BenchmarkPureCallIn(b *testing.B) {
	words := strings.Fields(strings.Repeat("alpha Beta GAMMA delta ", 25))
	key := "Gamma"
	for b.Loop() {
		c := 0
		for _, w := range words {
			//hpvet:ignore hoist.purecall premise: the slow form this benchmark measures on purpose
			if strings.EqualFold(w, strings.ToLower(key)) {
				c++
			}
		}
		sink = c
	}
}

func BenchmarkPureCallHoisted(b *testing.B) {
	words := strings.Fields(strings.Repeat("alpha Beta GAMMA delta ", 25))
	key := "Gamma"
	for b.Loop() {
		c := 0
		lower := strings.ToLower(key)
		for _, w := range words {
			if strings.EqualFold(w, lower) {
				c++
			}
		}
		sink = c
	}
}

// purecall, the seed's namespace example: math.Sin of an invariant angle.
func BenchmarkMathSinIn(b *testing.B) {
	xs := make([]float64, n)
	theta := 0.3
	for b.Loop() {
		t := 0.0
		for _, x := range xs {
			//hpvet:ignore hoist.purecall premise: the slow form this benchmark measures on purpose
			t += x * math.Sin(theta)
		}
		sinkF = t
	}
}

func BenchmarkMathSinHoisted(b *testing.B) {
	xs := make([]float64, n)
	theta := 0.3
	for b.Loop() {
		t := 0.0
		s := math.Sin(theta)
		for _, x := range xs {
			t += x * s
		}
		sinkF = t
	}
}

// loopcond: a method that returns a copy, called in the loop condition.
type inventory struct{ items []int }

// Items returns a copy so callers cannot change the inventory.
func (v *inventory) Items() []int { return append([]int(nil), v.items...) }

func BenchmarkLoopCondIn(b *testing.B) {
	v := &inventory{items: make([]int, 100)}
	for b.Loop() {
		t := 0
		//hpvet:ignore hoist.loopcond premise: the slow form this benchmark measures on purpose
		for i := 0; i < len(v.Items()); i++ {
			t += i
		}
		sink = t
	}
}

func BenchmarkLoopCondHoisted(b *testing.B) {
	v := &inventory{items: make([]int, 100)}
	for b.Loop() {
		t := 0
		for i, n := 0, len(v.Items()); i < n; i++ {
			t += i
		}
		sink = t
	}
}

// TestPremiseAllocs backs the "allocates" in the purecall and loopcond
// messages with allocation counts, which unlike times are exact.
func TestPremiseAllocs(t *testing.T) {
	v := &inventory{items: make([]int, 100)}
	condIn := testing.AllocsPerRun(20, func() {
		s := 0
		for i := 0; i < len(v.Items()); i++ {
			s += i
		}
		sink = s
	})
	condHoisted := testing.AllocsPerRun(20, func() {
		s := 0
		for i, n := 0, len(v.Items()); i < n; i++ {
			s += i
		}
		sink = s
	})
	if condIn < 100 || condHoisted > 1 {
		t.Errorf("loopcond: %v allocations per loop with the call in the condition, %v hoisted; want >= 100 and <= 1", condIn, condHoisted)
	}

	words := make([]string, 100)
	key := "Gamma"
	callIn := testing.AllocsPerRun(20, func() {
		c := 0
		for _, w := range words {
			if w == strings.ToLower(key) {
				c++
			}
		}
		sink = c
	})
	callHoisted := testing.AllocsPerRun(20, func() {
		c := 0
		lower := strings.ToLower(key)
		for _, w := range words {
			if w == lower {
				c++
			}
		}
		sink = c
	})
	if callIn < 100 || callHoisted > 1 {
		t.Errorf("purecall: %v allocations per loop with strings.ToLower in it, %v hoisted; want >= 100 and <= 1", callIn, callHoisted)
	}
	t.Logf("loopcond: %v vs %v allocations; purecall: %v vs %v", condIn, condHoisted, callIn, callHoisted)
}
