package main

import (
	"fmt"
	"os"
)

// annotateMain runs `hpvet annotate`.
func annotateMain(args []string) int {
	fmt.Fprintln(os.Stderr, "hpvet annotate: not built into this binary yet")
	return 2
}
