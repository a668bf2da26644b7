package annotate

import (
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime/debug"
	"strings"
	"time"

	"golang.org/x/tools/go/analysis"

	"github.com/hpgo/hpgo/analyzers/suite"
	"github.com/hpgo/hpgo/internal/gen"
)

const usage = `usage: hpvet annotate [flags] packages...

Builds the packages with the compiler's diagnostics (-gcflags='-json=0,DIR -d=pctab=pctoinline'),
adds hpvet's findings and, with -profile, a CPU or allocation profile, and
shades every source line by its cost, as cython -a does.

Flags:
`

// options are the parsed flags.
type options struct {
	out        string
	format     string
	profile    string
	sampleType string
	test       bool
	tags       string
	top        int
	asm        bool
	generated  bool
	verbose    bool
	patterns   []string

	dir       string // working directory of the build
	goCmd     string
	analyzers []*analysis.Analyzer
	progress  io.Writer // nil unless stderr is a terminal
}

// Main runs `hpvet annotate args...` and returns the exit code: 0 when the
// report was written, 1 when the build or an input failed, 2 for bad usage.
func Main(args []string, stdout, stderr io.Writer) int {
	o, code := parseFlags(args, stderr)
	if o == nil {
		return code
	}
	if os.Getenv("GOGC") == "" {
		// Loading and type-checking a package and its dependencies makes
		// many short-lived objects. On net/http, GOGC=400 cut annotate's
		// CPU time from 8.1–8.5 s to 5.7–5.8 s user for 0.66 → 0.72–0.80 GB
		// peak RSS (docs/results/annotate.md). An explicit GOGC wins.
		defer debug.SetGCPercent(debug.SetGCPercent(400))
	}
	if err := run(context.Background(), o, stdout, stderr); err != nil {
		var be *buildError
		if errors.As(err, &be) {
			for _, l := range be.lines {
				fmt.Fprintln(stderr, l)
			}
			fmt.Fprintf(stderr, "hpvet annotate: build failed (%v); no report written\n", be.err)
			return 1
		}
		fmt.Fprintf(stderr, "hpvet annotate: %v\n", err)
		return 1
	}
	return 0
}

func parseFlags(args []string, stderr io.Writer) (*options, int) {
	fs := flag.NewFlagSet("hpvet annotate", flag.ContinueOnError)
	fs.SetOutput(stderr)
	o := &options{goCmd: "go", analyzers: suite.Analyzers}
	fs.StringVar(&o.out, "o", "", "write the report to `file` (default annotate.html for html, stdout otherwise; - for stdout)")
	fs.StringVar(&o.format, "format", "html", "report `format`: html, text or json")
	fs.StringVar(&o.profile, "profile", "", "weight lines by the samples of this pprof `file` (CPU or allocation profile)")
	fs.StringVar(&o.sampleType, "sample", "", "profile sample `type` to use, e.g. cpu, alloc_space, alloc_objects (default: the profile's default)")
	fs.BoolVar(&o.test, "test", false, "also build and annotate the packages' tests")
	fs.StringVar(&o.tags, "tags", "", "comma-separated build `tags`")
	fs.IntVar(&o.top, "top", 20, "number of lines -format text prints")
	fs.BoolVar(&o.asm, "asm", true, "include each line's assembly in html and json reports")
	fs.BoolVar(&o.generated, "generated", false, "show generated files (// Code generated ... DO NOT EDIT.) in full in html reports, not only their costliest lines")
	fs.BoolVar(&o.verbose, "v", false, "print progress to stderr (the default when stderr is a terminal)")
	fs.Usage = func() {
		fmt.Fprint(stderr, usage)
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return nil, 0
		}
		return nil, 2
	}
	switch o.format {
	case "html", "text", "json":
	default:
		fmt.Fprintf(stderr, "hpvet annotate: -format %q: want html, text or json\n", o.format)
		return nil, 2
	}
	if o.top < 1 {
		fmt.Fprintf(stderr, "hpvet annotate: -top %d: want at least 1\n", o.top)
		return nil, 2
	}
	o.patterns = fs.Args()
	if len(o.patterns) == 0 {
		fmt.Fprintln(stderr, "hpvet annotate: no packages named (try ./...)")
		fs.Usage()
		return nil, 2
	}
	if o.out == "" && o.format == "html" {
		o.out = "annotate.html"
	}
	wd, err := os.Getwd()
	if err != nil {
		fmt.Fprintf(stderr, "hpvet annotate: %v\n", err)
		return nil, 1
	}
	o.dir = wd
	if o.verbose || isTerminal(stderr) {
		o.progress = stderr
	}
	return o, 0
}

