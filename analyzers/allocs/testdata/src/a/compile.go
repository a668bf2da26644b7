package a

import (
	"regexp"
	"strings"
	"text/template"
	"time"
)

func compileInLoop(lines []string) int {
	n := 0
	for _, l := range lines {
		if regexp.MustCompile(`^\d+$`).MatchString(l) { // want `regexp.MustCompile with constant arguments compiles the regexp on every iteration`
			n++
		}
	}
	return n
}

const tmplText = "{{.}}"

func compileOthers(xs []int) {
	for range xs {
		_ = template.Must(template.New("x").Parse(tmplText)) // want `template.New\("x"\).Parse with constant arguments parses the template on every iteration`
		_, _ = time.LoadLocation("Europe/Paris")             // want `time.LoadLocation with constant arguments reads and parses the time zone database entry on every iteration`
		_, _ = regexp.Compile("a+")                          // want `regexp.Compile with constant arguments compiles the regexp on every iteration`
	}
}

func compileBadPattern(lines []string) {
	for _, l := range lines {
		_ = regexp.MustCompile(`(`).MatchString(l) // want `regexp.MustCompile with constant arguments compiles the regexp on every iteration`
	}
}

func replaceAll(lines []string) {
	for i, l := range lines {
		lines[i] = strings.NewReplacer("\t", " ").Replace(l) // want `strings.NewReplacer with constant arguments builds the replacer on every iteration`
	}
}
