package annotate

import (
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
)

// buildOutput is what one build with compiler diagnostics produced.
type buildOutput struct {
	diags     []compilerDiag
	asm       *asmListing
	goVersion string // the compiler's, from its log
}

// A buildError is a failed build: the go command's and compiler's words.
type buildError struct {
	lines []string
	err   error
}

func (e *buildError) Error() string {
	return strings.Join(e.lines, "\n") + "\n" + e.err.Error()
}

// listingFlag asks the compiler for its assembly listing. It is the -S
// listing without data dumps, plus, per instruction, the inlined call it
// belongs to: with it a line inlined twice into one function counts as two
// copies of one execution's cost, not as one execution costing double.
// (Measured on net/http: 16 MB of output against 25 MB for -S, and no more
// compile time.)
const listingFlag = "-d=pctab=pctoinline"

// buildArgs is the go command line for a build with diagnostics into
// logDir. Each run uses a fresh logDir: the flag changes the build cache
// key, so the packages are really compiled and the log is really written
// (a cache hit replays -m text but writes no JSON).
func buildArgs(o *options, logDir, outDir string) []string {
	gcflags := "-json=0,file://" + filepath.ToSlash(logDir) + " " + listingFlag
	if strings.ContainsAny(logDir, " \t'\"") {
		gcflags = fmt.Sprintf("'-json=0,file://%s' %s", filepath.ToSlash(logDir), listingFlag)
	}
	args := []string{"build", "-o", os.DevNull}
	if o.test {
		// go test -c links one test binary per package into outDir.
		args = []string{"test", "-c", "-o", outDir + string(filepath.Separator)}
	}
	if o.tags != "" {
		args = append(args, "-tags", o.tags)
	}
	args = append(args, "-gcflags="+gcflags)
	return append(append(args, "--"), o.patterns...)
}

// runBuild builds the packages with -json and -S, parses the assembly as it
// streams out, then reads the JSON logs.
func runBuild(ctx context.Context, o *options, tmp string) (*buildOutput, error) {
	logDir := filepath.Join(tmp, "log")
	outDir := filepath.Join(tmp, "bin")
	for _, d := range []string{logDir, outDir} {
		if err := os.Mkdir(d, 0o755); err != nil {
			return nil, err
		}
	}
	cmd := exec.CommandContext(ctx, o.goCmd, buildArgs(o, logDir, outDir)...)
	cmd.Dir = o.dir
	cmd.Stdout = os.Stderr // go build prints nothing on stdout; keep ours clean
	pipe, err := cmd.StderrPipe()
	if err != nil {
		return nil, err
	}
	if err := cmd.Start(); err != nil {
		return nil, fmt.Errorf("running %s: %v", o.goCmd, err)
	}
	abs := func(p string) string {
		if filepath.IsAbs(p) || strings.HasPrefix(p, "<") {
			return p
		}
		return filepath.Join(o.dir, p)
	}
	asm, perr := parseAsm(pipe, abs)
	if werr := cmd.Wait(); werr != nil {
		return nil, &buildError{lines: asm.Other, err: werr}
	}
	if perr != nil {
		return nil, fmt.Errorf("reading the compiler's -S output: %v", perr)
	}
	diags, version, err := readCompilerLogs(logDir)
	if err != nil {
		return nil, fmt.Errorf("reading the compiler's -json log: %v", err)
	}
	return &buildOutput{diags: diags, asm: asm, goVersion: version}, nil
}
