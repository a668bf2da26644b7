package main

import (
	"errors"
	"flag"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"strings"

	"go.yaml.in/yaml/v3"
	"golang.org/x/tools/go/analysis"

	"github.com/hpgo/hpgo/internal/settings"
)

// ConfigName is the file the standalone driver looks for in the working
// directory and its parents.
const ConfigName = ".hpvet.yaml"

// config is a parsed .hpvet.yaml:
//
//	analyzers:            # on or off; all are on by default
//	  hoist: false
//	flags:                # analyzer flags, as -NAME.flag=value sets them
//	  mapmisuse:
//	    denseintkey: true
//	skip:                 # files to skip, relative to this file; ** spans directories
//	  - internal/legacy/**
//	  - "**/*_string.go"
//
// Flags on the command line win over the file.
type config struct {
	path      string
	dir       string
	analyzers map[string]bool
	settings  []setting
	skip      []*regexp.Regexp
}

type setting struct {
	analyzer, flag, value string
	line                  int
}

// loadConfig reads the file at path, or when path is empty the nearest
// .hpvet.yaml above the working directory. No file is an empty config.
func loadConfig(path string) (*config, error) {
	if path == "" {
		dir, err := os.Getwd()
		if err != nil {
			return nil, err
		}
		for {
			candidate := filepath.Join(dir, ConfigName)
			if _, err := os.Stat(candidate); err == nil {
				path = candidate
				break
			}
			parent := filepath.Dir(dir)
			if parent == dir {
				return &config{}, nil
			}
			dir = parent
		}
	}
	data, err := os.ReadFile(path)
	if err != nil {
		if errors.Is(err, fs.ErrNotExist) {
			return nil, fmt.Errorf("config file %s does not exist", path)
		}
		return nil, err
	}
	return parseConfig(path, data)
}

func parseConfig(path string, data []byte) (*config, error) {
	abs, err := filepath.Abs(path)
	if err != nil {
		return nil, err
	}
	c := &config{path: path, dir: filepath.Dir(abs), analyzers: make(map[string]bool)}
	errorf := func(n *yaml.Node, format string, args ...any) error {
		return fmt.Errorf("%s:%d: %s", path, n.Line, fmt.Sprintf(format, args...))
	}
	var doc yaml.Node
	if err := yaml.Unmarshal(data, &doc); err != nil {
		return nil, fmt.Errorf("%s: %v", path, err)
	}
	if len(doc.Content) == 0 {
		return c, nil // empty file
	}
	root := doc.Content[0]
	if root.Kind != yaml.MappingNode {
		return nil, errorf(root, "want a mapping with keys analyzers, flags, skip")
	}
	for i := 0; i < len(root.Content); i += 2 {
		key, val := root.Content[i], root.Content[i+1]
		switch key.Value {
		case "analyzers":
			if val.Kind != yaml.MappingNode {
				return nil, errorf(val, "analyzers: want a mapping of analyzer name to true or false")
			}
			for j := 0; j < len(val.Content); j += 2 {
				name, on := val.Content[j], val.Content[j+1]
				var b bool
				if err := on.Decode(&b); err != nil {
					return nil, errorf(on, "analyzers.%s: want true or false, got %q", name.Value, on.Value)
				}
				c.analyzers[name.Value] = b
				c.settings = append(c.settings, setting{analyzer: name.Value, line: name.Line})
			}
		case "flags":
			if val.Kind != yaml.MappingNode {
				return nil, errorf(val, "flags: want a mapping of analyzer name to its flags")
			}
			for j := 0; j < len(val.Content); j += 2 {
				name, flags := val.Content[j], val.Content[j+1]
				if flags.Kind != yaml.MappingNode {
					return nil, errorf(flags, "flags.%s: want a mapping of flag name to value", name.Value)
				}
				for k := 0; k < len(flags.Content); k += 2 {
					f, v := flags.Content[k], flags.Content[k+1]
					if v.Kind != yaml.ScalarNode {
						return nil, errorf(v, "flags.%s.%s: want a single value", name.Value, f.Value)
					}
					c.settings = append(c.settings, setting{analyzer: name.Value, flag: f.Value, value: v.Value, line: f.Line})
				}
			}
		case "skip":
			var globs []string
			if err := val.Decode(&globs); err != nil {
				return nil, errorf(val, "skip: want a list of file globs")
			}
			for _, g := range globs {
				re, err := globRegexp(g)
				if err != nil {
					return nil, errorf(val, "skip: %v", err)
				}
				c.skip = append(c.skip, re)
			}
		default:
			return nil, errorf(key, "unknown key %q (want analyzers, flags or skip)", key.Value)
		}
	}
	return c, nil
}

// apply checks every name in the file against the analyzers and sets the
// analyzer flags it lists, unless the command line set them (fs.Visit sees
// only flags that were set).
func (c *config) apply(analyzers []*analysis.Analyzer, fs *flag.FlagSet) error {
	fromFlags := make(map[string]bool)
	fs.Visit(func(f *flag.Flag) { fromFlags[f.Name] = true })
	for _, s := range c.settings {
		var err error
		switch {
		case s.flag == "":
			_, err = settings.Find(analyzers, s.analyzer)
		case !fromFlags[s.analyzer+"."+s.flag]:
			err = settings.SetFlag(analyzers, s.analyzer, s.flag, s.value)
		}
		if err != nil {
			return fmt.Errorf("%s:%d: %v", c.path, s.line, err)
		}
	}
	return nil
}

func (c *config) disabled(analyzer string) bool {
	on, ok := c.analyzers[analyzer]
	return ok && !on
}

// skipped reports whether file matches a skip glob.
func (c *config) skipped(file string) bool {
	if len(c.skip) == 0 {
		return false
	}
	rel, err := filepath.Rel(c.dir, file)
	if err != nil || strings.HasPrefix(rel, "..") {
		return false
	}
	rel = filepath.ToSlash(rel)
	for _, re := range c.skip {
		if re.MatchString(rel) {
			return true
		}
	}
	return false
}

// globRegexp turns a glob with *, ? and ** (any number of directories) into
// an anchored regular expression over slash-separated relative paths.
func globRegexp(glob string) (*regexp.Regexp, error) {
	if glob == "" {
		return nil, fmt.Errorf("empty glob")
	}
	var b strings.Builder
	b.WriteString("^")
	for i := 0; i < len(glob); i++ {
		switch c := glob[i]; c {
		case '*':
			if i+1 < len(glob) && glob[i+1] == '*' {
				i++
				if i+1 < len(glob) && glob[i+1] == '/' {
					i++
					b.WriteString("(?:.*/)?")
				} else {
					b.WriteString(".*")
				}
			} else {
				b.WriteString("[^/]*")
			}
		case '?':
			b.WriteString("[^/]")
		default:
			b.WriteString(regexp.QuoteMeta(string(c)))
		}
	}
	b.WriteString("$")
	return regexp.Compile(b.String())
}
