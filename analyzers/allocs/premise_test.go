package allocs_test

// Premise tests: each check's claim about Go 1.26, measured. The Test
// functions pin allocation counts with testing.AllocsPerRun (they fail if
// a compiler change makes a check's premise false, or makes an excluded
// form start allocating); the Benchmarks give the time figures quoted in
// doc.go and in the messages. The slow forms here are deliberate, hence
// the //hpvet:ignore directives: `make lint` runs hpvet on this file.

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"testing"
	"text/template"
	"time"
)

var (
	sinkString string
	sinkInt    int
	sinkBool   bool
	sinkAny    any
	sinkErr    error
	sinkBytes  []byte
)

func wantAllocs(t *testing.T, name string, want float64, f func()) {
	t.Helper()
	if got := testing.AllocsPerRun(100, f); got != want {
		t.Errorf("%s: %v allocs per run, want %v", name, got, want)
	}
}

// --- concatloop ---

var piece = "0123456789"

func concatPlus(n int) string {
	s := ""
	for range n {
		s += piece //hpvet:ignore allocs.concatloop premise
	}
	return s
}

func concatBuilder(n int) string {
	var b strings.Builder
	for range n {
		b.WriteString(piece)
	}
	return b.String()
}

func TestConcatPremise(t *testing.T) {
	// The first += returns piece itself: 99 copies for 100 appends.
	wantAllocs(t, "s += x, 100 times", 99, func() { sinkString = concatPlus(100) })
	// The builder doubles its buffer: about log2(100*10/8) growths.
	if got := testing.AllocsPerRun(100, func() { sinkString = concatBuilder(100) }); got > 12 {
		t.Errorf("strings.Builder, 100 writes: %v allocs, want at most 12", got)
	}
}

func BenchmarkConcat1000(b *testing.B) {
	b.Run("plus", func(b *testing.B) {
		for b.Loop() {
			sinkString = concatPlus(1000)
		}
	})
	b.Run("builder", func(b *testing.B) {
		for b.Loop() {
			sinkString = concatBuilder(1000)
		}
	})
}

// --- fmtloop ---

var (
	host = "example.com"
	port = 8080
)

func TestFmtPremise(t *testing.T) {
	// Sprintf boxes the string (1) and the int >= 256 (1) and allocates the
	// result (1); strconv+concat allocates Itoa's result and the result.
	wantAllocs(t, "Sprintf %s:%d", 3, func() { sinkString = fmt.Sprintf("%s:%d", host, port) })
	wantAllocs(t, "concat+Itoa", 2, func() { sinkString = host + ":" + strconv.Itoa(port) })
	wantAllocs(t, "Sprint(int)", 2, func() { sinkString = fmt.Sprint(port) })
	wantAllocs(t, "Itoa", 1, func() { sinkString = strconv.Itoa(port) })
	wantAllocs(t, "Errorf", 4, func() { sinkErr = fmt.Errorf("bad port %d on %s", port, host) })
	wantAllocs(t, "errors.New+concat", 3, func() { sinkErr = errors.New("bad port " + strconv.Itoa(port) + " on " + host) })
	// The fix is exact: same text, same error type.
	if a, b := fmt.Sprintf("%s:%d|%q|%v|%d", host, -port, host, true, uint8(7)),
		host+":"+strconv.Itoa(-port)+"|"+strconv.Quote(host)+"|"+strconv.FormatBool(true)+"|"+strconv.FormatUint(uint64(uint8(7)), 10); a != b {
		t.Errorf("Sprintf = %q, concat = %q", a, b)
	}
	// Literal arguments are written into the string (testdata a/fmt.go.golden).
	if a, b := fmt.Sprintf("%s.v%d.%d|%q|%d|%s|%d", host, 8, port, "k\n", 'x', "lit", -3),
		host+".v8."+strconv.Itoa(port)+"|\"k\\n\"|120|lit|-3"; a != b {
		t.Errorf("Sprintf = %q, fix = %q", a, b)
	}
	if a, b := fmt.Sprintf("%d-%d", port, 0x10), strconv.Itoa(port)+"-16"; a != b {
		t.Errorf("Sprintf = %q, fix = %q", a, b)
	}
	e1, e2 := fmt.Errorf("x %d", 1), errors.New("x "+strconv.Itoa(1))
	if fmt.Sprintf("%T %v", e1, e1) != fmt.Sprintf("%T %v", e2, e2) {
		t.Errorf("Errorf gives %T, errors.New gives %T", e1, e2)
	}
}

func BenchmarkSprintf(b *testing.B) {
	b.Run("sprintf", func(b *testing.B) {
		for b.Loop() {
			sinkString = fmt.Sprintf("%s:%d", host, port) //hpvet:ignore allocs.fmtloop premise
		}
	})
	b.Run("concat", func(b *testing.B) {
		for b.Loop() {
			sinkString = host + ":" + strconv.Itoa(port)
		}
	})
}

