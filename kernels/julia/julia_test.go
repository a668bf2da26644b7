package julia

import (
	"fmt"
	"math"
	"math/rand/v2"
	"os"
	"runtime"
	"slices"
	"strings"
	"testing"

	"github.com/hpgo/hpgo/asmgen/julia/juliaasm"
)

// EnvRequire lists ISAs (comma-separated) whose kernels must be tested: with
// it set, a CPU or build that cannot run one fails instead of skipping.
const EnvRequire = "HPGO_JULIA_REQUIRE"

// asmVariants returns the variants to test, by name; a variant the CPU (or
// the purego build) lacks is skipped, or fails when EnvRequire names it.
func checkRequired(t *testing.T, have map[string]bool) {
	t.Helper()
	for _, isa := range juliaasm.ISAs {
		if have[isa] {
			continue
		}
		if slices.Contains(strings.Split(os.Getenv(EnvRequire), ","), isa) {
			t.Errorf("%s kernel required by %s but not available (CPU or build tags)", isa, EnvRequire)
		} else {
			t.Logf("%s kernel not available here: not tested", isa)
		}
	}
}

func TestRequiredISAsRun(t *testing.T) {
	have := map[string]bool{}
	for name := range variants64() {
		have[name] = true
	}
	checkRequired(t, have)
	if !have["generic"] {
		t.Error("generic variant missing")
	}
}

func bookCounts64(t testing.TB, fn func([]int32, []float64, []float64, float64, float64, int)) []int32 {
	zr, zi, _, _ := BookGrid()
	out := make([]int32, len(zr))
	fn(out, zr, zi, BookCR, BookCI, BookMaxIter)
	return out
}

func sum(xs []int32) int {
	s := 0
	for _, x := range xs {
		s += int(x)
	}
	return s
}

func TestBookGrid(t *testing.T) {
	zr, zi, w, h := BookGrid()
	if w != 1000 || h != 1000 || len(zr) != 1e6 || len(zi) != 1e6 {
		t.Fatalf("book grid is %dx%d (%d, %d points), want 1000x1000", w, h, len(zr), len(zi))
	}
}

func TestBookFloat64(t *testing.T) {
	want := bookCounts64(t, escapeGeneric64)
	if s := sum(want); s != BookSum {
		t.Fatalf("generic: sum %d, want %d", s, BookSum)
	}
	for name, fn := range variants64() {
		got := bookCounts64(t, fn)
		for i := range got {
			if got[i] != want[i] {
				t.Fatalf("%s: pixel %d: %d iterations, reference %d", name, i, got[i], want[i])
			}
		}
		if s := sum(got); s != BookSum {
			t.Errorf("%s: sum %d, want %d", name, s, BookSum)
		}
	}
	got := make([]int32, 1e6)
	zr, zi, w, _ := BookGrid()
	EscapeParallel64(got, zr, zi, BookCR, BookCI, BookMaxIter, w)
	if !slices.Equal(got, want) {
		t.Error("EscapeParallel64 differs from the reference")
	}
}

// TestBookFloat32 checks every float32 variant against the float32
// reference pixel for pixel, and the documented distance from float64.
func TestBookFloat32(t *testing.T) {
	zr, zi, w, _ := BookGrid()
	zr32, zi32 := To32(zr), To32(zi)
	want := make([]int32, len(zr))
	escapeGeneric32(want, zr32, zi32, BookCR, BookCI, BookMaxIter)
	for name, fn := range variants32() {
		got := make([]int32, len(zr))
		fn(got, zr32, zi32, BookCR, BookCI, BookMaxIter)
		for i := range got {
			if got[i] != want[i] {
				t.Fatalf("%s: pixel %d: %d iterations, reference %d", name, i, got[i], want[i])
			}
		}
	}
	got := make([]int32, len(zr))
	EscapeParallel32(got, zr32, zi32, BookCR, BookCI, BookMaxIter, w)
	if !slices.Equal(got, want) {
		t.Error("EscapeParallel32 differs from the float32 reference")
	}
	f64 := bookCounts64(t, escapeGeneric64)
	diff := 0
	for i := range f64 {
		if f64[i] != want[i] {
			diff++
		}
	}
	s32 := sum(want)
	t.Logf("float32: %d of %d pixels differ from float64; sum %d vs %d", diff, len(want), s32, BookSum)
	if diff > len(want)/1000 || math.Abs(float64(s32-BookSum)) > BookSum*1e-5 {
		t.Errorf("float32 drifted from float64: %d pixels differ (bound %d), sum %d vs %d (bound 0.001%%)", diff, len(want)/1000, s32, BookSum)
	}
}

