package specialize

import (
	"flag"
	"fmt"
	"io"
	"path/filepath"
	"strings"

	"github.com/hpgo/hpgo/internal/gen"
)

// Summary is the one line `hpgen help` shows.
const Summary = "write concrete copies of generic functions and types (" + Prefix + ")"

// Run is the hpgen specialize command: flags, then Generate, then an
// all-or-nothing write. With -check it writes nothing and fails when the
// file on disk differs from what it would write.
func Run(args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("specialize", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() {
		fmt.Fprintf(stderr, `usage: hpgen specialize [flags]

Writes zspecialized.go: for each %s directive in the package (or the
-func/-types flags), a concrete copy of the generic function or type with
the type arguments written in.

	//hpgen:specialize T=*Item,int64 K=string [name=N] [dispatch=N]

flags:
`, Prefix)
		fs.PrintDefaults()
	}
	dir := fs.String("dir", ".", "package `directory`")
	out := fs.String("o", DefaultOut, "output `file` name within the package directory")
	fn := fs.String("func", "", "generic function or type `name` to specialise, besides the directives")
	typeArgs := fs.String("types", "", "type arguments for -func, as in a directive: 'T=*Item,int64 K=string [name=N] [dispatch=N]'")
	name := fs.String("name", "", "name of the copy (with -func; one combination only)")
	dispatch := fs.String("dispatch", "", "also write a generic dispatcher of this `name` (with -func)")
	check := fs.Bool("check", false, "write nothing; fail if the output file is not up to date")
	if help, err := gen.ParseArgs(fs, args, func(extra []string) error {
		return fmt.Errorf("unexpected arguments %q; see hpgen specialize -h", extra)
	}); help || err != nil {
		return err
	}
	if *out != filepath.Base(*out) || !strings.HasSuffix(*out, ".go") || strings.HasSuffix(*out, "_test.go") {
		return fmt.Errorf("-o %q: want a non-test .go file name without a directory", *out)
	}
	cfg := Config{Dir: *dir, Out: *out}
	switch {
	case *fn != "" && *typeArgs != "":
		r, err := ParseDirective(*typeArgs)
		if err != nil {
			return fmt.Errorf("-types: %v", err)
		}
		// name= and dispatch= may be written in -types, as in a directive,
		// or given as flags; not both.
		for _, v := range []struct {
			flag    string
			val     string
			inTypes *string
		}{{"name", *name, &r.Name}, {"dispatch", *dispatch, &r.Dispatch}} {
			if v.val != "" && *v.inTypes != "" {
				return fmt.Errorf("-%s and %s= in -types both given; use one", v.flag, v.flag)
			}
			if v.val != "" {
				*v.inTypes = v.val
			}
		}
		r.Target = *fn
		cfg.Flags = append(cfg.Flags, r)
	case *fn != "" || *typeArgs != "" || *name != "" || *dispatch != "":
		return fmt.Errorf("-func and -types go together (-name and -dispatch need them)")
	}
	data, err := Generate(cfg)
	if err != nil {
		return err
	}
	files := []gen.File{{Name: *out, Data: data}}
	if *check {
		// Unreadable counts as stale, as missing does.
		if stale, err := gen.Stale(*dir, files); err != nil || len(stale) > 0 {
			return fmt.Errorf("%s is not up to date; run go generate (or hpgen specialize) in %s", filepath.Join(*dir, *out), *dir)
		}
		return nil
	}
	return gen.WriteFiles(*dir, files)
}
