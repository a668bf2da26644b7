package specialize

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/hpgo/hpgo/internal/testfs"
)

// TestEndToEnd is the user's path: a fresh module with a generic heap and
// its tests, then the directive and a //go:generate line, then go generate
// with hpgen on PATH, go vet, and the module's tests run against both the
// generic and the specialised heap. A second go generate changes nothing; a
// directive hpgen must refuse fails go generate and leaves the file alone.
func TestEndToEnd(t *testing.T) {
	if testing.Short() {
		t.Skip("builds hpgen and runs the go command")
	}
	m := testfs.NewUserModule(t)
	mod, write := m.Dir, m.Write
	run := func(args ...string) (string, error) { return m.Go(nil, args...) }
	write("go.mod", "module example.com/pq\n\ngo 1.26\n")
	write("pq.go", e2eHeap)
	write("pq_test.go", e2eTest)
	if out, err := run("test", "./..."); err != nil {
		t.Fatalf("generic module's own tests: %v\n%s", err, out)
	}

	// Ask for the copy, and test it the same way.
	src := strings.Replace(e2eHeap, "type Heap[", "//\n//hpgen:specialize T=*Job\ntype Heap[", 1)
	src = strings.Replace(src, "func Drain[", "//\n//hpgen:specialize T=*Job dispatch=DrainFast\nfunc Drain[", 1)
	write("pq.go", src+"\n//go:generate hpgen specialize\n")
	write("spec_test.go", e2eSpecTest)
	if out, err := run("generate", "./..."); err != nil {
		t.Fatalf("go generate: %v\n%s", err, out)
	}
	gen, err := os.ReadFile(filepath.Join(mod, DefaultOut))
	if err != nil {
		t.Fatal(err)
	}
	if out, err := run("vet", "./..."); err != nil {
		t.Fatalf("go vet: %v\n%s", err, out)
	}
	out, err := run("test", "-v", "-count=1", "./...")
	if err != nil {
		t.Fatalf("go test: %v\n%s", err, out)
	}
	for _, name := range []string{"TestGeneric", "TestSpecialised", "TestDispatch"} {
		if !strings.Contains(out, "--- PASS: "+name) {
			t.Errorf("%s did not pass:\n%s", name, out)
		}
	}
	if out, err := run("generate", "./..."); err != nil {
		t.Fatalf("second go generate: %v\n%s", err, out)
	}
	if again, _ := os.ReadFile(filepath.Join(mod, DefaultOut)); !bytes.Equal(again, gen) {
		t.Errorf("second go generate changed %s", DefaultOut)
	}

	// A refusal fails go generate, names the place, and writes nothing.
	write("bad.go", "package pq\n\nimport \"reflect\"\n\n//hpgen:specialize T=int\nfunc Kind[T any](x T) string { return reflect.TypeOf(x).Name() }\n")
	out, err = run("generate", "./...")
	if err == nil {
		t.Fatalf("go generate accepted reflection on a type parameter:\n%s", out)
	}
	if !strings.Contains(out, "bad.go:6:39: reflection on a type parameter") {
		t.Errorf("refusal does not name the place:\n%s", out)
	}
	if again, _ := os.ReadFile(filepath.Join(mod, DefaultOut)); !bytes.Equal(again, gen) {
		t.Errorf("refused go generate changed %s", DefaultOut)
	}
}

const e2eHeap = `package pq

// Job is ordered by Priority.
type Job struct {
	Priority int
	Name     string
}

// Less orders jobs by priority, then name.
func (a *Job) Less(b *Job) bool {
	if a.Priority != b.Priority {
		return a.Priority < b.Priority
	}
	return a.Name < b.Name
}

// Lesser is satisfied by types ordered by a Less method.
type Lesser[T any] interface{ Less(T) bool }

// Heap is a binary min-heap.
type Heap[T Lesser[T]] struct{ xs []T }

// Push adds x.
func (h *Heap[T]) Push(x T) {
	h.xs = append(h.xs, x)
	for j := len(h.xs) - 1; j > 0; {
		i := (j - 1) / 2
		if !h.xs[j].Less(h.xs[i]) {
			break
		}
		h.xs[i], h.xs[j] = h.xs[j], h.xs[i]
		j = i
	}
}

// Pop removes the least element; ok is false when the heap is empty.
func (h *Heap[T]) Pop() (x T, ok bool) {
	if len(h.xs) == 0 {
		return x, false
	}
	x = h.xs[0]
	n := len(h.xs) - 1
	h.xs[0] = h.xs[n]
	h.xs = h.xs[:n]
	for i := 0; ; {
		j := 2*i + 1
		if j >= n {
			break
		}
		if j+1 < n && h.xs[j+1].Less(h.xs[j]) {
			j++
		}
		if !h.xs[j].Less(h.xs[i]) {
			break
		}
		h.xs[i], h.xs[j] = h.xs[j], h.xs[i]
		i = j
	}
	return x, true
}

// Drain pushes xs and pops them all, in order.
func Drain[T Lesser[T]](xs []T) []T {
	var h Heap[T]
	for _, x := range xs {
		h.Push(x)
	}
	var out []T
	for x, ok := h.Pop(); ok; x, ok = h.Pop() {
		out = append(out, x)
	}
	return out
}
`

const e2eTest = `package pq

import (
	"fmt"
	"testing"
)

func jobs() []*Job {
	var out []*Job
	for i := range 200 {
		out = append(out, &Job{Priority: (i * 7919) % 37, Name: fmt.Sprint(i % 5)})
	}
	return out
}

// check drains jobs with push and pop and returns what came out.
func check(t *testing.T, push func(*Job), pop func() (*Job, bool)) []string {
	for _, j := range jobs() {
		push(j)
	}
	var out []string
	var last *Job
	for j, ok := pop(); ok; j, ok = pop() {
		if last != nil && j.Less(last) {
			t.Fatalf("%v popped after %v", j, last)
		}
		last = j
		out = append(out, fmt.Sprint(j.Priority, j.Name))
	}
	if len(out) != len(jobs()) {
		t.Fatalf("popped %d jobs, pushed %d", len(out), len(jobs()))
	}
	return out
}

func generic(t *testing.T) []string {
	var h Heap[*Job]
	return check(t, h.Push, h.Pop)
}

func TestGeneric(t *testing.T) { generic(t) }
`

const e2eSpecTest = `package pq

import (
	"slices"
	"testing"
)

func TestSpecialised(t *testing.T) {
	var h HeapJob
	if got, want := check(t, h.Push, h.Pop), generic(t); !slices.Equal(got, want) {
		t.Errorf("HeapJob drained %v, Heap[*Job] %v", got, want)
	}
}

func TestDispatch(t *testing.T) {
	a, b, c := Drain(jobs()), DrainJob(jobs()), DrainFast(jobs())
	if len(a) != len(b) || len(a) != len(c) {
		t.Fatalf("Drain %d jobs, DrainJob %d, DrainFast %d", len(a), len(b), len(c))
	}
	for i := range a {
		if *a[i] != *b[i] || *a[i] != *c[i] {
			t.Fatalf("at %d: Drain %v, DrainJob %v, DrainFast %v", i, a[i], b[i], c[i])
		}
	}
}
`
