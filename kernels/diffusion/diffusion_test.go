package diffusion

import (
	"fmt"
	"math"
	"math/rand/v2"
	"os"
	"testing"
)

// paths returns the instruction-set levels this machine can run, each
// with a function that makes it current for the rest of the (sub)test.
// HPGO_DIFFUSION_TEST_REQUIRE=avx512 (or avx2) fails instead of silently
// skipping a level the CI machine should have.
func paths(t *testing.T) []isa {
	t.Helper()
	best := cpuISA()
	if req := os.Getenv("HPGO_DIFFUSION_TEST_REQUIRE"); req != "" {
		want, err := capISA(isaAVX512, req)
		if err != nil {
			t.Fatal(err)
		}
		if best < want {
			t.Fatalf("HPGO_DIFFUSION_TEST_REQUIRE=%s but this build/CPU offers only %s", req, best)
		}
	}
	var ls []isa
	for l := isaGeneric; l <= best; l++ {
		ls = append(ls, l)
	}
	return ls
}

func useISA(t *testing.T, l isa) {
	old := level
	level = l
	t.Cleanup(func() { level = old })
}

const guard = 37 // guard cells on each side of every buffer

// guarded returns a buffer of size elements with guard cells either side
// set to NaN (a read of one poisons the result) and the body.
func guarded[T Float](size int) (all, body []T) {
	all = make([]T, size+2*guard)
	for i := range all {
		all[i] = T(math.NaN())
	}
	return all, all[guard : guard+size : guard+size]
}

func checkGuards[T Float](t *testing.T, what string, all []T, size int) {
	t.Helper()
	for i := range guard {
		if !isNaN(all[i]) || !isNaN(all[guard+size+i]) {
			t.Fatalf("%s: guard cell written", what)
		}
	}
}

func isNaN[T Float](x T) bool { return x != x }

func randomGrid[T Float](r *rand.Rand, g []T) {
	for i := range g {
		g[i] = T(r.Float64())
	}
}

func bitsEqual[T Float](a, b T) bool {
	return math.Float64bits(float64(a)) == math.Float64bits(float64(b)) || isNaN(a) && isNaN(b)
}

// close reports whether got is within rel of want, scaled by the grid's
// largest magnitude (FMA changes one rounding of a term that size).
func closeTo[T Float](got, want T, scale, rel float64) bool {
	return math.Abs(float64(got)-float64(want)) <= rel*scale
}

func relTol[T Float]() float64 {
	var z T
	if _, ok := any(z).(float32); ok {
		return 2e-7
	}
	return 1e-15
}

type pathCase struct {
	name  string
	l     isa
	exact bool
}

func pathCases(t *testing.T) []pathCase {
	var cs []pathCase
	for _, l := range paths(t) {
		for _, exact := range []bool{true, false} {
			cs = append(cs, pathCase{fmt.Sprintf("%s/exact=%v", l, exact), l, exact})
		}
	}
	return cs
}

// shapes returns every n x m up to limit when all is set (and not
// -short), otherwise a spread including the small sides, primes and every
// vector-width edge (multiples of 4, 8 and 16, plus or minus one and two).
func shapes(limit int, all bool) [][2]int {
	var sides []int
	if testing.Short() || !all {
		sides = []int{1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 16, 17, 18, 19, 23, 31, 32, 33, 34, 47, 63, 64, 65, 66, 97, 127, 128, 129, 130}
	} else {
		for s := 1; s <= limit; s++ {
			sides = append(sides, s)
		}
	}
	var out [][2]int
	for _, n := range sides {
		for _, m := range sides {
			out = append(out, [2]int{n, m})
		}
	}
	return out
}

func TestStepMatchesReference(t *testing.T) {
	testStep[float64](t)
	testStep[float32](t)
}

func testStep[T Float](t *testing.T) {
	var z T
	t.Run(fmt.Sprintf("%T", z), func(t *testing.T) {
		r := rand.New(rand.NewPCG(1, 2))
		cases := pathCases(t)
		for _, b := range []Boundary{Periodic, Dirichlet} {
			// Every shape for one type and boundary; a spread for the rest
			// keeps the test under a minute on a busy machine.
			_, is64 := any(z).(float64)
			for _, sh := range shapes(130, is64 && b == Periodic) {
				n, m := sh[0], sh[1]
				size := n * m
				gAll, g := guarded[T](size)
				randomGrid(r, g)
				want := make([]T, size)
				StepReference(want, g, n, m, Params{D: 1, Dt: 0.1, Boundary: b})
				for _, pc := range cases {
					if pc.l == isaGeneric && !pc.exact {
						continue // the pure-Go rows never fuse
					}
					level = pc.l
					p := Params{D: 1, Dt: 0.1, Boundary: b, Exact: pc.exact}
					outAll, out := guarded[T](size)
					Step(out, g, n, m, p)
					checkGuards(t, "next", outAll, size)
					checkGuards(t, "grid", gAll, size)
					for i := range out {
						ok := bitsEqual(out[i], want[i])
						if !pc.exact {
							ok = closeTo(out[i], want[i], 1, relTol[T]())
						}
						if !ok {
							level = cpuISA()
							t.Fatalf("%s %v %dx%d: point (%d,%d) = %v, reference %v", pc.name, b, n, m, i/m, i%m, out[i], want[i])
						}
					}
				}
				level = cpuISA()
			}
		}
	})
}

