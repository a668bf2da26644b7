package optin

import (
	"regexp"
	"sync"
)

// Negative cases for -allocs.compilefunc, each with the reason it is not
// reported.

var pkgRE = regexp.MustCompile(`x+`) // nope: already package-level

var lazyRE = func() *regexp.Regexp {
	return regexp.MustCompile(`y+`) // nope: runs once, in a package-level initializer
}()

func init() {
	_ = regexp.MustCompile(`z+`) // nope: init runs once
}

var (
	once   sync.Once
	onceRE *regexp.Regexp
)

func compileOnce() *regexp.Regexp {
	once.Do(func() {
		onceRE = regexp.MustCompile(`w+`) // nope: sync.Once runs it once
	})
	get := sync.OnceValue(func() *regexp.Regexp {
		return regexp.MustCompile(`v+`) // nope: sync.OnceValue runs it once
	})
	return get()
}
