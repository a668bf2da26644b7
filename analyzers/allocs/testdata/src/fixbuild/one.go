package fixbuild

import "fmt"

// The only use of fmt: its fix deletes the import.
func one(xs []int) []string {
	var out []string
	for _, x := range xs {
		out = append(out, fmt.Sprint(x)) // want `fmt.Sprint in a loop`
	}
	return out
}
