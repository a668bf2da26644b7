package a

import (
	"fmt"
	"os"
)

func sprintfHostPort(hosts []string, port int) []string {
	var out []string
	for _, h := range hosts {
		out = append(out, fmt.Sprintf("%s:%d", h, port)) // want `fmt.Sprintf in a loop boxes its arguments and parses the format on every iteration; strconv and \+ build the same string`
	}
	return out
}

func sprintVerbs(n int64, u uint16, b bool, s string, r rune, times int) {
	for i := 0; i < times; i++ {
		fmt.Println(fmt.Sprintf("%d|%v|%v|%q|%d|100%%", n, u, b, s, r)) // want `fmt.Sprintf in a loop`
		fmt.Println(fmt.Sprint(i))                                      // want `fmt.Sprint in a loop boxes its arguments and formats them by their dynamic type on every iteration; strconv and \+ build the same string \(measured on Sprint\(port\)`
		fmt.Println(fmt.Sprint(s, "x"))                                 // want `fmt.Sprint in a loop`
		fmt.Println(fmt.Sprintf("%s", s)[1:])                           // want `fmt.Sprintf in a loop`
		fmt.Println(fmt.Sprintf("<%s>", s)[1:])                         // want `fmt.Sprintf in a loop`
	}
}

const width = 8

// Literal arguments are written into the string; named constants keep
// their names.
func sprintfLiterals(s string, times int) {
	for i := 0; i < times; i++ {
		fmt.Println(fmt.Sprintf("%s.v%d.%d|%q|%d|%s|%d", s, 8, i, "k\n", 'x', "lit", -3)) // want `fmt.Sprintf in a loop`
		fmt.Println(fmt.Sprintf("%d-%d", width, 0x10))                                    // want `fmt.Sprintf in a loop`
	}
}

func fmtSwitchBreak(xs []int) (out []string) {
outer:
	for _, x := range xs {
		switch {
		case x > 0:
			out = append(out, fmt.Sprint(x)) // want `fmt.Sprint in a loop`
			break                            // leaves the switch, not the loop
		}
		for range x {
			out = append(out, fmt.Sprint(-x)) // want `fmt.Sprint in a loop`
			continue outer                    // leaves the inner loop, but runs on each outer iteration
		}
	}
	return out
}

func shadowedStrconv(xs []int) {
	strconv := "local"
	for _, x := range xs {
		_ = fmt.Sprint(x) + strconv // want `fmt.Sprint in a loop`
	}
}

var _ = os.Stdout

// A function whose body ends in a call that never returns still runs its
// loops on every call: only a block taken on the way out is cold.
func serveThenDie(c checker, reqs []int) {
	for _, r := range reqs {
		fmt.Println(fmt.Sprint(r)) // want `fmt.Sprint in a loop`
	}
	c.Fatalf("server stopped")
}
