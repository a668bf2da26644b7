//go:build amd64 && !purego

package julia

import (
	"testing"

	"github.com/hpgo/hpgo/internal/haswell"
)

// TestHaswell runs the kernel tests again on an emulated Haswell (AVX2, no
// AVX-512), where the dispatch picks the AVX2 kernels by itself and an
// AVX-512 instruction in them faults: a first version of the AVX2
// untested loop did, with SIGILL (see internal/haswell). TestPageEnd is
// left out: QEMU 7.2's VMASKMOVPD faults on masked-off lanes, which the
// architecture does not (Zen 4 passes it); so is TestLongRuns32, 30 s
// under emulation for what TestLongRuns covers on the AVX2 path.
func TestHaswell(t *testing.T) {
	haswell.Run(t, `^(TestBook\w*|TestRandom\w*|TestRounds\w*|TestLongRuns|TestImpl|TestParallelShapes|TestNoAllocs|TestRequiredISAsRun)$`,
		[]string{"HPGO_JULIA_REQUIRE=avx2"}, "HPGO_JULIA_ISA")
}