// special values every kernel must treat like the reference: NaN and ±Inf
// escape at once (the test |z|² < 4 is false); huge values overflow to Inf.
var special = []float64{math.NaN(), math.Inf(1), math.Inf(-1), 0, math.Copysign(0, -1), 2, -2, 1e300, -1e300, 5e-324, 1.9999999999999998}

func randomInput(r *rand.Rand, n int) (zr, zi []float64) {
	zr, zi = make([]float64, n), make([]float64, n)
	for i := range n {
		if r.IntN(8) == 0 {
			zr[i] = special[r.IntN(len(special))]
		} else {
			zr[i] = r.Float64()*4 - 2
		}
		if r.IntN(8) == 0 {
			zi[i] = special[r.IntN(len(special))]
		} else {
			zi[i] = r.Float64()*4 - 2
		}
	}
	return zr, zi
}

// guard is a sentinel around the output buffer: a kernel that writes out of
// bounds changes it.
const guard = int32(-0x5a5a5a5a)

// guarded returns a slice of n counts at offset off in a buffer whose other
// elements are guard, and a check that they still are.
func guarded(n, off int) ([]int32, func() error) {
	buf := make([]int32, n+off+16)
	for i := range buf {
		buf[i] = guard
	}
	check := func() error {
		for i, v := range buf {
			if (i < off || i >= off+n) && v != guard {
				return fmt.Errorf("write out of bounds at %d (relative %d)", i, i-off)
			}
		}
		return nil
	}
	return buf[off : off+n : off+n], check
}

func TestRandom64(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	for name, fn := range variants64() {
		for n := 0; n <= 100; n++ {
			for _, maxIter := range []int{1, 2, 3, 7, 50, 300} {
				off := r.IntN(3) // unaligned
				zr, zi := randomInput(r, n+off)
				zr, zi = zr[off:], zi[off:]
				cr, ci := r.Float64()*2-1, r.Float64()*2-1
				if n%10 == 0 {
					cr, ci = special[r.IntN(len(special))], special[r.IntN(len(special))]
				}
				want := make([]int32, n)
				escapeGeneric64(want, zr, zi, cr, ci, maxIter)
				zr0, zi0 := slices.Clone(zr), slices.Clone(zi)
				got, check := guarded(n, off)
				if n > 0 {
					fn(got, zr, zi, cr, ci, maxIter)
				}
				if err := check(); err != nil {
					t.Fatalf("%s n=%d maxIter=%d: %v", name, n, maxIter, err)
				}
				if !slices.Equal(got, want) {
					t.Fatalf("%s n=%d maxIter=%d c=(%v,%v):\n got %v\nwant %v\nzr %v\nzi %v", name, n, maxIter, cr, ci, got, want, zr, zi)
				}
				if !slices.Equal(zr, zr0) && !hasNaN(zr) || !slices.Equal(zi, zi0) && !hasNaN(zi) {
					t.Fatalf("%s modified its input", name)
				}
			}
		}
	}
}

func hasNaN(xs []float64) bool { return slices.ContainsFunc(xs, math.IsNaN) }