// TestBookGridExact: on the book's 640x640 grid and coefficients the exact
// kernels equal the reference bit for bit for 20 steps, on every path.
func TestBookGridExact(t *testing.T) {
	const n = 640
	g0 := make([]float64, n*n)
	InitBook(g0, n, n)
	want, tmp := append([]float64(nil), g0...), make([]float64, n*n)
	for range 20 {
		StepReference(tmp, want, n, n, Book)
		want, tmp = tmp, want
	}
	for _, l := range paths(t) {
		useISA(t, l)
		p := Book
		p.Exact = true
		g := append([]float64(nil), g0...)
		got := Evolve(g, make([]float64, n*n), n, n, 20, p, Options{})
		for i := range got {
			if !bitsEqual(got[i], want[i]) {
				t.Fatalf("%s: point %d = %v, reference %v", l, i, got[i], want[i])
			}
		}
	}
}

// TestMassConserved: 500 steps on the book's 640x640 grid keep the sum of
// the grid to within rounding, on every path, fused or not.
func TestMassConserved(t *testing.T) {
	const n, steps = 640, 500
	for _, pc := range pathCases(t) {
		useISA(t, pc.l)
		g := make([]float64, n*n)
		InitBook(g, n, n)
		before := sum(g)
		p := Book
		p.Exact = pc.exact
		after := sum(Evolve(g, make([]float64, n*n), n, n, steps, p, Options{}))
		// Each step adds at most a few ulps per point, of either sign.
		if rel := math.Abs(after-before) / before; rel > 1e-12 {
			t.Errorf("%s: mass %v -> %v (relative change %.2g)", pc.name, before, after, rel)
		}
	}
}

func sum[T Float](g []T) float64 {
	s := 0.0
	for _, x := range g {
		s += float64(x)
	}
	return s
}

// TestDirichletLosesMass: with a zero boundary, mass leaves the grid and
// the grid decays, which periodic boundaries never do.
func TestDirichletLosesMass(t *testing.T) {
	const n = 20
	g := make([]float64, n*n)
	for i := range g {
		g[i] = 1
	}
	out := make([]float64, n*n)
	Step(out, g, n, n, Params{D: 1, Dt: 0.1, Boundary: Dirichlet, Exact: true})
	if out[0] != 1-0.2 || out[n+1] != 1 || out[1] != 1-0.1 {
		t.Errorf("corner %v, edge %v, interior %v; want 0.8, 0.9, 1", out[0], out[1], out[n+1])
	}
}

func TestStepParallelMatchesStep(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 4))
	for _, sh := range [][2]int{{1, 1}, {2, 5}, {3, 3}, {7, 130}, {64, 64}, {101, 67}} {
		n, m := sh[0], sh[1]
		g := make([]float64, n*m)
		randomGrid(r, g)
		for _, b := range []Boundary{Periodic, Dirichlet} {
			p := Params{D: 1, Dt: 0.1, Boundary: b}
			want := make([]float64, n*m)
			Step(want, g, n, m, p)
			for _, w := range []int{0, 1, 2, 3, 8, 200} {
				got := make([]float64, n*m)
				StepParallel(got, g, n, m, p, w)
				for i := range got {
					if !bitsEqual(got[i], want[i]) {
						t.Fatalf("%dx%d %v workers=%d: point %d differs", n, m, b, w, i)
					}
				}
			}
		}
	}
}

// TestEvolveMatchesSteps: temporal blocking and parallel bands give the
// same bits as stepping one update at a time, for every tile edge case:
// steps not a multiple of the pass depth, passes deeper than the grid,
// bands thinner than the halo, one-row and one-column grids.
func TestEvolveMatchesSteps(t *testing.T) {
	testEvolve[float64](t)
	testEvolve[float32](t)
}