func BenchmarkSprint(b *testing.B) {
	b.Run("sprint", func(b *testing.B) {
		for b.Loop() {
			sinkString = fmt.Sprint(port) //hpvet:ignore allocs.fmtloop premise
		}
	})
	b.Run("itoa", func(b *testing.B) {
		for b.Loop() {
			sinkString = strconv.Itoa(port)
		}
	})
}

func BenchmarkErrorf(b *testing.B) {
	b.Run("errorf", func(b *testing.B) {
		for b.Loop() {
			sinkErr = fmt.Errorf("bad port %d on %s", port, host) //hpvet:ignore allocs.fmtloop premise
		}
	})
	b.Run("errors.New", func(b *testing.B) {
		for b.Loop() {
			sinkErr = errors.New("bad port " + strconv.Itoa(port) + " on " + host)
		}
	})
}

// --- convloop ---

var (
	short = []byte("key=value")
	long  = bytes.Repeat([]byte("abcdefgh"), 8) // 64 bytes
	str   = string(long)
	table = map[string]int{"key=value": 1}
)

func TestConvPremise(t *testing.T) {
	// Copies that allocate: a non-escaping conversion gets a 32-byte stack
	// buffer, so only longer data reaches the heap.
	wantAllocs(t, "strings.HasPrefix(string(long))", 1, func() { sinkBool = strings.HasPrefix(string(long), "abc") })
	wantAllocs(t, "strings.Contains(string(long))", 1, func() { sinkBool = strings.Contains(string(long), "xyz") })
	wantAllocs(t, "bytes.Contains([]byte(str))", 1, func() { sinkBool = bytes.Contains([]byte(str), []byte("xyz")) })
	wantAllocs(t, "strings.HasPrefix(string(short))", 0, func() { sinkBool = strings.HasPrefix(string(short), "key") })
	// The twins take the data directly; []byte("const") does not allocate.
	wantAllocs(t, "bytes.HasPrefix(long)", 0, func() { sinkBool = bytes.HasPrefix(long, []byte("abc")) })
	wantAllocs(t, "bytes.Contains(long)", 0, func() { sinkBool = bytes.Contains(long, []byte("xyz")) })
	wantAllocs(t, "strings.Contains(str)", 0, func() { sinkBool = strings.Contains(str, "xyz") })
	// Forms the compiler elides: never reported.
	wantAllocs(t, "m[string(b)]", 0, func() { sinkInt = table[string(long)] })
	wantAllocs(t, "string(b) == s", 0, func() { sinkBool = string(long) == str })
	wantAllocs(t, "switch string(b)", 0, func() {
		switch string(long) {
		case "x":
			sinkInt = 1
		}
	})
	wantAllocs(t, "range []byte(s)", 0, func() {
		n := 0
		for _, c := range []byte(str) {
			n += int(c)
		}
		sinkInt = n
	})
	// A concatenation operand is not copied; the result is the one alloc,
	// as it is without the conversion.
	wantAllocs(t, `"x" + string(b)`, 1, func() { sinkString = "x" + string(long) })
	wantAllocs(t, `"x" + s`, 1, func() { sinkString = "x" + str })
	// strings.TrimSpace(string(b)) whose result is kept: the conversion is
	// the result's storage, so bytes.TrimSpace would still need a string()
	// to keep it; not reported (no twin with the same result type).
	wantAllocs(t, "kept strings.TrimSpace(string(b))", 1, func() { sinkString = strings.TrimSpace(string(long)) })
}

func BenchmarkConv(b *testing.B) {
	b.Run("string(b)", func(b *testing.B) {
		for b.Loop() {
			sinkBool = strings.Contains(string(long), "xyz") //hpvet:ignore allocs.convloop premise
		}
	})
	b.Run("bytes", func(b *testing.B) {
		for b.Loop() {
			sinkBool = bytes.Contains(long, []byte("xyz"))
		}
	})
}

// --- boxing ---

type pair struct{ a, b int }

// Package-level, so the compiler cannot treat them as constants and the
// runtime's conversion functions (convT64, convTstring, ...) run.
var (
	big           = 1000
	word          = "word"
	small         = 7
	zero          = 0
	oneByte  byte = 200
	i8       int8 = -3
	yes           = true
	empty         = ""
	nilSlice []int
	zeroPair pair
	onePair  = pair{1, 2}
)