func TestRandom32(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 4))
	for name, fn := range variants32() {
		for n := 0; n <= 100; n++ {
			maxIters := []int{1, 2, 5, 300}
			if n <= 40 || n%10 == 0 {
				maxIters = append(maxIters, 65535, 65536) // the AVX-512 kernel's two bodies
			}
			for _, maxIter := range maxIters {
				off := r.IntN(5)
				zr64, zi64 := randomInput(r, n+off)
				zr, zi := To32(zr64)[off:], To32(zi64)[off:]
				cr, ci := float32(r.Float64()*2-1), float32(r.Float64()*2-1)
				want := make([]int32, n)
				escapeGeneric32(want, zr, zi, cr, ci, maxIter)
				got, check := guarded(n, off)
				if n > 0 {
					fn(got, zr, zi, cr, ci, maxIter)
				}
				if err := check(); err != nil {
					t.Fatalf("%s n=%d maxIter=%d: %v", name, n, maxIter, err)
				}
				if !slices.Equal(got, want) {
					t.Fatalf("%s n=%d maxIter=%d:\n got %v\nwant %v", name, n, maxIter, got, want)
				}
			}
		}
	}
}

// TestLongRuns32 is TestLongRuns for float32 around the limits of the
// AVX-512 kernel's 16-bit counts: maxIter up to 65535 keeps them, above
// uses int32. With c = 0, most lanes run to the cap. With c two float32
// steps above 1/4, orbits crawl through the bottleneck near z = 1/2 and
// escape after 10 to 60 thousand iterations, so lanes are refilled while
// old ones run on: lanes with counts under and over 32768 are active
// together when the cap is first checked (a signed 16-bit compare retires
// the young ones early).
func TestLongRuns32(t *testing.T) {
	r := rand.New(rand.NewPCG(7, 8))
	slowC := float64(math.Nextafter32(math.Nextafter32(0.25, 1), 1))
	for name, fn := range variants32() {
		if name == "generic" {
			continue
		}
		for _, tc := range []struct {
			n          int
			cr, spread float64 // c, and starting points in [-spread, spread]²
		}{{17, 0, 0.8}, {100, 0, 0.8}, {300, slowC, 0.6}} {
			zr, zi := make([]float32, tc.n), make([]float32, tc.n)
			for i := range tc.n {
				zr[i], zi[i] = float32((r.Float64()*2-1)*tc.spread), float32((r.Float64()*2-1)*tc.spread)
			}
			for _, maxIter := range []int{300, 32767, 32768, 50000, 65535, 65536, 70000} {
				want, got := make([]int32, tc.n), make([]int32, tc.n)
				escapeGeneric32(want, zr, zi, float32(tc.cr), 0, maxIter)
				fn(got, zr, zi, float32(tc.cr), 0, maxIter)
				if !slices.Equal(got, want) {
					t.Fatalf("%s n=%d c=%v maxIter=%d: counts differ\n got %v\nwant %v", name, tc.n, tc.cr, maxIter, got, want)
				}
				if maxIter > 32768 && tc.cr == 0 && !slices.Contains(got, int32(maxIter)) {
					t.Fatalf("n=%d maxIter=%d: no lane ran to the cap", tc.n, maxIter)
				}
			}
			if tc.cr == slowC {
				want := make([]int32, tc.n)
				escapeGeneric32(want, zr, zi, float32(tc.cr), 0, 70000)
				slow := 0
				for _, v := range want {
					if v > 10000 && v < 60000 {
						slow++
					}
				}
				if slow < tc.n/2 {
					t.Fatalf("only %d of %d points escape slowly; the test no longer mixes old and young lanes", slow, tc.n)
				}
			}
		}
	}
}

// TestLongRuns covers lanes that stay active for many blocks and a cap
// reached by most lanes at once: the interior of the set with c = 0.
func TestLongRuns(t *testing.T) {
	r := rand.New(rand.NewPCG(5, 6))
	for name, fn := range variants64() {
		for _, n := range []int{1, 31, 33, 64, 65, 1000} {
			zr, zi := make([]float64, n), make([]float64, n)
			for i := range n {
				zr[i], zi[i] = r.Float64()*1.2-0.6, r.Float64()*1.2-0.6
			}
			for _, maxIter := range []int{1000, 5000} {
				want, got := make([]int32, n), make([]int32, n)
				escapeGeneric64(want, zr, zi, 0, 0, maxIter)
				fn(got, zr, zi, 0, 0, maxIter)
				if !slices.Equal(got, want) {
					t.Fatalf("%s n=%d maxIter=%d: counts differ", name, n, maxIter)
				}
			}
		}
	}
}

