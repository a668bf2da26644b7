package boxing

import (
	"errors"
	"fmt"
)

type pair struct{ a, b int }

type small struct{ p *int }

func boxing(ps []pair, ns []int, ss []string, bs []byte, ptrs []*pair, m map[int]int) {
	var sink any
	for i, p := range ps {
		fmt.Println(p)      // want `converting pair to an interface in a loop heap-allocates 16 bytes on every iteration`
		sink = ns[i]        // want `converting int to an interface in a loop heap-allocates 8 bytes`
		sink = any(ss[i])   // want `converting string to an interface in a loop heap-allocates 16 bytes`
		fmt.Println(ss[i:]) // want `converting \[\]string to an interface`

		// No allocation (premise_test.go), so not reported:
		fmt.Println(1000)             // nope: constant, static data
		fmt.Println("literal")        // nope: constant
		sink = bs[i]                  // nope: one-byte values point into a static table
		sink = i > 0                  // nope: bool
		sink = ptrs[i]                // nope: pointer-shaped, stored in the interface word
		sink = m                      // nope: map is pointer-shaped
		sink = small{}                // nope: pointer-shaped struct
		sink = struct{}{}             // nope: zero size
		sink = nil                    // nope: nil
		sink = sink                   // nope: already an interface
		var e error = errors.New("x") // nope: already an interface (and a declaration, not a conversion in a call)
		_ = e
	}
	_ = sink
}
