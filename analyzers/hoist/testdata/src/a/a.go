package a

import (
	"math"
	"regexp"
	"strconv"
	"strings"
)

var prices = map[string]int{"a": 1}

// Global map, constant key: fixed.
func globalMap(xs []int) int {
	t := 0
	for _, x := range xs {
		t += x * prices["a"] // want `prices\["a"\] is a map lookup on every iteration \(len\(xs\) times\) but prices does not change in the loop; hoist it: pricesA := prices\["a"\]`
	}
	return t
}

// Local map and invariant key, counted loop: fixed.
func localMap(m map[string]float64, k string, n int) float64 {
	t := 0.0
	for i := 0; i < n; i++ {
		t += float64(i) * m[k] // want `m\[k\] is a map lookup on every iteration \(n times\) but neither m nor k changes in the loop; hoist it: mK := m\[k\]`
	}
	return t
}

// The key is itself a pure call: one finding, for the lookup.
func keyIsCall(m map[string]int, k string, xs []int) int {
	t := 0
	for _, x := range xs {
		t += x + m[strings.ToLower(k)] // want `m\[strings.ToLower\(k\)\] is a map lookup`
	}
	return t
}

// Writes to a map of another type do not matter.
func otherMapWritten(m map[string]int, seen map[int]bool, xs []int) int {
	t := 0
	for _, x := range xs {
		seen[x] = true
		t += m["k"] // want `m\["k"\] is a map lookup`
	}
	return t
}

// A pure call with an invariant argument: fixed.
func pureCall(words []string, key string) int {
	c := 0
	for _, w := range words {
		if strings.EqualFold(w, strings.ToLower(key)) { // want `strings.ToLower\(key\) is called on every iteration \(len\(words\) times\) but its arguments and what it reads do not change in the loop, and it scans its input and may allocate; hoist it: lower := strings.ToLower\(key\)`
			c++
		}
	}
	return c
}

// The seed's namespace lesson: math.Sin of an invariant angle.
func mathSin(xs []float64, theta float64) float64 {
	t := 0.0
	for _, x := range xs {
		t += x * math.Sin(theta) // want `math.Sin\(theta\) is called on every iteration`
	}
	return t
}

// regexp.MustCompile of an invariant pattern can panic: reported, not
// fixed. (Constant patterns are allocs.compileloop's.)
func compileInLoop(lines []string, pattern string) int {
	c := 0
	for _, l := range lines {
		if regexp.MustCompile(pattern).MatchString(l) { // want `regexp.MustCompile\(pattern\) is called on every iteration`
			c++
		}
	}
	return c
}

// nope: a constant pattern is left to allocs.compileloop.
func compileConst(lines []string) int {
	c := 0
	for _, l := range lines {
		if regexp.MustCompile(`^a+$`).MatchString(l) {
			c++
		}
	}
	return c
}

// Results with two values are reported without a fix.
func atoiInLoop(s string, xs []int) int {
	t := 0
	for _, x := range xs {
		n, _ := strconv.Atoi(s) // want `strconv.Atoi\(s\) is called on every iteration`
		t += x * n
	}
	return t
}

// A same-package function proven read-only, that loops.
func sum(xs []int) int {
	t := 0
	for _, x := range xs {
		t += x
	}
	return t
}

func samePkgPure(xs, weights []int) int {
	t := 0
	for i := range xs {
		t += xs[i] * sum(weights) // want `sum\(weights\) is called on every iteration \(len\(xs\) times\) but its arguments and what it reads do not change in the loop, and it loops; hoist it`
	}
	return t
}

type inventory struct{ items []int }

// Items returns a copy so that callers cannot change the inventory.
func (v *inventory) Items() []int { return append([]int(nil), v.items...) }

// The loop condition calls a method that allocates.
func loopCond(v *inventory) int {
	t := 0
	for i := 0; i < len(v.Items()); i++ { // want `the loop condition calls v.Items\(\) on every iteration \(len\(v.Items\(\)\) times\) but its result does not change in the loop, and it allocates; compute it once before the loop: items := v.Items\(\)`
		t += i
	}
	return t
}

