package a

import (
	"regexp"
	"strings"
	"sync"
	"text/template"
	"time"
)

// Negative cases for compileloop, each with the reason it is not reported.

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

func compileVariable(patterns []string, t *template.Template) {
	for _, p := range patterns {
		_ = regexp.MustCompile(p)             // nope: the pattern is not constant
		_ = strings.NewReplacer(p, "")        // nope: not constant
		_, _ = time.LoadLocation("UTC")       // nope: UTC is a static value, no I/O
		_, _ = time.LoadLocation("Local")     // nope: static value
		_, _ = t.Parse("{{.}}")               // nope: adds to an existing template, not a fresh one
		_, _ = template.New(p).Parse("{{.}}") // nope: the name is not constant
	}
}

func emptyReplacer(lines []string) {
	r := strings.NewReplacer() // nope: no arguments, a no-op replacer
	for _, l := range lines {
		_ = r.Replace(l)
	}
}
