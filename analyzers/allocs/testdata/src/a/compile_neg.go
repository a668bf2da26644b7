package a

import (
	"regexp"
	"strings"
	"text/template"
	"time"
)

// Negative cases for compileloop, each with the reason it is not reported.

func compileOnceOutsideLoop() {
	_ = regexp.MustCompile(`u+`) // nope: outside a loop; function-level reports are opt-in (-allocs.compilefunc)
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