func TestFMA32(t *testing.T) {
	// x*y + z = 1 + 2⁻²³ + 2⁻²⁴ - 2⁻⁷⁰ exactly: just below the tie between
	// 1+2⁻²³ (odd) and 1+2⁻²² (even), so one rounding gives 1+2⁻²³. Rounded
	// to float64 first, the 2⁻⁷⁰ is lost and the tie goes to even.
	x, y, z := float32(1+0x1p-23), float32(0x1p-24-0x1p-47), float32(1+0x1p-23)
	if naive := float32(math.FMA(float64(x), float64(y), float64(z))); naive != 1+0x1p-22 {
		t.Errorf("premise: float32(math.FMA(...)) = %v, expected the double-rounded 1+2⁻²²", naive)
	}
	if got, want := fma32(x, y, z), float32(1+0x1p-23); got != want {
		t.Errorf("fma32 = %v, want %v", got, want)
	}
	for _, c := range [][4]float32{{2, 3, 4, 10}, {-1.5, 2, 0.25, -2.75}, {0, 5, -0.0, 0}} {
		if got := fma32(c[0], c[1], c[2]); got != c[3] {
			t.Errorf("fma32(%v, %v, %v) = %v, want %v", c[0], c[1], c[2], got, c[3])
		}
	}
	if v := fma32(float32(math.Inf(1)), 0, 1); !math.IsNaN(float64(v)) {
		t.Errorf("fma32(Inf, 0, 1) = %v, want NaN", v)
	}
}

func TestChooseISA(t *testing.T) {
	all := []string{"avx512", "avx2", "generic"}
	for _, c := range []struct {
		env       string
		supported []string
		want      string
	}{
		{"", all, "avx512"},
		{"avx512", all, "avx512"},
		{"avx2", all, "avx2"},
		{"generic", all, "generic"},
		{"sse9", all, "generic"},
		{"avx512", []string{"avx2", "generic"}, "avx2"},
		{"avx2", []string{"generic"}, "generic"},
	} {
		t.Setenv("HPGO_JULIA_ISA", c.env) // "" (set but empty) counts as unset
		if got := chooseISA(c.supported); got != c.want {
			t.Errorf("%s=%q supported %v: chose %s, want %s", "HPGO_JULIA_ISA", c.env, c.supported, got, c.want)
		}
	}
}

// TestImpl checks the choice made at start-up, under whatever
// HPGO_JULIA_ISA the test run was given (make test runs each value).
func TestImpl(t *testing.T) {
	if !slices.Contains(supportedISAs(), Impl()) {
		t.Errorf("Impl() = %q is not among supported %v", Impl(), supportedISAs())
	}
	env := os.Getenv("HPGO_JULIA_ISA")
	if env == "" && Impl() != supportedISAs()[0] {
		t.Errorf("no cap set but Impl() = %s, best supported is %s", Impl(), supportedISAs()[0])
	}
	if env != "" && slices.Contains(supportedISAs(), env) && Impl() != env {
		t.Errorf("HPGO_JULIA_ISA=%s but Impl() = %s", env, Impl())
	}
	t.Logf("Impl() = %s (supported %v, HPGO_JULIA_ISA=%q)", Impl(), supportedISAs(), env)
}

