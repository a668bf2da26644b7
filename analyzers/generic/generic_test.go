package generic_test

import (
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/hpgo/hpgo/analyzers/generic"
)

func TestGeneric(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), generic.Analyzer, "a", "b")
}
