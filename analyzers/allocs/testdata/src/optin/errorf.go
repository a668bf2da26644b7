package optin

import "fmt"

func errorfInLoop(names []string) []error {
	var errs []error
	for i, n := range names {
		errs = append(errs, fmt.Errorf("item %d: %s missing", i, n)) // want `fmt.Errorf in a loop boxes its arguments and parses the format on every iteration; errors.New with strconv and \+ builds the same error`
	}
	return errs
}
