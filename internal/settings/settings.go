// Package settings checks and applies the analyzer settings every hpvet
// front end accepts (.hpvet.yaml, the golangci-lint plugin's settings):
// which analyzers run and the values of their flags. Unknown names are
// errors that say what is known, so a typo never silently does nothing.
package settings

import (
	"flag"
	"fmt"
	"strings"

	"golang.org/x/tools/go/analysis"
)

// Find returns the analyzer called name.
func Find(analyzers []*analysis.Analyzer, name string) (*analysis.Analyzer, error) {
	names := make([]string, len(analyzers))
	for i, a := range analyzers {
		if a.Name == name {
			return a, nil
		}
		names[i] = a.Name
	}
	return nil, fmt.Errorf("unknown analyzer %q (known: %s)", name, strings.Join(names, ", "))
}

// SetFlag sets the analyzer's flag, as -analyzer.flag=value would.
func SetFlag(analyzers []*analysis.Analyzer, analyzer, name, value string) error {
	a, err := Find(analyzers, analyzer)
	if err != nil {
		return err
	}
	if a.Flags.Lookup(name) == nil {
		var known []string
		a.Flags.VisitAll(func(f *flag.Flag) { known = append(known, f.Name) })
		if len(known) == 0 {
			return fmt.Errorf("analyzer %s has no setting %q (it has none)", a.Name, name)
		}
		return fmt.Errorf("analyzer %s has no setting %q (known: %s)", a.Name, name, strings.Join(known, ", "))
	}
	if err := a.Flags.Set(name, value); err != nil {
		return fmt.Errorf("%s.%s: %v", a.Name, name, err)
	}
	return nil
}

// Select returns the analyzers that stay on when those named false in
// enabled are turned off (names must exist).
func Select(analyzers []*analysis.Analyzer, enabled map[string]bool) ([]*analysis.Analyzer, error) {
	for name := range enabled {
		if _, err := Find(analyzers, name); err != nil {
			return nil, err
		}
	}
	var out []*analysis.Analyzer
	for _, a := range analyzers {
		if on, ok := enabled[a.Name]; ok && !on {
			continue
		}
		out = append(out, a)
	}
	return out, nil
}
