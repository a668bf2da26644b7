package rangelookup

// More than one statement in the body.
func twoStmts(m map[string]int, x string) int {
	n := 0
	for k := range m {
		n++
		if k == x {
			return n
		}
	}
	return 0
}

// The comparison is with something that changes per entry.
func notInvariant(m map[string]string) int {
	for k, v := range m {
		if k == v {
			return 1
		}
	}
	return 0
}

// x changes in the body: later iterations compare against another value.
func xChanges(m map[int]int, x int) int {
	for k := range m {
		if k == x {
			x++
		}
	}
	return x
}

// Not equality.
func less(m map[int]int, x int) int {
	for k, v := range m {
		if k < x {
			return v
		}
	}
	return 0
}

// Interface keys: == and hashing disagree on non-comparable values.
func ifaceKey(m map[any]int, x any) int {
	for k, v := range m {
		if k == x {
			return v
		}
	}
	return 0
}

// The value x is not assignable to the key type.
func notAssignable(m map[string]int, x any) int {
	for k, v := range m {
		if x == k {
			return v
		}
	}
	return 0
}

// Ranging with = assigns variables that outlive the loop.
func assignForm(m map[string]int, x string) string {
	var k string
	for k = range m {
		if k == x {
			break
		}
	}
	return k
}

// A slice, not a map.
func slice(s []string, x string) int {
	for i := range s {
		if s[i] == x {
			return i
		}
	}
	return -1
}
