package specialize

import (
	"bytes"
	"reflect"
	"strings"
	"testing"
)

func TestParseDirective(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want Request
		err  string
	}{
		{in: " T=*Item,int64 K=string", want: Request{Args: map[string][]string{"T": {"*Item", "int64"}, "K": {"string"}}, Order: []string{"T", "K"}}},
		// A space outside brackets ends the type: write a named type instead.
		{in: "V=func(a, b int) bool", err: `malformed "bool"`},
		{in: "V=map[string]int,Pair[int,string] name=x dispatch=D", want: Request{
			Args:  map[string][]string{"V": {"map[string]int", "Pair[int,string]"}},
			Order: []string{"V"}, Name: "x", Dispatch: "D"}},
		{in: "", err: "no type arguments"},
		{in: "T", err: `malformed "T"`},
		{in: "T=", err: `malformed "T="`},
		{in: "T=int T=string", err: "given twice"},
		{in: "T=int,", err: "empty type argument"},
		{in: "T=[]int]", err: "unbalanced"},
		{in: "T=map[int", err: "unbalanced"},
		{in: "name=1x T=int", err: "not a Go identifier"},
		{in: "name=func T=int", err: "not a Go identifier"},
		{in: "dispatch=_ T=int", err: "not a Go identifier"},
		{in: "type=int", err: "not a type parameter name"},
		{in: "π=int name=Σ", want: Request{Args: map[string][]string{"π": {"int"}}, Order: []string{"π"}, Name: "Σ"}},
		{in: "1T=int", err: "not a type parameter name"},
	} {
		got, err := ParseDirective(tc.in)
		if tc.err != "" {
			if err == nil || !strings.Contains(err.Error(), tc.err) {
				t.Errorf("ParseDirective(%q) error = %v, want %q", tc.in, err, tc.err)
			}
			continue
		}
		if err != nil {
			t.Errorf("ParseDirective(%q): %v", tc.in, err)
			continue
		}
		if !reflect.DeepEqual(got, tc.want) {
			t.Errorf("ParseDirective(%q) = %+v, want %+v", tc.in, got, tc.want)
		}
	}
}

func TestRunFlags(t *testing.T) {
	for _, tc := range []struct {
		args []string
		err  string
	}{
		{[]string{"-bogus"}, "flag provided but not defined"},
		{[]string{"extra"}, "unexpected arguments"},
		{[]string{"-func", "F"}, "-func and -types go together"},
		{[]string{"-name", "x"}, "-func and -types go together"},
		{[]string{"-o", "sub/z.go"}, "want a non-test .go file name"},
		{[]string{"-o", "z_test.go"}, "want a non-test .go file name"},
		{[]string{"-func", "F", "-types", "T"}, `-types: malformed "T"`},
		{[]string{"-dir", "testdata/does-not-exist"}, "testdata/does-not-exist: not a package directory"},
	} {
		var stdout, stderr bytes.Buffer
		err := Run(tc.args, &stdout, &stderr)
		if err == nil || !strings.Contains(err.Error(), tc.err) {
			t.Errorf("Run(%q) = %v, want an error containing %q", tc.args, err, tc.err)
		}
	}
	var stdout, stderr bytes.Buffer
	if err := Run([]string{"-h"}, &stdout, &stderr); err != nil || !strings.Contains(stderr.String(), "usage: hpgen specialize") {
		t.Errorf("Run(-h) = %v, stderr %q", err, stderr.String())
	}
}