// A labeled loop: the declaration goes before the label.
func labeled(m map[string]int, xss [][]int) int {
	t := 0
outer:
	for _, xs := range xss {
		for _, x := range xs {
			if x < 0 {
				break outer
			}
		}
		t += m["k"] // want `m\["k"\] is a map lookup on every iteration \(len\(xss\) times\)`
	}
	return t
}

// Invariant in both loops: reported once, at the outer loop when it runs on
// every iteration of it.
func nested(m map[string]int, xss [][]int) int {
	t := 0
	for _, xs := range xss {
		t += m["a"] // want `m\["a"\] is a map lookup on every iteration \(len\(xss\) times\)`
		for _, x := range xs {
			t += x * m["b"] // want `m\["b"\] is a map lookup on every iteration \(len\(xs\) times\)`
		}
	}
	return t
}

func nothing() {}

// A call to a same-package function proven to write nothing does not block
// hoisting.
func pureEmptyCall(m map[string]int, xs []int) int {
	t := 0
	for _, x := range xs {
		nothing()
		t += x * m["z"] // want `m\["z"\] is a map lookup`
	}
	return t
}

// A call to a cheap read-only function (strings.HasPrefix) writes nothing,
// so the lookup stays invariant; the cheap call itself is not reported.
func cheapCallInLoop(m map[string]int, words []string) int {
	t := 0
	for _, w := range words {
		if strings.HasPrefix(w, "x") {
			t++
		}
		t += m["w"] // want `m\["w"\] is a map lookup`
	}
	return t
}

// Two occurrences of one lookup: one finding, one declaration, both
// replaced.
func twice(m map[string]int, xs []int) int {
	t := 0
	for _, x := range xs {
		t += x * m["q"] * m["q"] // want `m\["q"\] is a map lookup`
	}
	return t
}

// A second value with the same suggested name gets another name.
func sameName(m map[string]int, s struct{ m map[string]int }, xss [][]int) int {
	t := 0
	for _, xs := range xss {
		t += m["a"] // want `m\["a"\] is a map lookup`
		for _, x := range xs {
			t += x * s.m["a"] // want `s.m\["a"\] is a map lookup`
		}
	}
	return t
}

// nope for merging: the inner k is another variable, so m[k] twice is two
// different lookups (the inner one is constant-keyed and still invariant).
func shadowedKey(m map[string]int, k string, xs []int) int {
	t := 0
	for range xs {
		t += m[k] // want `m\[k\] is a map lookup`
		{
			k := "b"
			t += m[k] // want `m\[k\] is a map lookup`
		}
	}
	return t
}

// An interface key can panic when hashed (an uncomparable dynamic type):
// reported, not fixed, since the loop may run zero times.
func interfaceKey(m map[any]int, k any, xs []int) int {
	t := 0
	for _, x := range xs {
		t += x * m[k] // want `m\[k\] is a map lookup`
	}
	return t
}

// A for loop inside a goto retry loop: reported at the for loop, without a
// fix (the function has a goto).
func forInGoto(m map[string]int, k string, xs []int) int {
	t, tries := 0, 0
again:
	for _, x := range xs {
		t += x * m[k] // want `m\[k\] is a map lookup on every iteration \(len\(xs\) times\) but neither m nor k changes in the loop; hoist it: mK := m\[k\]`
	}
	if tries++; t < 0 && tries < 3 {
		goto again
	}
	return t
}

// A labeled loop that a goto also targets: reported, but no fix, since the
// declaration would go above the label and k changes before the goto.
func gotoLabeledLoop(m map[string]int, keys []string, xs []int) int {
	t, i := 0, 0
	k := keys[0]
again:
	for _, x := range xs {
		t += x * m[k] // want `m\[k\] is a map lookup on every iteration \(len\(xs\) times\) but neither m nor k changes in the loop; hoist it: mK := m\[k\]`
	}
	if i++; i < len(keys) {
		k = keys[i]
		goto again
	}
	return t
}

// A forward goto over the loop: no fix, the declaration would be jumped over.
func gotoOver(m map[string]int, k string, xs []int, skip bool) int {
	t := 0
	if skip {
		goto done
	}
	for _, x := range xs {
		t += x * m[k] // want `m\[k\] is a map lookup on every iteration \(len\(xs\) times\) but neither m nor k changes in the loop; hoist it: mK := m\[k\]`
	}
done:
	return t
}
