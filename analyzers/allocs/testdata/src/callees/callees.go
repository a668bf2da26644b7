// Package callees holds allocations in functions of the package called
// from its loops, reported with -allocs.callees.
package callees

import (
	"fmt"
	"regexp"
	"strings"
	"time"
)

func digits(s string) bool {
	re := regexp.MustCompile(`^\d+$`) // want `regexp.MustCompile with constant arguments compiles the regexp on every call, and digits is called in a loop at callees.go:44 \(.*\); hoist it to a package-level var`
	return re.MatchString(s)
}

func clean(s string) string {
	return strings.NewReplacer("a", "b").Replace(s) // want `strings.NewReplacer with constant arguments builds the replacer on every call, and clean is called in a loop at callees.go:45`
}

func zone() *time.Location {
	loc, _ := time.LoadLocation("Europe/Paris") // want `time.LoadLocation with constant arguments reads and parses the time zone database entry on every call, and zone is called in a loop at callees.go:46`
	return loc
}

type keyer struct{ prefix string }

// key is a method with a static callee: reported.
func (k *keyer) key(n int) string {
	return fmt.Sprintf("%s:%d", k.prefix, n) // want `fmt.Sprintf boxes its arguments and parses the format on every call, and keyer.key is called in a loop at callees.go:47; strconv and \+ build the same string`
}

func comment(line []byte) bool {
	return strings.HasPrefix(string(line), "#") // want `conversion to string copies the data and allocates past 32 bytes on every call, and comment is called in a loop at callees.go:48 \(.*\); bytes.HasPrefix takes the original directly`
}

// generic functions are followed through their instantiation.
func match[T any](s string) bool {
	return regexp.MustCompile(`x+`).MatchString(s) // want `on every call, and match is called in a loop at callees.go:49`
}

func Use(lines [][]byte, k *keyer) (n int) {
	for i, l := range lines {
		if digits(string(l)) || // the allocation in digits is reported, not this call
			clean(string(l)) != "" ||
			zone() != nil ||
			k.key(i) != "" ||
			comment(l) ||
			match[int](string(l)) {
			n++
		}
	}
	return n
}