func run(ctx context.Context, o *options, stdout, stderr io.Writer) error {
	start := time.Now()
	step := func(format string, args ...any) {
		if o.progress != nil {
			fmt.Fprintf(o.progress, "hpvet annotate: [%5.1fs] %s\n", time.Since(start).Seconds(), fmt.Sprintf(format, args...))
		}
	}
	// Read the profile first: a bad one should not cost a build.
	var prof *sampleProfile
	if o.profile != "" {
		var err error
		if prof, err = readProfile(o.profile, o.sampleType); err != nil {
			return fmt.Errorf("reading profile: %v", err)
		}
	}
	if o.out != "" && o.out != "-" {
		if dir := filepath.Dir(o.out); dir != "." {
			if fi, err := os.Stat(dir); err != nil || !fi.IsDir() {
				return fmt.Errorf("-o %s: directory %s does not exist", o.out, dir)
			}
		}
	}
	tmp, err := os.MkdirTemp("", "hpvet-annotate-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(tmp)

	step("building %s with -gcflags='-json=0,DIR -d=pctab=pctoinline' and running %d analyzers", strings.Join(o.patterns, " "), len(o.analyzers))
	type loadResult struct {
		l   *loaded
		err error
	}
	loadc := make(chan loadResult, 1)
	go func() {
		l, err := loadAndVet(o, o.analyzers)
		loadc <- loadResult{l, err}
	}()
	b, err := runBuild(ctx, o, tmp)
	if err != nil {
		return err
	}
	step("build done: %d compiler log records, assembly for %d lines", len(b.diags), len(b.asm.byPos))
	if len(b.asm.byPos) == 0 && len(b.diags) > 0 {
		fmt.Fprintf(stderr, "hpvet annotate: warning: no assembly parsed from the compiler's %s listing (has its format changed in %s?); lines are scored from the -json log only\n", listingFlag, b.goVersion)
	}
	lr := <-loadc
	if lr.err != nil {
		return fmt.Errorf("loading packages: %v", lr.err)
	}
	step("packages loaded and analyzed: %d files", len(lr.l.files))
	for _, w := range lr.l.warnings {
		fmt.Fprintf(stderr, "hpvet annotate: warning: hpvet findings incomplete: %s\n", w)
	}

	rep := buildReport(&inputs{
		files:    lr.l.files,
		sources:  lr.l.sources,
		diags:    b.diags,
		asm:      b.asm,
		findings: lr.l.findings,
		profile:  prof,
		withAsm:  o.asm && o.format != "text",
	})
	rep.Command = "hpvet annotate " + strings.Join(o.patterns, " ")
	rep.GoVersion = b.goVersion
	var data []byte
	switch o.format {
	case "html":
		data, err = renderHTML(rep, o.generated)
	case "text":
		data = renderText(rep, o.top)
	case "json":
		data, err = json.MarshalIndent(rep, "", "  ")
		data = append(data, '\n')
	}
	if err != nil {
		return err
	}
	step("report rendered: %d bytes", len(data))
	if o.out == "" || o.out == "-" {
		_, err = stdout.Write(data)
		return err
	}
	if err := gen.WriteFiles(filepath.Dir(o.out), []gen.File{{Name: filepath.Base(o.out), Data: data}}); err != nil {
		return err
	}
	abs, _ := filepath.Abs(o.out)
	n, files := countFiles(rep), "files"
	if n == 1 {
		files = "file"
	}
	fmt.Fprintf(stderr, "hpvet annotate: wrote %s (%d %s, %.1fs)\n", abs, n, files, time.Since(start).Seconds())
	return nil
}

func countFiles(r *Report) int {
	n := 0
	for _, p := range r.Packages {
		n += len(p.Files)
	}
	return n
}

// isTerminal reports whether w is a character device such as a terminal.
func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	fi, err := f.Stat()
	return err == nil && fi.Mode()&os.ModeCharDevice != 0
}
