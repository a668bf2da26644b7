package a

// Negative cases for concatloop, each with the reason it is not reported.

func concatPerIteration(words []string) []string {
	var out []string
	for _, w := range words {
		s := "<" // nope: declared inside the loop, so nothing accumulates
		s += w
		out = append(out, s)
	}
	return out
}

func concatOnExit(words []string) string {
	s := ""
	for _, w := range words {
		if w == "" {
			s += "!" // nope: on a path that returns, so it runs once
			return s
		}
	}
	return s
}

func concatOutsideLoop(a, b string) string {
	s := a
	s += b // nope: not in a loop
	return s
}

func concatOther(words []string) string {
	s, t := "", ""
	for _, w := range words {
		t = s + w // nope: t does not grow; s is not written
	}
	return t
}

func concatInClosure(words []string) func() string {
	var fs []func()
	s := ""
	for _, w := range words {
		fs = append(fs, func() {
			s += w // nope: runs when the closure is called, not per iteration
		})
	}
	return func() string { return s }
}

func notString(ns []int) int {
	n := 0
	for _, x := range ns {
		n += x // nope: not a string
	}
	return n
}

var flagNames = []string{"up", "broadcast", "loopback"}

func flagsString(f uint) string {
	s := ""
	for i, name := range flagNames {
		if f&(1<<i) != 0 {
			s += name + "|" // nope: ranges over a fixed package-level table
		}
	}
	for _, name := range [2]string{"a", "b"} {
		s += name // nope: ranges over an array
	}
	return s
}

func pathEdit(parts []string) string {
	dest := ""
	for _, p := range parts {
		if p == ".." {
			dest = dest[:len(dest)/2] // edits dest, not only grows it
			continue
		}
		dest += "/" + p // nope: dest is also replaced in the loop
	}
	return dest
}

type flagName struct {
	bit  uint
	name string
}

func flagsOf(f uint, names []flagName) string {
	s := ""
	for _, n := range names {
		if f&n.bit != 0 {
			s += n.name + "+" // nope: guarded by a bit test, at most one append per bit
		}
	}
	return s
}
