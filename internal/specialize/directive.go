package specialize

import (
	"fmt"
	"go/token"
	"strings"
)

// Prefix starts a specialisation directive in the doc comment of a generic
// function or type.
const Prefix = "//hpgen:specialize"

// A Request asks for the specialisations of one generic function or type:
// the cartesian product of the type arguments listed per type parameter.
type Request struct {
	Target   string              // the generic function or type
	Args     map[string][]string // type parameter name -> type argument expressions
	Order    []string            // type parameter names in the order written
	Name     string              // name of the copy; only with a single combination
	Dispatch string              // name of a generic dispatcher to emit, if any
}

// ParseDirective parses the text after Prefix (or the -types flag value,
// with name and dispatch given separately): space-separated P=T1,T2 pairs
// plus the optional name=N and dispatch=N. A type argument may contain
// commas and spaces only inside brackets or parentheses (map[K]V,
// Pair[int, string], func(int) bool).
func ParseDirective(text string) (Request, error) {
	r := Request{Args: make(map[string][]string)}
	fields, err := splitTop(strings.TrimSpace(text), ' ')
	if err != nil {
		return r, err
	}
	for _, f := range fields {
		if f == "" {
			continue
		}
		key, val, ok := strings.Cut(f, "=")
		if !ok || key == "" || val == "" {
			return r, fmt.Errorf("malformed %q: want P=Type[,Type...], name=N or dispatch=N", f)
		}
		switch key {
		case "name", "dispatch":
			if !token.IsIdentifier(val) || val == "_" {
				return r, fmt.Errorf("%s=%q is not a Go identifier (a keyword or _ cannot name a declaration)", key, val)
			}
			if key == "name" {
				r.Name = val
			} else {
				r.Dispatch = val
			}
			continue
		}
		if !token.IsIdentifier(key) {
			return r, fmt.Errorf("malformed %q: %q is not a type parameter name", f, key)
		}
		if _, dup := r.Args[key]; dup {
			return r, fmt.Errorf("type parameter %s given twice", key)
		}
		types, err := splitTop(val, ',')
		if err != nil {
			return r, err
		}
		for _, t := range types {
			if strings.TrimSpace(t) == "" {
				return r, fmt.Errorf("empty type argument in %q", f)
			}
		}
		r.Args[key] = types
		r.Order = append(r.Order, key)
	}
	if len(r.Order) == 0 {
		return r, fmt.Errorf("no type arguments: want P=Type[,Type...]")
	}
	return r, nil
}

// splitTop splits s at sep outside brackets, braces and parentheses.
func splitTop(s string, sep rune) ([]string, error) {
	var out []string
	depth, start := 0, 0
	for i, c := range s {
		switch c {
		case '[', '(', '{':
			depth++
		case ']', ')', '}':
			depth--
			if depth < 0 {
				return nil, fmt.Errorf("unbalanced %q in %q", c, s)
			}
		default:
			if c == sep && depth == 0 {
				out = append(out, s[start:i])
				start = i + 1
			}
		}
	}
	if depth != 0 {
		return nil, fmt.Errorf("unbalanced brackets in %q", s)
	}
	return append(out, s[start:]), nil
}
