package directive_test

import (
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/hpgo/hpgo/analyzers/directive"
)

func TestDirective(t *testing.T) {
	a := directive.New([]string{"prealloc", "mapmisuse"})
	analysistest.Run(t, analysistest.TestData(), a, "a")
}
