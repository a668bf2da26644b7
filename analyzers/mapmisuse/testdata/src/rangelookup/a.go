package rangelookup

func find(m map[string]int, x string) int {
	for k, v := range m { // want `loop over m looks for one key: a map lookup finds it without visiting every entry`
		if k == x {
			return v
		}
	}
	return -1
}

func findBreak(m map[int]string, x int) string {
	s := ""
	for k, v := range m { // want `loop over m looks for one key`
		if x == k {
			s = v + string(rune('a'+k))
			break
		}
	}
	return s
}

func keyOnly(m map[string]bool, x string) bool {
	found := false
	for k := range m { // want `loop over m looks for one key`
		if k == x {
			found = true
		}
	}
	return found
}

// ok is taken: the fix picks another name.
func okTaken(m map[string]int, x string, ok bool) bool {
	for k := range m { // want `loop over m looks for one key`
		if k == x {
			return ok
		}
	}
	return false
}

// Float keys: k and x may differ (+0, -0), so k stays and there is no fix.
func floatKey(m map[float64]string, x float64) float64 {
	for k := range m { // want `loop over m looks for one key`
		if k == x {
			return k
		}
	}
	return 0
}

// continue for the loop: reported, but no fix.
func withContinue(m map[string]int, x string, n int) int {
	for k := range m { // want `loop over m looks for one key`
		if k == x {
			if n > 0 {
				continue
			}
			return 1
		}
	}
	return 0
}

// A call in a body that leaves the loop: reported and fixed (k is unused).
func withCall(m map[string]int, x string, f func(int) int) int {
	for k, v := range m { // want `loop over m looks for one key`
		if k == x {
			return f(v)
		}
	}
	return 0
}

// The body changes x before using k: reported, but k cannot become x.
func changesX(m map[string]int, x string) string {
	for k := range m { // want `loop over m looks for one key`
		if k == x {
			x = "other"
			return k + x
		}
	}
	return ""
}
