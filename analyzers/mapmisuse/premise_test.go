package mapmisuse_test

// Premise tests and benchmarks: each check's claim about cost, measured on
// the toolchain that runs the tests. The figures quoted in doc.go and in the
// diagnostics come from
//
//	go test -run 'Premise' -v ./analyzers/mapmisuse
//	go test -run '^$' -bench 'Premise' -count 10 ./analyzers/mapmisuse
//
// Tests here assert only what holds on every machine (allocation counts,
// memory ordering, lookup results); speed lives in the benchmarks.

import (
	"fmt"
	"math"
	"runtime"
	"strconv"
	"testing"
)

var (
	sinkInt  int
	sinkBool bool
)

func stringKeys(n int) []string {
	keys := make([]string, n)
	for i := range keys {
		keys[i] = "key-" + strconv.Itoa(i)
	}
	return keys
}

// doublelookup: a presence test followed by a read costs two hash lookups;
// the comma-ok form costs one.
func BenchmarkPremiseDoubleLookup(b *testing.B) {
	keys := stringKeys(1000)
	m := make(map[string]int, len(keys))
	for i, k := range keys {
		m[k] = i
	}
	b.Run("two", func(b *testing.B) {
		for i := 0; b.Loop(); i++ {
			k := keys[i%len(keys)]
			if _, ok := m[k]; ok {
				//hpvet:ignore mapmisuse.doublelookup the slow side of the premise benchmark
				sinkInt += m[k]
			}
		}
	})
	b.Run("one", func(b *testing.B) {
		for i := 0; b.Loop(); i++ {
			k := keys[i%len(keys)]
			if v, ok := m[k]; ok {
				sinkInt += v
			}
		}
	})
}

// doublelookup (read-modify-write): m[k] = m[k] + x does a lookup and an
// assign; m[k] += x does one assign.
func BenchmarkPremiseReadModifyWrite(b *testing.B) {
	keys := stringKeys(1000)
	m := make(map[string]int, len(keys))
	for _, k := range keys {
		m[k] = 0
	}
	b.Run("two", func(b *testing.B) {
		for i := 0; b.Loop(); i++ {
			k := keys[i%len(keys)]
			//hpvet:ignore mapmisuse.doublelookup the slow side of the premise benchmark
			m[k] = m[k] + 1
		}
	})
	b.Run("one", func(b *testing.B) {
		for i := 0; b.Loop(); i++ {
			k := keys[i%len(keys)]
			m[k] += 1
		}
	})
}

// heapPerEntry returns the heap bytes per entry retained by the map that fill
// builds with n entries.
func heapPerEntry[M any](n int, fill func(n int) M) float64 {
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	m := fill(n)
	runtime.GC()
	runtime.ReadMemStats(&after)
	runtime.KeepAlive(m)
	return float64(after.HeapAlloc-before.HeapAlloc) / float64(n)
}

func setSizes[K comparable](t *testing.T, name string, key func(i int) K) {
	const n = 1 << 16
	keys := make([]K, n)
	for i := range keys {
		keys[i] = key(i)
	}
	boolPer := heapPerEntry(n, func(n int) map[K]bool {
		m := make(map[K]bool)
		for _, k := range keys[:n] {
			m[k] = true
		}
		return m
	})
	structPer := heapPerEntry(n, func(n int) map[K]struct{} {
		m := make(map[K]struct{})
		for _, k := range keys[:n] {
			m[k] = struct{}{}
		}
		return m
	})
	t.Logf("%-8s map[K]bool %5.1f B/entry, map[K]struct{} %5.1f B/entry, saved %4.1f B/entry (%.0f%%)",
		name, boolPer, structPer, boolPer-structPer, 100*(boolPer-structPer)/boolPer)
	if structPer >= boolPer {
		t.Errorf("%s: map[K]struct{} (%.1f B/entry) is not smaller than map[K]bool (%.1f B/entry)", name, structPer, boolPer)
	}
}

