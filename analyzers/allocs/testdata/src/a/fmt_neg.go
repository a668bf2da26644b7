package a

import (
	"fmt"
	"time"
)

// Negative cases for fmtloop, each with the reason it is not reported.

type id int

func (i id) String() string { return "#" }

func fmtNotEquivalent(xs []float64, ids []id, d time.Duration, p *int, err error) {
	for i, x := range xs {
		_ = fmt.Sprintf("%v", x)        // nope: float formatting differs from any strconv call we could pick safely
		_ = fmt.Sprintf("%d", ids[i])   // nope: named type (may have String or Format methods)
		_ = fmt.Sprint(ids[i])          // nope: Sprint calls String
		_ = fmt.Sprint(d)               // nope: named type with a String method
		_ = fmt.Sprintf("%5d", i)       // nope: width
		_ = fmt.Sprintf("%x", i)        // nope: verb not handled
		_ = fmt.Sprintf("%d %d", i)     // nope: missing argument, fmt prints %!d(MISSING)
		_ = fmt.Sprintf("%d", i, i)     // nope: extra argument, fmt prints %!(EXTRA ...)
		_ = fmt.Sprintf("%s", i)        // nope: %s of an int prints %!s(int=...)
		_ = fmt.Sprintf("%v", p)        // nope: pointer
		_ = fmt.Sprint(i, i)            // nope: Sprint adds a space between non-string operands
		_ = fmt.Errorf("wrap: %w", err) // nope: %w wraps
		_ = fmt.Sprintf("%v", err)      // nope: interface
	}
}

func fmtFormatVar(format string, n int) {
	for range n {
		_ = fmt.Sprintf(format, n) // nope: format not constant
	}
}

func fmtOnce(n int) string {
	return fmt.Sprintf("%d", n) // nope: not in a loop
}

func fmtErrorPath(xs []int) error {
	for _, x := range xs {
		if x < 0 {
			return fmt.Errorf("negative: %d", x) // nope: returns, so runs once
		}
		if x == 0 {
			err := fmt.Errorf("zero at %d", x) // nope: the block ends in panic
			panic(err)
		}
	}
	return nil
}

func fmtBreak(xs []int) (s string) {
	for _, x := range xs {
		switch {
		case x > 10:
			s = fmt.Sprint(x) // nope: the case ends in return
			return
		}
		if x > 5 {
			s = fmt.Sprint(x) // nope: break leaves the loop
			break
		}
	}
	return s
}

func fmtInLoopInit() {
	for s := fmt.Sprint(1); s != ""; s = "" { // nope: init runs once
	}
	for _, c := range fmt.Sprint(12) { // nope: range expression is evaluated once
		_ = c
	}
}

func fmtErrorReport(names []string, declErr func(string), errs *[]string) {
	for _, n := range names {
		declErr(fmt.Sprintf("%s redeclared", n)) // nope: argument of an error-reporting call, a cold path
	}
}

func fmtMapKey(names []string, seen map[string]int) int {
	n := 0
	for _, s := range names {
		n += seen[fmt.Sprintf("%s:%d", s, 1)] // nope: a map key; mapmisuse.concatkey reports it with a struct key as the fix
	}
	return n
}

// A loop counting to a small constant: the cost cannot grow with the input.
func smallConstantLoop(name string) []string {
	var out []string
	for i := 0; i < 4; i++ {
		out = append(out, fmt.Sprintf("%s.v%d", name, i)) // nope: four iterations
	}
	return out
}

type pair struct{ a, b []string }

// GoString and Error build debugging output and error text.
func (p pair) GoString() string {
	s := "pair{"
	for i, a := range p.a {
		s += fmt.Sprintf("%d: %s, ", i, a) // nope: a GoString method
	}
	return s + "}"
}

type multiErr []string

func (m multiErr) Error() string {
	s := ""
	for i, e := range m {
		s += fmt.Sprintf("%d: %s; ", i, e) // nope: an Error method
	}
	return s
}

// goString is the conventional helper of GoString for trees of values.
func (p pair) goString(indent int) string {
	s := ""
	for i, b := range p.b {
		s += fmt.Sprintf("%d: %s\n", indent+i, b) // nope: a goString method
	}
	return s
}

// A logger or checker whose Fatal* methods do not return (by convention:
// the name is all hpvet sees; cmd/compile's ssa.Func.Fatalf is one).
type checker struct{ fail func(string) }

func (c checker) Fatalf(format string, args ...any) {
	c.fail(fmt.Sprintf(format, args...))
	panic("unreachable")
}

func fatalByName(c checker, xs []int) {
	for i, x := range xs {
		if x < 0 {
			msg := fmt.Sprintf("negative at %d", i) // nope: the block ends in a Fatal* call
			c.Fatalf("%s", msg)
		}
	}
}

// A loop inside a block that ends in a Fatal call runs once, building the
// message (cmd/compile's ssa/lower.go).
func fatalMessage(c checker, names []string) {
	if len(names) > 3 {
		s := "too many:"
		for _, n := range names {
			s += " " + n // nope: the loop is on the way out
		}
		c.Fatalf("%s", s)
	}
}
