package pointerkey

// Stores with a fresh key are fine: the key is in the map afterwards.
func stores(m map[*Point]int, p *Point, e map[*empty]int) int {
	m[&Point{1, 1}] = 1
	m[&Point{2, 2}]++
	x := Point{3, 3}
	_ = m[&x] // the address of a variable can be a stored key
	_ = m[p]
	return e[&empty{}] // pointers to zero-size values may compare equal
}

// Value keys work as the book's Point(1, 1) in set expects.
func values(m map[Point]bool) bool { return m[Point{1, 1}] }

// An interface key holding a value compares by value.
func ifaceValue(m map[any]int) int { return m[Point{1, 2}] }
