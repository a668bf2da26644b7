package fixbuild

import (
	"fmt"
	"os"
)

// fmt stays used after the fix: the import stays.
func keep(xs []string) {
	for _, x := range xs {
		fmt.Fprintln(os.Stdout, fmt.Sprint(x)) // want `fmt.Sprint in a loop`
	}
}
