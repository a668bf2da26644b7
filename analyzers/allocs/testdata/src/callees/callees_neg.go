package callees

import (
	"fmt"
	"regexp"
)

// Called through an interface: the callee is not static.
type matcher interface{ match(string) bool }

type reMatcher struct{}

func (reMatcher) match(s string) bool { return regexp.MustCompile(`a`).MatchString(s) }

// Called through a func value.
func viaValue(s string) bool { return regexp.MustCompile(`b`).MatchString(s) }

// Called from a loop only in a function literal (it may run later, once).
func inClosure(s string) bool { return regexp.MustCompile(`c`).MatchString(s) }

// Called from a loop only on its exit path (at most once per loop).
func onExit(s string) bool { return regexp.MustCompile(`d`).MatchString(s) }

// Called from a loop's init statement (once per loop).
func inInit(s string) int { return len(regexp.MustCompile(`e`).FindString(s)) }

// Called from a loop only in init (runs once per process).
func fromInit(s string) bool { return regexp.MustCompile(`f`).MatchString(s) }

// Called from a loop only in test code (callees_test.go).
func fromTest(s string) bool { return regexp.MustCompile(`g`).MatchString(s) }

// Not called from a loop at all.
func notInLoop(s string) bool { return regexp.MustCompile(`h`).MatchString(s) }

// Two levels down: twoLevels is called by viaHelper, which a loop calls;
// only one level is followed.
func twoLevels(s string) bool { return regexp.MustCompile(`i`).MatchString(s) }

func viaHelper(s string) bool { return twoLevels(s) }

// The allocation is in a branch of the callee: not on every call (often
// an error path).
func branch(s string, n int) error {
	if n < 0 {
		return fmt.Errorf("bad %s", fmt.Sprintf("%s:%d", s, n))
	}
	switch n {
	case 1:
		_ = regexp.MustCompile(`j`)
	}
	return nil
}

// After a guard that returns early, the allocation is the fallback.
func fallback(s string, ok bool) string {
	if ok {
		return s
	}
	return fmt.Sprintf("file[%d]", len(s))
}

// A callee that always panics is an error helper.
func errorf(n int) {
	msg := fmt.Sprintf("n=%d", n)
	panic(msg)
}

// Built once and kept: lazily initialized package state.
var lazyRE *regexp.Regexp

func lazy(s string) bool {
	lazyRE = regexp.MustCompile(`k`)
	return lazyRE.MatchString(s)
}

// In a function literal inside the callee: may run later, or never.
func deferred(s string) func() bool {
	return func() bool { return regexp.MustCompile(`l`).MatchString(s) }
}

// A fixed table loop: the cheap checks skip it (compileloop does not).
func label(n int) string { return fmt.Sprintf("%d", n) }

func init() {
	for _, s := range []string{"x"} {
		fromInit(s)
	}
}

func Neg(lines []string, m matcher, ok bool) (n int) {
	f := viaValue
	for i, s := range lines {
		if m.match(s) || f(s) || viaHelper(s) {
			n++
		}
		go func() { inClosure(s) }()
		if s == "" {
			onExit(s)
			return n
		}
		_ = branch(s, i)
		_ = fallback(s, ok)
		if i < 0 {
			errorf(i)
		}
		lazy(s)
		_ = deferred(s)
	}
	for i := inInit("x"); i < 3; i++ {
		n++
	}
	for _, v := range [3]int{1, 2, 3} {
		_ = label(v)
	}
	_ = notInLoop("x")
	return n
}