func testEvolve[T Float](t *testing.T) {
	r := rand.New(rand.NewPCG(5, 6))
	for _, pc := range pathCases(t) {
		useISA(t, pc.l)
		for _, b := range []Boundary{Periodic, Dirichlet} {
			p := Params{D: 1, Dt: 0.1, Boundary: b, Exact: pc.exact}
			for _, sh := range [][2]int{{1, 1}, {1, 9}, {9, 1}, {2, 2}, {3, 5}, {5, 3}, {7, 11}, {16, 17}, {33, 40}, {61, 13}} {
				n, m := sh[0], sh[1]
				size := n * m
				g0 := make([]T, size)
				randomGrid(r, g0)
				for _, steps := range []int{0, 1, 2, 3, 5, 9} {
					want := append([]T(nil), g0...)
					tmp := make([]T, size)
					for range steps {
						Step(tmp, want, n, m, p)
						want, tmp = tmp, want
					}
					for _, per := range []int{0, 1, 2, 3, 4, 8} {
						for _, workers := range []int{1, 2, 3, 7} {
							gAll, g := guarded[T](size)
							copy(g, g0)
							nAll, next := guarded[T](size)
							got := Evolve(g, next, n, m, steps, p, Options{Workers: workers, StepsPerPass: per})
							checkGuards(t, "grid", gAll, size)
							checkGuards(t, "next", nAll, size)
							for i := range got {
								if !bitsEqual(got[i], want[i]) {
									t.Fatalf("%s %v %dx%d steps=%d per=%d workers=%d: point (%d,%d) = %v, step by step %v",
										pc.name, b, n, m, steps, per, workers, i/m, i%m, got[i], want[i])
								}
							}
						}
					}
				}
			}
		}
	}
}

// TestEvolveLarge runs the automatic pass depth on a grid past the L2
// threshold, where blocking is on, against Step.
func TestEvolveLarge(t *testing.T) {
	n, m := 729, 731
	if autoStepsPerPass[float64](n, m) < 2 {
		t.Fatalf("test grid too small to turn blocking on")
	}
	r := rand.New(rand.NewPCG(7, 8))
	g0 := make([]float64, n*m)
	randomGrid(r, g0)
	for _, b := range []Boundary{Periodic, Dirichlet} {
		p := Params{D: 1, Dt: 0.1, Boundary: b}
		want, tmp := append([]float64(nil), g0...), make([]float64, n*m)
		for range 13 {
			Step(tmp, want, n, m, p)
			want, tmp = tmp, want
		}
		for _, w := range []int{1, 2} {
			got := Evolve(append([]float64(nil), g0...), make([]float64, n*m), n, m, 13, p, Options{Workers: w})
			for i := range got {
				if !bitsEqual(got[i], want[i]) {
					t.Fatalf("%v workers=%d: point %d differs", b, w, i)
				}
			}
		}
	}
}

func TestCapISA(t *testing.T) {
	for _, c := range []struct {
		best isa
		env  string
		want isa
		err  bool
	}{
		{isaAVX512, "", isaAVX512, false},
		{isaAVX512, "avx2", isaAVX2, false},
		{isaAVX512, "GENERIC", isaGeneric, false},
		{isaAVX2, "avx512", isaAVX2, false}, // cannot raise
		{isaAVX2, "sse9", isaAVX2, true},
	} {
		got, err := capISA(c.best, c.env)
		if got != c.want || (err != nil) != c.err {
			t.Errorf("capISA(%v, %q) = %v, %v", c.best, c.env, got, err)
		}
	}
}

func TestBadInputPanics(t *testing.T) {
	g := make([]float64, 6)
	for name, f := range map[string]func(){
		"short grid": func() { Step(make([]float64, 6), g[:5], 2, 3, Book) },
		"short next": func() { Step(make([]float64, 5), g, 2, 3, Book) },
		"zero rows":  func() { Step(g, g, 0, 3, Book) },
		"aliased":    func() { Step(g, g, 2, 3, Book) },
		"boundary":   func() { Step(make([]float64, 6), g, 2, 3, Params{Boundary: 9}) },
	} {
		func() {
			defer func() {
				if recover() == nil {
					t.Errorf("%s: no panic", name)
				}
			}()
			f()
		}()
	}
}

// TestStepAllocs: Step and Evolve allocate nothing per step.
func TestStepAllocs(t *testing.T) {
	const n = 64
	g, next := make([]float64, n*n), make([]float64, n*n)
	if a := testing.AllocsPerRun(20, func() { Step(next, g, n, n, Book) }); a != 0 {
		t.Errorf("Step allocates %v times", a)
	}
	a10 := testing.AllocsPerRun(5, func() { Evolve(g, next, n, n, 10, Book, Options{StepsPerPass: 4}) })
	a100 := testing.AllocsPerRun(5, func() { Evolve(g, next, n, n, 100, Book, Options{StepsPerPass: 4}) })
	if a100 != a10 {
		t.Errorf("Evolve allocations grow with steps: %v for 10 steps, %v for 100", a10, a100)
	}
}