// boolset: per-entry memory of map[K]bool and map[K]struct{}, measured with
// runtime.MemStats for the key types the message distinguishes. Keys of
// size 1 are left out: a bool beside a 1-byte key adds no padding.
func TestPremiseBoolSetMemory(t *testing.T) {
	setSizes(t, "int64", func(i int) int64 { return int64(i) })
	setSizes(t, "int32", func(i int) int32 { return int32(i) })
	setSizes(t, "string", func(i int) string { return strconv.Itoa(i) }) // key bytes are shared with keys, not counted
	setSizes(t, "pointer", func(i int) *int { return new(i) })
	setSizes(t, "[2]int64", func(i int) [2]int64 { return [2]int64{int64(i), 1} })
}

// denseintkey: a map keyed by 0..n-1 against a slice indexed the same way.
func BenchmarkPremiseDenseIntKey(b *testing.B) {
	const n = 1000
	m := make(map[int]int, n)
	s := make([]int, n)
	for i := range n {
		m[i] = i
		s[i] = i
	}
	b.Run("map", func(b *testing.B) {
		for i := 0; b.Loop(); i++ {
			sinkInt += m[i%n]
		}
	})
	b.Run("slice", func(b *testing.B) {
		for i := 0; b.Loop(); i++ {
			sinkInt += s[i%n]
		}
	})
}

// TestPremiseDenseIntKeyMemory: the memory side of denseintkey.
func TestPremiseDenseIntKeyMemory(t *testing.T) {
	const n = 1 << 16
	mapPer := heapPerEntry(n, func(n int) map[int]int {
		m := make(map[int]int)
		for i := range n {
			m[i] = i
		}
		return m
	})
	slicePer := heapPerEntry(n, func(n int) []int {
		s := make([]int, 0)
		for i := range n {
			s = append(s, i)
		}
		return s[:n:n]
	})
	t.Logf("map[int]int %.1f B/entry, []int %.1f B/entry", mapPer, slicePer)
	if slicePer >= mapPer {
		t.Errorf("[]int (%.1f B/entry) is not smaller than map[int]int (%.1f B/entry)", slicePer, mapPer)
	}
}

// rangelookup: scanning a map for one key against looking it up.
func BenchmarkPremiseRangeLookup(b *testing.B) {
	for _, n := range []int{10, 1000} {
		keys := stringKeys(n)
		m := make(map[string]int, n)
		for i, k := range keys {
			m[k] = i
		}
		b.Run(fmt.Sprintf("range/n=%d", n), func(b *testing.B) {
			for i := 0; b.Loop(); i++ {
				x := keys[i%n]
				//hpvet:ignore mapmisuse.rangelookup the slow side of the premise benchmark
				for k, v := range m {
					if k == x {
						sinkInt += v
						break
					}
				}
			}
		})
		b.Run(fmt.Sprintf("lookup/n=%d", n), func(b *testing.B) {
			for i := 0; b.Loop(); i++ {
				x := keys[i%n]
				if v, ok := m[x]; ok {
					sinkInt += v
				}
			}
		})
	}
}

type point struct{ x, y int }

// pointerkey: a key built with &T{...} is a fresh address, so the lookup
// cannot find an entry stored under an equal-looking key. This is the bug
// the check reports; the value-keyed map finds it.
func TestPremisePointerKeyNeverHits(t *testing.T) {
	byPtr := map[*point]bool{&point{1, 1}: true}
	if byPtr[&point{1, 1}] {
		t.Error("lookup with a fresh &point{1, 1} found an entry; pointer keys should compare by address")
	}
	byVal := map[point]bool{{1, 1}: true}
	if !byVal[point{1, 1}] {
		t.Error("lookup with point{1, 1} missed in a value-keyed map")
	}
}

// rangedelete: for reflexive key types (everything but floats, complex
// numbers, interfaces and aggregates of them) the compiler already turns
// `for k := range m { delete(m, k) }` into one runtime.mapclear call, the
// same as clear(m), so the check does not report them. For float and
// interface keys the loop stays a loop (one mapdelete per entry) and, for NaN
// keys, does not even empty the map. The helpers are out of line because the
// b.Loop body rewrite in Go 1.26 keeps the loop from matching the idiom.

//go:noinline
func rangeDeleteString(m map[string]int) {
	for k := range m {
		delete(m, k)
	}
}

//go:noinline
func clearString(m map[string]int) { clear(m) }

//go:noinline
func rangeDeleteFloat(m map[float64]int) {
	for k := range m {
		delete(m, k)
	}
}

//go:noinline
func clearFloat(m map[float64]int) { clear(m) }

