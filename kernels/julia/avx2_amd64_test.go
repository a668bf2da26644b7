//go:build amd64 && !purego

package julia

import (
	"bufio"
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
)

// TestAVX2NoEVEX disassembles the AVX2 kernels and fails on any
// EVEX-encoded (AVX-512) instruction in them. This machine runs AVX-512
// code, so every other test would pass with one in place, and a CPU with
// AVX2 alone would fault on it. avo's register allocator hands out Y16-Y31
// when sixteen registers do not suffice, and the assembler then encodes
// with EVEX: it did so for a first version of roundSpecAVX2Float64, which
// this test caught. It needs GNU objdump (Go's disassembler does not decode
// VEX); CI installs it and sets HPGO_REQUIRE_OBJDUMP=1.
func TestAVX2NoEVEX(t *testing.T) {
	objdump, err := exec.LookPath("objdump")
	if err != nil {
		if os.Getenv("HPGO_REQUIRE_OBJDUMP") != "" {
			t.Fatal("HPGO_REQUIRE_OBJDUMP is set but there is no objdump")
		}
		t.Skip("no GNU objdump")
	}
	// The running test binary has no symbol table (go test links with -s);
	// build one that has.
	exe := filepath.Join(t.TempDir(), "julia.test")
	goTool := filepath.Join(runtime.GOROOT(), "bin", "go")
	if out, err := exec.Command(goTool, "test", "-c", "-o", exe, ".").CombinedOutput(); err != nil {
		t.Fatalf("go test -c: %v\n%s", err, out)
	}
	out, err := exec.Command(objdump, "-d", "-w", exe).Output()
	if err != nil {
		t.Fatalf("objdump: %v", err)
	}
	// The assembly bodies are the ABI0 symbols, e.g.
	// "0000000000a1b2c0 <github.com/hpgo/hpgo/kernels/julia.roundSpecAVX2Float64.abi0>:";
	// each instruction line is "  addr:\tbytes\tmnemonic operands".
	insns := map[string]int{}
	fn := ""
	sc := bufio.NewScanner(bytes.NewReader(out))
	for sc.Scan() {
		line := sc.Text()
		if strings.HasSuffix(line, ">:") {
			fn = ""
			name := line[strings.Index(line, "<")+1 : len(line)-2]
			if strings.Contains(name, "kernels/julia.") && strings.Contains(name, "AVX2") && strings.HasSuffix(name, ".abi0") {
				fn = name
				insns[fn] += 0
			}
			continue
		}
		f := strings.Split(line, "\t")
		if fn == "" || len(f) < 3 {
			continue
		}
		insns[fn]++
		if strings.HasPrefix(strings.TrimSpace(f[1]), "62 ") {
			t.Errorf("%s: EVEX-encoded instruction: %s", fn, strings.TrimSpace(line))
		}
	}
	// Both types' refill kernel and four round kernels.
	if len(insns) != 10 {
		t.Errorf("found %d AVX2 kernels in the binary, want 10: %v", len(insns), insns)
	}
	for name, n := range insns {
		if n < 50 {
			t.Errorf("%s: %d instructions read; is the disassembly read right?", name, n)
		}
	}
}