func TestBoxingPremise(t *testing.T) {
	var (
		slice = []int{1}
		ptr   = &onePair
		m     = map[int]int{}
		zst   struct{}
	)
	// No allocation: constants, zero-size values, pointer-shaped values,
	// one-byte values, integers below 256, zero strings and nil slices.
	wantAllocs(t, "constant", 0, func() { sinkAny = 12345 })
	wantAllocs(t, "constant string", 0, func() { sinkAny = "constant" })
	wantAllocs(t, "int 7", 0, func() { sinkAny = small })
	wantAllocs(t, "int 0", 0, func() { sinkAny = zero })
	wantAllocs(t, "byte", 0, func() { sinkAny = oneByte })
	wantAllocs(t, "int8", 0, func() { sinkAny = i8 })
	wantAllocs(t, "bool", 0, func() { sinkAny = yes })
	wantAllocs(t, `""`, 0, func() { sinkAny = empty })
	wantAllocs(t, "nil slice", 0, func() { sinkAny = nilSlice })
	wantAllocs(t, "pointer", 0, func() { sinkAny = ptr })
	wantAllocs(t, "map", 0, func() { sinkAny = m })
	wantAllocs(t, "struct{}", 0, func() { sinkAny = zst })
	wantAllocs(t, "pair{} literal", 0, func() { sinkAny = pair{} })
	// Allocation: everything else, including a zero struct held in a
	// variable (the runtime has no zero check for general types).
	wantAllocs(t, "int 1000", 1, func() { sinkAny = big })
	wantAllocs(t, `"word"`, 1, func() { sinkAny = word })
	wantAllocs(t, "slice", 1, func() { sinkAny = slice })
	wantAllocs(t, "pair var", 1, func() { sinkAny = onePair })
	wantAllocs(t, "zero pair var", 1, func() { sinkAny = zeroPair })
}

func BenchmarkBoxing(b *testing.B) {
	v := pair{1, 2}
	b.Run("value", func(b *testing.B) {
		for b.Loop() {
			sinkAny = v //hpvet:ignore allocs.boxing premise
		}
	})
	b.Run("pointer", func(b *testing.B) {
		for b.Loop() {
			sinkAny = &v
		}
	})
}

// --- deferloop ---

var mu sync.Mutex

func deferPerCall(n int) {
	for range n {
		func() {
			mu.Lock()
			defer mu.Unlock()
		}()
	}
}

// deferInLoop needs a recursive mutex to run n > 1 times; count defers on
// a no-op instead.
func deferNoop(n int) {
	for range n {
		defer func() {}() //hpvet:ignore allocs.deferloop premise
	}
}

// deferCounting returns how many of its n deferred calls had run when
// the loop finished.
func deferCounting(n int) (ranBeforeReturn int) {
	ran := 0
	for range n {
		defer func() { ran++ }() //hpvet:ignore allocs.deferloop premise
	}
	return ran
}

func TestDeferPremise(t *testing.T) {
	// The deferred calls pile up: none has run when the loop ends.
	if got := deferCounting(8); got != 0 {
		t.Errorf("%d of 8 deferred calls ran before the function returned, want 0", got)
	}
	// On Go 1.26 a defer in a loop takes its record from a per-P pool, so
	// it does not allocate in steady state; its cost is time (see
	// BenchmarkDefer8) and the resources held until return.
	wantAllocs(t, "defer in loop x8", 0, func() { deferNoop(8) })
	wantAllocs(t, "defer per call x8", 0, func() { deferPerCall(8) })
}

func BenchmarkDefer8(b *testing.B) {
	b.Run("inloop", func(b *testing.B) {
		for b.Loop() {
			deferNoop(8)
		}
	})
	b.Run("percall", func(b *testing.B) {
		for b.Loop() {
			deferPerCall(8)
		}
	})
}

// --- compileloop ---

const pattern = `^(\w+)=(\d+)$`

var (
	hoistedRE       = regexp.MustCompile(pattern)
	hoistedReplacer = strings.NewReplacer("<", "&lt;", ">", "&gt;")
	hoistedTemplate = template.Must(template.New("t").Parse("{{.}}"))
)

func TestCompilePremise(t *testing.T) {
	if got := testing.AllocsPerRun(20, func() { sinkAny = regexp.MustCompile(pattern) }); got < 10 {
		t.Errorf("regexp.MustCompile: %v allocs, want at least 10", got)
	}
	wantAllocs(t, "hoisted regexp match", 0, func() { sinkBool = hoistedRE.MatchString("key=42") })
	if got := testing.AllocsPerRun(20, func() { sinkAny = strings.NewReplacer("<", "&lt;", ">", "&gt;") }); got < 2 {
		t.Errorf("strings.NewReplacer: %v allocs, want at least 2", got)
	}
	if got := testing.AllocsPerRun(20, func() { sinkAny = template.Must(template.New("t").Parse("{{.}}")) }); got < 10 {
		t.Errorf("template Parse: %v allocs, want at least 10", got)
	}
	// time.LoadLocation("UTC") and ("") return a static value: not reported.
	wantAllocs(t, `LoadLocation("UTC")`, 0, func() { sinkAny, _ = time.LoadLocation("UTC") })
}

