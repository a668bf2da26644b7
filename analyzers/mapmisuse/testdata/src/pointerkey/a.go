package pointerkey

type Point struct{ X, Y int }

type empty struct{}

func lookups(m map[*Point]bool, n map[*int]string) {
	_ = m[&Point{1, 1}]               // want `lookup with a new pointer &Point\{1, 1\} never finds an entry: pointer keys compare by address`
	if _, ok := m[&Point{X: 1}]; ok { // want `never finds an entry`
		println()
	}
	delete(m, &Point{2, 2}) // want `delete with a new pointer`
	_ = n[new(int)]         // want `lookup with a new pointer new\(int\)`
}

// An interface key holding a new pointer is just as new.
func ifaceKey(m map[any]int) int {
	return m[&Point{1, 2}] // want `lookup with a new pointer &Point\{1, 2\} never finds an entry`
}
