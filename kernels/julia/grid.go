package julia

// The book's workload: c, the iteration cap, the extent of the grid and the
// sum of the escape times on its 1000x1000 grid (in float64).
const (
	BookCR, BookCI = -0.62772, -0.42193
	BookMaxIter    = 300
	BookWidth      = 1000
	BookX1, BookX2 = -1.8, 1.8
	BookY1, BookY2 = -1.8, 1.8
	BookSum        = 33219980
)

// Grid returns the starting points of a grid over [x1, x2) x (y1, y2] in
// row-major order, top row first, built as the book builds them: each axis
// by repeated addition of the step (x2-x1)/desiredWidth, so that rounding,
// and hence every escape time, matches the book's figures. width and height
// are the lengths of the axes (desiredWidth each for the book's grid).
func Grid(desiredWidth int, x1, x2, y1, y2 float64) (zr, zi []float64, width, height int) {
	xStep := (x2 - x1) / float64(desiredWidth)
	yStep := (y1 - y2) / float64(desiredWidth)
	var xs, ys []float64
	for y := y2; y > y1; y += yStep {
		ys = append(ys, y)
	}
	for x := x1; x < x2; x += xStep {
		xs = append(xs, x)
	}
	zr = make([]float64, 0, len(xs)*len(ys))
	zi = make([]float64, 0, len(xs)*len(ys))
	for _, y := range ys {
		for _, x := range xs {
			zr = append(zr, x)
			zi = append(zi, y)
		}
	}
	return zr, zi, len(xs), len(ys)
}

// BookGrid is Grid with the book's parameters.
func BookGrid() (zr, zi []float64, width, height int) {
	return Grid(BookWidth, BookX1, BookX2, BookY1, BookY2)
}

// To32 converts a float64 grid to float32.
func To32(xs []float64) []float32 {
	out := make([]float32, len(xs))
	for i, x := range xs {
		out[i] = float32(x)
	}
	return out
}
