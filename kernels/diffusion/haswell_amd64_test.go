//go:build amd64 && !purego

package diffusion

import (
	"testing"

	"github.com/hpgo/hpgo/internal/haswell"
)

// TestHaswell runs the kernel tests again on an emulated Haswell (AVX2, no
// AVX-512), where the dispatch picks the AVX2 kernels by itself and an
// AVX-512 instruction in them would fault (see internal/haswell). The
// numpy and mass tests, a minute between them under emulation, are left
// out; TestStepMatchesReference covers every shape on every path.
func TestHaswell(t *testing.T) {
	haswell.Run(t, "^(TestStepMatchesReference|TestBookGridExact|TestStepParallelMatchesStep|TestEvolve|TestStepAllocs)",
		[]string{"HPGO_DIFFUSION_TEST_REQUIRE=avx2"}, "HPGO_DIFFUSION_ISA")
}
