package a

import (
	"fmt"
	"sync"
)

// Checks that are off by default (testdata/src/optin has their positive
// cases): nope on every line here.

func offByDefault(xs []int, mu *sync.Mutex) []error {
	var errs []error
	var sink any
	for _, x := range xs {
		sink = x + 1000                              // nope: boxing is opt-in (-allocs.boxing); TestAllocs fails if it is on by default
		errs = append(errs, fmt.Errorf("bad %d", x)) // nope: errorf is opt-in (-allocs.errorf)
		mu.Lock()
		defer mu.Unlock() // nope: deferloop is opt-in (-allocs.deferloop)
	}
	_ = sink
	return errs
}
