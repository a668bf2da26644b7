package diffusion

import (
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"math"
	"testing"
)

// numpyBookHash is the SHA-256 of the book's 640x640 grid after 500 steps
// of its in-place numpy evolve (little-endian float64), printed by
// testdata/numpy_book.py with numpy 1.24.2 (Debian 12's python3-numpy).
const numpyBookHash = "b214dd60e146f8c98f28487a7a6a00cb42b5effcb0a4bd61cb1f17811e740584"

// TestNumpyBookHash: the reference and every exact path reproduce numpy's
// in-place version bit for bit over 500 steps of the book's grid.
func TestNumpyBookHash(t *testing.T) {
	const n, steps = 640, 500
	hash := func(g []float64) string {
		buf := make([]byte, 8*len(g))
		for i, x := range g {
			binary.LittleEndian.PutUint64(buf[8*i:], math.Float64bits(x))
		}
		sum := sha256.Sum256(buf)
		return hex.EncodeToString(sum[:])
	}
	g, tmp := make([]float64, n*n), make([]float64, n*n)
	InitBook(g, n, n)
	g0 := append([]float64(nil), g...)
	if !testing.Short() {
		for range steps {
			StepReference(tmp, g, n, n, Book)
			g, tmp = tmp, g
		}
		if h := hash(g); h != numpyBookHash {
			t.Errorf("StepReference: hash %s, numpy %s", h, numpyBookHash)
		}
	}
	p := Book
	p.Exact = true
	for _, l := range paths(t) {
		useISA(t, l)
		for _, o := range []Options{{}, {StepsPerPass: 7, Workers: 2}} {
			g := append([]float64(nil), g0...)
			if h := hash(Evolve(g, make([]float64, n*n), n, n, steps, p, o)); h != numpyBookHash {
				t.Errorf("%s %+v: hash %s, numpy %s", l, o, h, numpyBookHash)
			}
		}
	}
}
