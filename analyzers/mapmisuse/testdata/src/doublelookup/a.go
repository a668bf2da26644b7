package doublelookup

type T struct {
	n    int
	name string
}

func (t *T) Get() int { return t.n }

func use(int) {}

func commaOK(m map[string]int, k string) int {
	if _, ok := m[k]; ok {
		return m[k] // want `m\[k\] is looked up again \(first at line 13\): two hash lookups where one does`
	}
	return 0
}

func commaOKNamed(m map[string]int, k string) int {
	if v, ok := m[k]; ok {
		return v + m[k] // want `m\[k\] is looked up again`
	}
	return 0
}

func nilCheck(m map[string]*T, k string) int {
	if m[k] != nil {
		// The method call runs after its receiver is read.
		return m[k].Get() // want `m\[k\] is looked up again`
	}
	return 0
}

func elseIfNilCheck(m map[string]*T, k string, b bool) int {
	if b {
		return 1
	} else if m[k] != nil {
		return m[k].n // want `m\[k\] is looked up again`
	}
	return 0
}

func readTwice(m map[string]int, k string) int {
	v := m[k]
	n := len(m)
	return v + n + m[k] // want `m\[k\] is looked up again`
}

func readThrice(m map[string]int, k string) int {
	v := m[k]
	x := m[k] // want `m\[k\] is looked up again`
	return v + x + m[k]
}

type S struct{ m map[int]string }

func field(s *S, i int) string {
	if _, ok := s.m[i+1]; ok {
		return s.m[i+1] // want `s\.m\[i\+1\] is looked up again`
	}
	return ""
}

func condTwice(m map[string]int, k string) bool {
	if _, ok := m[k]; ok && m[k] > 3 { // want `m\[k\] is looked up again`
		return true
	}
	return false
}

// Loops between the reads are fine when nothing in them changes the map.
func loopBetween(m map[string][]int, k string) int {
	if v, ok := m[k]; ok {
		n := 0
		for range v {
			n++
		}
		return n + len(m[k]) // want `m\[k\] is looked up again`
	}
	return 0
}

// A hoisted read in a short-circuited operand could panic or cost where
// the original did not: report, but no fix.
func shortCircuit(m map[string]*T, p *T) int {
	if p != nil && m[p.k()] != nil {
		return 0
	}
	if p != nil && m[p.name] != nil {
		return m[p.name].n // want `m\[p\.name\] is looked up again`
	}
	return 0
}

func (t *T) k() string { return "" }

// readModifyWrite: one mapassign does what a read and an assign do.
func readModifyWrite(m map[string]int, s map[string]string, k string, x int) {
	m[k] = m[k] + 1       // want `m\[k\] = m\[k\] \+ \.\.\. hashes the key twice`
	m[k] = m[k] * (x - 1) // want `hashes the key twice`
	s[k] = s[k] + "!"     // want `hashes the key twice`
}

// A comma-ok second read cannot be replaced by the value: report only.
func commaOKSecond(m map[string]int, k string) (int, bool) {
	x := m[k]
	v, ok := m[k] // want `m\[k\] is looked up again`
	return x + v, ok
}

// The holder's name is shadowed where the second read is: report, no fix.
func shadowed(m map[string]int, k string) int {
	v := m[k]
	if v > 0 {
		v := 2
		return v + m[k] // want `m\[k\] is looked up again`
	}
	return v
}

// The read in m[k] = m[k] + 1 is already the second lookup of the if: one
// diagnostic, one fix (reuse v), not a second overlapping op= fix.
func countIfPresent(m map[string]int, k string) {
	if _, ok := m[k]; ok {
		m[k] = m[k] + 1 // want `m\[k\] is looked up again`
	} else {
		m[k] = 1
	}
}

// The way out does not hide a lookup on the normal path.
func hotBeforePanic(m map[int]int) int {
	if m[4] != 0 {
		return m[4] // want `m\[4\] is looked up again`
	}
	panic(m[4])
}
