package a

import (
	"fmt"
	"sync"
)

// Checks that are off by default (testdata/src/optin has their positive
// cases): nope on every line here.

func offByDefault(xs []int, mu *sync.Mutex) []error {
	var errs []error
	for _, x := range xs {
		errs = append(errs, fmt.Errorf("bad %d", x)) // nope: errorf is opt-in (-allocs.errorf)
		mu.Lock()
		defer mu.Unlock() // nope: deferloop is opt-in (-allocs.deferloop)
	}
	return errs
}