func BenchmarkRegexp(b *testing.B) {
	b.Run("compile+match", func(b *testing.B) {
		for b.Loop() {
			sinkBool = regexp.MustCompile(pattern).MatchString("key=42") //hpvet:ignore allocs.compileloop premise
		}
	})
	b.Run("hoisted", func(b *testing.B) {
		for b.Loop() {
			sinkBool = hoistedRE.MatchString("key=42")
		}
	})
}

func BenchmarkReplacer(b *testing.B) {
	b.Run("new+replace", func(b *testing.B) {
		for b.Loop() {
			sinkString = strings.NewReplacer("<", "&lt;", ">", "&gt;").Replace("a<b>c") //hpvet:ignore allocs.compileloop premise
		}
	})
	b.Run("hoisted", func(b *testing.B) {
		for b.Loop() {
			sinkString = hoistedReplacer.Replace("a<b>c")
		}
	})
}

func BenchmarkTemplate(b *testing.B) {
	b.Run("parse+execute", func(b *testing.B) {
		for b.Loop() {
			template.Must(template.New("t").Parse("{{.}}")).Execute(io.Discard, 1) //hpvet:ignore allocs.compileloop premise
		}
	})
	b.Run("hoisted", func(b *testing.B) {
		for b.Loop() {
			hoistedTemplate.Execute(io.Discard, 1)
		}
	})
}

func BenchmarkLoadLocation(b *testing.B) {
	if _, err := time.LoadLocation("America/New_York"); err != nil {
		b.Skip("no time zone database:", err)
	}
	for b.Loop() {
		sinkAny, _ = time.LoadLocation("America/New_York") //hpvet:ignore allocs.compileloop premise
	}
}

// --- bufferloop ---

var line = bytes.Repeat([]byte("x"), 100)

func bufferFresh(n int) {
	for range n {
		var buf bytes.Buffer //hpvet:ignore allocs.bufferloop premise
		for range 10 {
			buf.Write(line)
		}
		sinkString = buf.String()
	}
}

func bufferReused(n int) {
	var buf bytes.Buffer
	for range n {
		buf.Reset()
		for range 10 {
			buf.Write(line)
		}
		sinkString = buf.String()
	}
}

func builderReused(n int) {
	var sb strings.Builder
	for range n {
		sb.Reset()
		sb.Write(line)
		sinkString = sb.String()
	}
}

func builderFresh(n int) {
	for range n {
		var sb strings.Builder
		sb.Write(line)
		sinkString = sb.String()
	}
}

func makeFixed(n int) {
	for range n {
		buf := make([]byte, 64)
		copy(buf, line)
		sinkInt += int(buf[3])
	}
}

func TestBufferPremise(t *testing.T) {
	// Fresh: 1000 bytes in 100-byte writes regrow the storage every
	// iteration, then String copies.
	wantAllocs(t, "fresh bytes.Buffer x10", 60, func() { bufferFresh(10) })
	// Reused: String's copy only, after the first iteration's growth.
	wantAllocs(t, "reused bytes.Buffer x10", 15, func() { bufferReused(10) })
	// strings.Builder.Reset drops the storage (String shares it), so reuse
	// saves nothing: the check does not report strings.Builder.
	wantAllocs(t, "fresh strings.Builder x10", 10, func() { builderFresh(10) })
	wantAllocs(t, "reused strings.Builder x10", 10, func() { builderReused(10) })
	// A fixed-size make that does not escape lives on the stack: the check
	// does not report make.
	wantAllocs(t, "make([]byte, 64) x10", 0, func() { makeFixed(10) })
}

func BenchmarkBuffer(b *testing.B) {
	b.Run("fresh", func(b *testing.B) {
		for b.Loop() {
			bufferFresh(10)
		}
	})
	b.Run("reused", func(b *testing.B) {
		for b.Loop() {
			bufferReused(10)
		}
	})
}

// --- closures and method values (no check: see doc.go) ---

type counter struct{ n int }

func (c *counter) inc() { c.n++ }

func callIt(f func()) { f() }

var keep func()

func TestClosurePremise(t *testing.T) {
	c := &counter{}
	// A method value or closure that does not escape is built on the stack.
	wantAllocs(t, "method value, not escaping", 0, func() { callIt(c.inc) })
	wantAllocs(t, "closure, not escaping", 0, func() { callIt(func() { c.n++ }) })
	// One that escapes is a heap allocation; telling the two apart needs
	// the compiler's escape analysis, which an analyzer does not have.
	wantAllocs(t, "method value, escaping", 1, func() { keep = c.inc })
}
