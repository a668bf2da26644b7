// Package haswell lets a package's tests run again on an emulated Haswell:
// a CPU with AVX2, FMA and BMI2 and no AVX-512. That is the CPU the AVX2
// kernels are for, and the one the development machine (Zen 4, AVX-512)
// cannot show: there every AVX2 kernel passes even if it contains an
// AVX-512 instruction, and the dispatch never picks AVX2 by itself.
//
// It uses qemu-user (Debian's qemu-user, QEMU 7.2 or later, whose TCG
// emulates AVX2 and FMA but no AVX-512). A package calls Run from a test
// named TestHaswell:
//
//	func TestHaswell(t *testing.T) {
//		haswell.Run(t, "^(TestBook|TestRandom)", nil)
//	}
package haswell

import (
	"bytes"
	"os"
	"os/exec"
	"slices"
	"strings"
	"testing"
	"time"

	"golang.org/x/sys/cpu"
)

const (
	// envEmulated marks the emulated run.
	envEmulated = "HPGO_HASWELL_EMULATED"
	// envRequire makes a missing qemu-x86_64 a failure, not a skip (CI).
	envRequire = "HPGO_REQUIRE_QEMU"
	// marker is what check logs and rerun looks for.
	marker = "haswell: AVX2 without AVX-512"
	// cpuModel is QEMU's Haswell without TSX.
	cpuModel = "Haswell-v4"
)

// Run is the body of TestHaswell. On the host it reruns the test binary
// under emulation (rerun); in the emulated run it checks the CPU (check).
func Run(t *testing.T, run string, env []string, skip ...string) {
	t.Helper()
	if os.Getenv(envEmulated) != "" {
		check(t)
		return
	}
	rerun(t, run, env, skip...)
}

// check, in the emulated run, fails t unless the CPU has AVX2, FMA and BMI2
// and lacks AVX-512F, and logs the line rerun looks for.
func check(t *testing.T) {
	t.Helper()
	x := cpu.X86
	if !x.HasAVX2 || !x.HasFMA || !x.HasBMI2 || x.HasAVX512F {
		t.Fatalf("emulated CPU: AVX2 %v FMA %v BMI2 %v AVX512F %v; want AVX2, FMA and BMI2 without AVX-512 (QEMU 7.2 or later emulates AVX2)", x.HasAVX2, x.HasFMA, x.HasBMI2, x.HasAVX512F)
	}
	t.Log(marker)
}

// rerun runs this test binary's tests matching run, and TestHaswell, under
// qemu-x86_64 -cpu Haswell-v4 with env added, and fails t if any fails or
// the run was not on a CPU without AVX-512. It skips when qemu-x86_64 is
// not installed (unless HPGO_REQUIRE_QEMU is set), under -short, and when
// skip names an environment variable that is set (an ISA cap, say, for
// which the emulated run would repeat the uncapped one).
func rerun(t *testing.T, run string, env []string, skip ...string) {
	t.Helper()
	if testing.Short() {
		t.Skip("emulation is slow; skipped under -short")
	}
	for _, v := range skip {
		if os.Getenv(v) != "" {
			t.Skipf("%s is set", v)
		}
	}
	qemu, err := exec.LookPath("qemu-x86_64")
	if err != nil {
		if os.Getenv(envRequire) != "" {
			t.Fatalf("%s is set but qemu-x86_64 is not installed (apt-get install qemu-user)", envRequire)
		}
		t.Skip("qemu-x86_64 not installed (apt-get install qemu-user)")
	}
	exe, err := os.Executable()
	if err != nil {
		t.Fatal(err)
	}
	// The child stops with the parent's context, a little before the
	// parent's own deadline, so that its output is still reported.
	args := []string{"-cpu", cpuModel, exe, "-test.v", "-test.count=1", "-test.run", "^TestHaswell$|" + run}
	if d, ok := t.Deadline(); ok {
		args = append(args, "-test.timeout", (time.Until(d) * 9 / 10).String())
	}
	cmd := exec.CommandContext(t.Context(), qemu, args...)
	cmd.Env = append(append(os.Environ(), envEmulated+"=1"), env...)
	out, err := cmd.CombinedOutput()
	out = withoutWarnings(out)
	if err != nil {
		t.Fatalf("under qemu-x86_64 -cpu %s: %v\n%s", cpuModel, err, excerpt(out))
	}
	if !bytes.Contains(out, []byte(marker)) {
		t.Fatalf("under qemu-x86_64 -cpu %s: TestHaswell did not confirm the CPU\n%s", cpuModel, excerpt(out))
	}
	var passed []string // top-level tests besides TestHaswell
	for line := range strings.Lines(string(out)) {
		if name, ok := strings.CutPrefix(line, "--- PASS: "); ok {
			if name = strings.Fields(name)[0]; name != "TestHaswell" {
				passed = append(passed, name)
			}
		}
	}
	if len(passed) == 0 {
		t.Fatalf("under qemu-x86_64 -cpu %s: no test matched %q\n%s", cpuModel, run, excerpt(out))
	}
	t.Logf("passed under qemu-x86_64 -cpu %s: %s", cpuModel, strings.Join(passed, " "))
}

// withoutWarnings drops qemu's lines about CPUID features TCG lacks.
func withoutWarnings(out []byte) []byte {
	var b bytes.Buffer
	for line := range strings.Lines(string(out)) {
		if !strings.HasPrefix(line, "qemu-x86_64: warning:") {
			b.WriteString(line)
		}
	}
	return b.Bytes()
}

// excerpt is b, or its first and last 4 KB when longer: a crash (SIGILL
// on an AVX-512 instruction) names itself at the start of a long dump.
func excerpt(b []byte) []byte {
	const n = 4096
	if len(b) <= 2*n {
		return b
	}
	return slices.Concat(b[:n], []byte("\n[...]\n"), b[len(b)-n:])
}
