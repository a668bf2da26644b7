package gen

import (
	"bytes"
	"errors"
	"flag"
	"fmt"
	"go/token"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/dave/jennifer/jen"
)

// NewGoFile returns a jennifer file for package pkg whose first line is
// Header. A non-empty constraint (e.g. "amd64 && !purego") becomes the
// file's //go:build line.
func NewGoFile(pkg, constraint string) *jen.File {
	return NewGoFileBy(pkg, constraint, "")
}

// NewGoFileBy is NewGoFile with a second header line, "// " + command,
// naming the command that regenerates the file (omitted when empty). It
// goes above the //go:build line, which must be the last line before the
// blank line that precedes the package clause.
func NewGoFileBy(pkg, constraint, command string) *jen.File {
	f := jen.NewFile(pkg)
	f.HeaderComment(Header)
	if command != "" {
		f.HeaderComment("// " + command)
	}
	if constraint != "" {
		f.HeaderComment("//go:build " + constraint)
	}
	return f
}

// RenderGo renders f (jennifer gofmts it and fails on malformed code) into
// a File named name.
func RenderGo(name string, f *jen.File) (File, error) {
	var buf bytes.Buffer
	if err := f.Render(&buf); err != nil {
		return File{}, fmt.Errorf("rendering %s: %w", name, err)
	}
	return File{Name: name, Data: buf.Bytes()}, nil
}

// CheckPackageName returns an error naming -pkg unless name can be a Go
// package clause: an identifier (Unicode letters allowed) that is neither a
// keyword nor the blank identifier. Without it `-pkg func` reached the
// renderer and failed with a parse error that names no flag.
func CheckPackageName(name string) error {
	if !token.IsIdentifier(name) || name == "_" {
		return fmt.Errorf("-pkg %q: not a Go package name (want an identifier that is not a keyword or _)", name)
	}
	return nil
}

// ParseList parses a comma-separated flag value such as "float64,float32"
// into its distinct elements, in the order given. Every element must be in
// allowed; the error names the flag, the bad element and the choices.
func ParseList(flagName, value string, allowed []string) ([]string, error) {
	var out []string
	for _, s := range strings.Split(value, ",") {
		s = strings.TrimSpace(s)
		if s == "" {
			return nil, fmt.Errorf("-%s %q: empty element (want a comma-separated list of %s)", flagName, value, strings.Join(allowed, ", "))
		}
		if !slices.Contains(allowed, s) {
			return nil, fmt.Errorf("-%s: unknown value %q (want %s)", flagName, s, strings.Join(allowed, ", "))
		}
		if !slices.Contains(out, s) {
			out = append(out, s)
		}
	}
	return out, nil
}

// ParseArgs parses a subcommand's args into fs, which must use
// flag.ContinueOnError. help reports -h or -help (fs has printed its usage;
// the command should return nil). Arguments left after the flags are an
// error, the one stray returns for them (each command words its own).
func ParseArgs(fs *flag.FlagSet, args []string, stray func(args []string) error) (help bool, err error) {
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return true, nil
		}
		return false, err
	}
	if fs.NArg() > 0 {
		return false, stray(fs.Args())
	}
	return false, nil
}

// Stale compares files with their committed copies in dir and returns the
// names of those that are missing or differ, sorted. Freshness tests call it
// with a generator's in-process output and fail, naming the command to run,
// when the list is not empty.
func Stale(dir string, files []File) ([]string, error) {
	var stale []string
	for _, f := range files {
		old, err := os.ReadFile(filepath.Join(dir, f.Name))
		if err != nil && !os.IsNotExist(err) {
			return nil, err
		}
		if err != nil || !bytes.Equal(old, f.Data) {
			stale = append(stale, f.Name)
		}
	}
	slices.Sort(stale)
	return stale, nil
}
