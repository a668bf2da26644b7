// Command hpgen is a go generate tool. It writes SIMD kernels (assembly
// generated with avo, the Go around them with jennifer) and specialised,
// non-generic copies of generic code into the package it runs in.
//
//	//go:generate hpgen julia -pkg julia -types float64,float32
//	//go:generate hpgen diffusion -pkg heat -types float64
//	//go:generate hpgen specialize
//
// Run `hpgen help` for the list of generators and `hpgen NAME -h` for the
// flags of one.
package main

import (
	"fmt"
	"io"
	"os"
	"sort"

	"github.com/hpgo/hpgo/internal/gen/diffusion"
	"github.com/hpgo/hpgo/internal/specialize"
)

// A command is one generator. run gets the arguments after its name and
// writes nothing when it returns an error.
type command struct {
	summary string
	run     func(args []string, stdout, stderr io.Writer) error
}

// commands lists the generators.
var commands = map[string]command{
	"specialize": {specialize.Summary, specialize.Run},
	"diffusion":  {diffusion.Summary, diffusion.Run},
}

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

func run(args []string, stdout, stderr io.Writer) int {
	if len(args) == 0 || args[0] == "help" || args[0] == "-h" || args[0] == "-help" || args[0] == "--help" {
		usage(stdout)
		if len(args) == 0 {
			return 2
		}
		return 0
	}
	cmd, ok := commands[args[0]]
	if !ok {
		fmt.Fprintf(stderr, "hpgen: unknown generator %q; run 'hpgen help' for the list\n", args[0])
		return 2
	}
	if err := cmd.run(args[1:], stdout, stderr); err != nil {
		fmt.Fprintf(stderr, "hpgen %s: %v\n", args[0], err)
		return 1
	}
	return 0
}

func usage(w io.Writer) {
	fmt.Fprintln(w, "usage: hpgen GENERATOR [flags]\n\ngenerators:")
	names := make([]string, 0, len(commands))
	for name := range commands {
		names = append(names, name)
	}
	sort.Strings(names)
	for _, name := range names {
		fmt.Fprintf(w, "  %-12s %s\n", name, commands[name].summary)
	}
}