func TestPanics(t *testing.T) {
	mustPanic := func(name string, f func()) {
		t.Helper()
		defer func() {
			if recover() == nil {
				t.Errorf("%s: no panic", name)
			}
		}()
		f()
	}
	a, b := make([]float64, 4), make([]float64, 3)
	c := make([]int32, 4)
	mustPanic("lengths", func() { Escape64(c, a, b, 0, 0, 10) })
	mustPanic("negative maxIter", func() { Escape64(c, a, a, 0, 0, -1) })
	huge := math.MaxInt32
	huge++ // overflows to negative where int is 32 bits: still out of range
	mustPanic("huge maxIter", func() { Escape64(c, a, a, 0, 0, huge) })
	mustPanic("width", func() { EscapeParallel64(c, a, a, 0, 0, 10, 0) })
	c[0] = 7
	Escape64(c, a, a, 0, 0, 0)
	if c[0] != 0 {
		t.Error("maxIter 0 left a count")
	}
}

func TestParallelShapes(t *testing.T) {
	r := rand.New(rand.NewPCG(7, 8))
	defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(0))
	for _, procs := range []int{1, 2, 5} {
		runtime.GOMAXPROCS(procs)
		for _, shape := range [][2]int{{1, 1}, {7, 13}, {100, 3}, {3, 100}, {64, 64}} {
			w, h := shape[0], shape[1]
			zr, zi := randomInput(r, w*h)
			want, got := make([]int32, w*h), make([]int32, w*h)
			Escape64(want, zr, zi, BookCR, BookCI, 100)
			EscapeParallel64(got, zr, zi, BookCR, BookCI, 100, w)
			if !slices.Equal(got, want) {
				t.Fatalf("GOMAXPROCS=%d %dx%d: parallel differs", procs, w, h)
			}
			// a width that does not divide the length: last row short
			EscapeParallel64(got[:w*h-1], zr[:w*h-1], zi[:w*h-1], BookCR, BookCI, 100, w)
			if !slices.Equal(got[:w*h-1], want[:w*h-1]) {
				t.Fatalf("GOMAXPROCS=%d %dx%d short last row: parallel differs", procs, w, h)
			}
		}
	}
}

func TestNoAllocs(t *testing.T) {
	const n = 5000 // above roundsMin: the round drivers' stack scratch
	zr, zi := randomInput(rand.New(rand.NewPCG(9, 9)), n)
	out := make([]int32, n)
	zr32, zi32, out32 := To32(zr), To32(zi), make([]int32, n)
	if a := testing.AllocsPerRun(20, func() { Escape64(out, zr, zi, BookCR, BookCI, 50) }); a != 0 {
		t.Errorf("Escape64 allocates %v times per call", a)
	}
	if a := testing.AllocsPerRun(20, func() { Escape32(out32, zr32, zi32, BookCR, BookCI, 50) }); a != 0 {
		t.Errorf("Escape32 allocates %v times per call", a)
	}
}

// roundsCases are the shapes TestRounds runs: lengths around the
// round driver's chunk, queue and dispatch sizes (1024, 2048, 4096), values
// of c for which it speculates (|cr|+|ci| <= 1.5) and for which it must not,
// and caps around its first round (16 iterations).
var roundsCases = struct {
	ns       []int
	cs       [][2]float64
	maxIters []int
}{
	ns: []int{1, 33, 1023, 1025, 2047, 2049, 4095, 4096, 9000},
	cs: [][2]float64{
		{BookCR, BookCI},
		{0.3, 0.5},
		{1, 0.5},     // the edge of speculation, |cr|+|ci| = 1.5
		{-0.8, 0.16}, // long escapes near the boundary of the set
		// |c| > 2, where the driver must not speculate (random points
		// rarely show why; TestRoundsNoSpeculation does).
		{-2.5, 0},
		{math.NaN(), 0},
	},
	maxIters: []int{1, 15, 16, 17, 40, 300, 1000},
}

// roundsInput returns n points, mostly in [-1.8, 1.8]² like the book's
// grid (so many survive the first rounds), with a few special values.
func roundsInput(r *rand.Rand, n int) (zr, zi []float64) {
	zr, zi = make([]float64, n), make([]float64, n)
	for i := range n {
		zr[i], zi[i] = r.Float64()*3.6-1.8, r.Float64()*3.6-1.8
		if r.IntN(64) == 0 {
			zr[i] = special[r.IntN(len(special))]
		}
	}
	return zr, zi
}

