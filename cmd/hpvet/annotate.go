package main

import (
	"os"

	"github.com/hpgo/hpgo/internal/annotate"
)

// annotateMain runs `hpvet annotate`: the cython -a view for Go.
func annotateMain(args []string) int {
	return annotate.Main(args, os.Stdout, os.Stderr)
}
