package specialize

import (
	"bytes"
	"os"
	"path/filepath"
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
		{[]string{"-func", "F", "-types", "T=int name=a", "-name", "b"}, "-name and name= in -types both given"},
		{[]string{"-func", "F", "-types", "T=int dispatch=a", "-dispatch", "b"}, "-dispatch and dispatch= in -types both given"},
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

// TestRunOutsideModule checks that a directory outside any module gets an
// error that says so (go/packages reports only "0 packages").
func TestRunOutsideModule(t *testing.T) {
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "q.go"), []byte("package q\n\nfunc F[T any](x T) T { return x }\n"), 0o666); err != nil {
		t.Fatal(err)
	}
	var stdout, stderr bytes.Buffer
	err := Run([]string{"-dir", dir, "-func", "F", "-types", "T=int"}, &stdout, &stderr)
	if err == nil || !strings.Contains(err.Error(), "no go.mod in it or any parent directory") {
		t.Errorf("Run outside a module = %v, want an error saying there is no go.mod", err)
	}
}

// TestRunNameInTypes checks that name= and dispatch= written in -types are
// honoured, as they are in a directive (they were once dropped silently).
func TestRunNameInTypes(t *testing.T) {
	dir := t.TempDir()
	for name, src := range map[string]string{
		"go.mod": "module example.com/p\n\ngo 1.26\n",
		"p.go":   "package p\n\nfunc Sum[N ~int | ~int64](xs []N) (s N) {\n\tfor _, x := range xs {\n\t\ts += x\n\t}\n\treturn s\n}\n",
	} {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(src), 0o666); err != nil {
			t.Fatal(err)
		}
	}
	var stdout, stderr bytes.Buffer
	if err := Run([]string{"-dir", dir, "-func", "Sum", "-types", "N=int64 name=sum64"}, &stdout, &stderr); err != nil {
		t.Fatal(err)
	}
	if err := Run([]string{"-dir", dir, "-o", "zdispatch.go", "-func", "Sum", "-types", "N=int,int64 dispatch=SumFast"}, &stdout, &stderr); err != nil {
		t.Fatal(err)
	}
	for file, want := range map[string]string{DefaultOut: "func sum64(", "zdispatch.go": "func SumFast["} {
		data, err := os.ReadFile(filepath.Join(dir, file))
		if err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(string(data), want) {
			t.Errorf("%s does not declare %q:\n%s", file, want, data)
		}
	}
}

// FuzzParseDirective checks that no directive text panics the parser and
// that what it accepts is well formed: every type parameter named once,
// with a non-empty list of non-empty, bracket-balanced type arguments.
func FuzzParseDirective(f *testing.F) {
	for _, s := range []string{
		" T=*Item,int64 K=string", "V=map[string]int,Pair[int,string] name=x dispatch=D",
		"T=func(a, b int) bool", "T=[]int]", "π=int name=Σ", "T=struct{}", "T=chan<- int",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		r, err := ParseDirective(text)
		if err != nil {
			return
		}
		if len(r.Order) == 0 || len(r.Order) != len(r.Args) {
			t.Fatalf("ParseDirective(%q) = %+v: order and arguments disagree", text, r)
		}
		for _, p := range r.Order {
			if len(r.Args[p]) == 0 {
				t.Fatalf("ParseDirective(%q): no arguments for %s", text, p)
			}
			for _, a := range r.Args[p] {
				if strings.TrimSpace(a) == "" {
					t.Fatalf("ParseDirective(%q): empty argument for %s", text, p)
				}
				if _, err := splitTop(a, 0); err != nil {
					t.Fatalf("ParseDirective(%q): unbalanced argument %q", text, a)
				}
			}
		}
	})
}