// TestRounds checks every variant, and so the round drivers, on
// inputs large enough to fill its queue and re-run batches many times.
func TestRounds(t *testing.T) {
	r := rand.New(rand.NewPCG(11, 12))
	for _, n := range roundsCases.ns {
		zr, zi := roundsInput(r, n)
		zr32, zi32 := To32(zr), To32(zi)
		for _, c := range roundsCases.cs {
			for _, maxIter := range roundsCases.maxIters {
				if n > 4096 && maxIter < 300 {
					continue // keep the test short; small caps are covered by smaller n
				}
				want := make([]int32, n)
				escapeGeneric64(want, zr, zi, c[0], c[1], maxIter)
				for name, fn := range variants64() {
					got, check := guarded(n, 1)
					fn(got, zr, zi, c[0], c[1], maxIter)
					if err := check(); err != nil {
						t.Fatalf("%s n=%d c=%v maxIter=%d: %v", name, n, c, maxIter, err)
					}
					if i := firstDiff(got, want); i >= 0 {
						t.Fatalf("%s n=%d c=%v maxIter=%d: pixel %d (z = %v, %v): %d iterations, reference %d", name, n, c, maxIter, i, zr[i], zi[i], got[i], want[i])
					}
				}
				cr32, ci32 := float32(c[0]), float32(c[1])
				escapeGeneric32(want, zr32, zi32, cr32, ci32, maxIter)
				for name, fn := range variants32() {
					got, check := guarded(n, 3)
					fn(got, zr32, zi32, cr32, ci32, maxIter)
					if err := check(); err != nil {
						t.Fatalf("%s float32 n=%d c=%v maxIter=%d: %v", name, n, c, maxIter, err)
					}
					if i := firstDiff(got, want); i >= 0 {
						t.Fatalf("%s float32 n=%d c=%v maxIter=%d: pixel %d (z = %v, %v): %d iterations, reference %d", name, n, c, maxIter, i, zr32[i], zi32[i], got[i], want[i])
					}
				}
			}
		}
	}
}

// firstDiff is the first index where a and b differ, or -1.
func firstDiff(a, b []int32) int {
	for i := range a {
		if a[i] != b[i] {
			return i
		}
	}
	return -1
}

// TestRoundsNoSpeculation covers the round drivers' guard: with
// |c| > 2 an escaped orbit can come back inside, so rounds without an
// escape test inside would take escaped pixels for survivors. Points near
// the repelling fixed point (1-√11)/2 of z² - 2.5 stay inside for 10 to 60
// iterations and then leave, some of them through |z| = 2.1 and back to
// 1.91. With the guard removed, this test fails for both types (checked).
func TestRoundsNoSpeculation(t *testing.T) {
	const n = 8192
	fix := (1 - math.Sqrt(11)) / 2
	zr, zi := make([]float64, n), make([]float64, n)
	for i := range n {
		d := math.Pow(10, -15+14*float64(i)/n)
		if i%2 == 1 {
			d = -d
		}
		zr[i] = fix + d
		if i%4 >= 2 {
			zi[i] = d / 3
		}
	}
	zr32, zi32 := To32(zr), To32(zi)
	want, want32 := make([]int32, n), make([]int32, n)
	escapeGeneric64(want, zr, zi, -2.5, 0, 300)
	escapeGeneric32(want32, zr32, zi32, -2.5, 0, 300)
	for name, fn := range variants64() {
		got := make([]int32, n)
		fn(got, zr, zi, -2.5, 0, 300)
		if i := firstDiff(got, want); i >= 0 {
			t.Errorf("%s: pixel %d: %d iterations, reference %d", name, i, got[i], want[i])
		}
	}
	for name, fn := range variants32() {
		got := make([]int32, n)
		fn(got, zr32, zi32, -2.5, 0, 300)
		if i := firstDiff(got, want32); i >= 0 {
			t.Errorf("%s float32: pixel %d: %d iterations, reference %d", name, i, got[i], want32[i])
		}
	}
}
