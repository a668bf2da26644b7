//go:build amd64 && !purego

package julia

import (
	"fmt"
	"slices"
	"strings"
	"testing"
)

// fullLayout lays out pixels for TestRoundsFull, given the round driver's
// sizes (chunk == queue): "e" escapes in the first speculative round, "i"
// never escapes, "0" escapes at once. The first chunk survives whole and
// fills the queue, whose speculative round leaves rerunAt-1 escapees
// pending (one short of a re-run); the next chunk leaves the queue one
// short of full; the one after tops it up to queue+chunk-1, the most it
// holds, and all of those escape in one round, so the re-run batch reaches
// rerunAt-1 plus a whole queue, the most it holds.
func fullLayout(chunk, queue, rerunAt int) string {
	if chunk != queue {
		panic("fullLayout assumes chunk == queue")
	}
	b := make([]byte, 0, 3*chunk+5)
	b = append(b, slices.Repeat([]byte("e"), rerunAt-1)...)
	b = append(b, slices.Repeat([]byte("i"), chunk-(rerunAt-1))...)
	b = append(b, slices.Repeat([]byte("e"), chunk-1)...)
	b = append(b, '0')
	b = append(b, slices.Repeat([]byte("e"), chunk)...)
	return string(append(b, "ie0ie"...))
}

// TestRoundsFull drives each round driver's queue and re-run batch to the
// most they hold, for both types, with caps around the escapes.
func TestRoundsFull(t *testing.T) {
	zr, zi, _, _ := BookGrid()
	zr32, zi32 := To32(zr), To32(zi)
	book64, book32 := make([]int32, len(zr)), make([]int32, len(zr))
	escapeGeneric64(book64, zr, zi, BookCR, BookCI, BookMaxIter)
	escapeGeneric32(book32, zr32, zi32, BookCR, BookCI, BookMaxIter)
	// A pixel of the book's grid with each count the layout needs: 20
	// escapes in the first speculative round (16 to 31).
	pick := func(counts []int32) map[byte]int {
		return map[byte]int{'e': slices.Index(counts, 20), 'i': slices.Index(counts, BookMaxIter), '0': slices.Index(counts, 0)}
	}
	p64, p32 := pick(book64), pick(book32)
	for _, m := range []map[byte]int{p64, p32} {
		for k, i := range m {
			if i < 0 {
				t.Fatalf("the book's grid has no pixel for %q", k)
			}
		}
	}
	for _, maxIter := range []int{19, 20, 21, BookMaxIter} {
		t.Run(fmt.Sprint("float64/maxIter=", maxIter), func(t *testing.T) {
			checkFull(t, variants64(), escapeGeneric64, fullLayout(roundChunk64, roundQueue64, roundRerunAt64), zr, zi, p64, maxIter)
		})
		t.Run(fmt.Sprint("float32/maxIter=", maxIter), func(t *testing.T) {
			checkFull(t, variants32(), escapeGeneric32, fullLayout(roundChunk32, roundQueue32, roundRerunAt32), zr32, zi32, p32, maxIter)
		})
	}
}

// checkFull runs the round driver on layout, each pixel taken from the
// grid (zr, zi) at the index pick gives for its letter, with the book's c,
// against the reference.
func checkFull[T float32 | float64](t *testing.T, variants map[string]func([]int32, []T, []T, T, T, int), ref func([]int32, []T, []T, T, T, int), layout string, zr, zi []T, pick map[byte]int, maxIter int) {
	xs, ys := make([]T, len(layout)), make([]T, len(layout))
	for j := range layout {
		xs[j], ys[j] = zr[pick[layout[j]]], zi[pick[layout[j]]]
	}
	want := make([]int32, len(layout))
	ref(want, xs, ys, BookCR, BookCI, maxIter)
	ran := 0
	for name, fn := range variants {
		if !strings.HasSuffix(name, "-rounds") {
			continue
		}
		got, check := guarded(len(layout), 2)
		fn(got, xs, ys, BookCR, BookCI, maxIter)
		if err := check(); err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if i := firstDiff(got, want); i >= 0 {
			t.Fatalf("%s: pixel %d (%c): %d iterations, reference %d", name, i, layout[i], got[i], want[i])
		}
		ran++
	}
	if ran == 0 {
		t.Skip("no round driver here (no AVX2)")
	}
}
