package optin

import (
	"os"
	"sync"
)

func deferInLoop(paths []string) error {
	for _, p := range paths {
		f, err := os.Open(p)
		if err != nil {
			return err
		}
		defer f.Close() // want `defer in a loop runs only when the function returns`
	}
	return nil
}

func deferPerCall(paths []string, mu *sync.Mutex) {
	for _, p := range paths {
		func() {
			mu.Lock()
			defer mu.Unlock() // nope: the function literal returns every iteration
			_ = p
		}()
	}
}

func deferOnExit(mu *sync.Mutex, xs []int) {
	for _, x := range xs {
		if x < 0 {
			mu.Lock()
			defer mu.Unlock() // nope: the block returns, so this runs once
			return
		}
	}
}