func BenchmarkPremiseRangeDelete(b *testing.B) {
	const n = 1000
	ms := make(map[string]int, n)
	mf := make(map[float64]int, n)
	keys := stringKeys(n)
	fillS := func() {
		for i, k := range keys {
			ms[k] = i
		}
	}
	fillF := func() {
		for i := range n {
			mf[float64(i)] = i
		}
	}
	b.Run("string/rangedelete", func(b *testing.B) {
		for b.Loop() {
			fillS()
			rangeDeleteString(ms)
		}
	})
	b.Run("string/clear", func(b *testing.B) {
		for b.Loop() {
			fillS()
			clearString(ms)
		}
	})
	b.Run("float64/rangedelete", func(b *testing.B) {
		for b.Loop() {
			fillF()
			rangeDeleteFloat(mf)
		}
	})
	b.Run("float64/clear", func(b *testing.B) {
		for b.Loop() {
			fillF()
			clearFloat(mf)
		}
	})
}

func TestPremiseRangeDeleteNaN(t *testing.T) {
	m := map[float64]int{math.NaN(): 1, 1: 2}
	rangeDeleteFloat(m)
	if len(m) != 1 {
		t.Errorf("range-delete left %d entries, want the 1 NaN entry it cannot delete", len(m))
	}
	clearFloat(m)
	if len(m) != 0 {
		t.Errorf("clear left %d entries, want 0", len(m))
	}
}

// concatkey: keys built per lookup. Go 1.26 concatenates a key that does not
// escape into a 32-byte stack buffer, so a lookup with a short concatenated
// key does not allocate; a longer key, any key stored by assignment, and any
// fmt.Sprint key do. A struct key never allocates.
func TestPremiseConcatKeyAllocs(t *testing.T) {
	type pair struct{ a, b string }
	byStr := map[string]int{"alpha:beta": 1}
	byPair := map[pair]int{{"alpha", "beta"}: 1}
	a, b := "alpha", "beta"
	long := "a-rather-long-first-component-of-the-key"
	cases := []struct {
		name string
		want float64
		f    func()
	}{
		{"lookup a+\":\"+b (short)", 0, func() { sinkInt += byStr[a+":"+b] }},
		{"lookup a+\":\"+b (>32 bytes)", 1, func() { sinkInt += byStr[long+":"+b] }},
		{"store a+\":\"+b", 1, func() { byStr[a+":"+b] = 2 }},
		{"lookup fmt.Sprint(a, b)", 1, func() { sinkInt += byStr[fmt.Sprint(a, ":", b)] }},
		{"lookup fmt.Sprintf", 1, func() { sinkInt += byStr[fmt.Sprintf("%s:%s", a, b)] }},
		{"lookup struct key", 0, func() { sinkInt += byPair[pair{a, b}] }},
		{"store struct key", 0, func() { byPair[pair{a, b}] = 2 }},
	}
	for _, c := range cases {
		got := testing.AllocsPerRun(1000, c.f)
		t.Logf("%-30s %.0f allocs/op", c.name, got)
		if (c.want == 0) != (got == 0) {
			t.Errorf("%s: %.0f allocs/op, want %s", c.name, got, map[bool]string{true: "0", false: ">= 1"}[c.want == 0])
		}
	}
}

func BenchmarkPremiseConcatKey(b *testing.B) {
	type pair struct{ a, b string }
	as, bs := stringKeys(100), stringKeys(10)
	byStr := make(map[string]int)
	byPair := make(map[pair]int)
	for _, a := range as {
		for _, b := range bs {
			byStr[a+":"+b] = 1
			byPair[pair{a, b}] = 1
		}
	}
	b.Run("sprintf", func(b *testing.B) {
		for i := 0; b.Loop(); i++ {
			//hpvet:ignore mapmisuse.concatkey the slow side of the premise benchmark
			sinkInt += byStr[fmt.Sprintf("%s:%s", as[i%100], bs[i%10])]
		}
	})
	b.Run("concat", func(b *testing.B) {
		for i := 0; b.Loop(); i++ {
			sinkInt += byStr[as[i%100]+":"+bs[i%10]]
		}
	})
	b.Run("struct", func(b *testing.B) {
		for i := 0; b.Loop(); i++ {
			sinkInt += byPair[pair{as[i%100], bs[i%10]}]
		}
	})
}
