package diffusion

import (
	"fmt"
	"os"
	"strings"
)

// isa is a level of instruction set support, ordered: a level implies the
// ones below it.
type isa int

const (
	isaGeneric isa = iota
	isaAVX2
	isaAVX512
)

var isaNames = [...]string{"generic", "avx2", "avx512"}

func (l isa) String() string { return isaNames[l] }

// EnvISA is the environment variable that caps the instruction set used.
const EnvISA = "HPGO_DIFFUSION_ISA"

// level is the instruction set in use: the best the CPU and build offer,
// capped by EnvISA. Tests lower it to cover each path.
var level = func() isa {
	l, err := capISA(cpuISA(), os.Getenv(EnvISA))
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
	}
	return l
}()

func isaLevel() isa { return level }

// capISA lowers best to the level named by env ("" keeps best). An unknown
// name keeps best and returns an error that names the variable.
func capISA(best isa, env string) (isa, error) {
	if env == "" {
		return best, nil
	}
	for l, name := range isaNames {
		if strings.EqualFold(env, name) {
			return min(best, isa(l)), nil
		}
	}
	return best, fmt.Errorf("diffusion: %s=%q: want one of %s; using %s", EnvISA, env, strings.Join(isaNames[:], ", "), best)
}

// ISA names the instruction set the kernels use on this machine.
func ISA() string { return isaLevel().String() }
