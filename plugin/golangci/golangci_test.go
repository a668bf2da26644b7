package golangci

import (
	"strings"
	"testing"

	"github.com/golangci/plugin-module-register/register"
)

func TestRegistered(t *testing.T) {
	newPlugin, err := register.GetPlugin("hpvet")
	if err != nil {
		t.Fatal(err)
	}
	p, err := newPlugin(map[string]any{"analyzers": map[string]any{"hoist": false}})
	if err != nil {
		t.Fatal(err)
	}
	if p.GetLoadMode() != register.LoadModeTypesInfo {
		t.Errorf("load mode %s", p.GetLoadMode())
	}
	as, _ := p.BuildAnalyzers()
	for _, a := range as {
		if a.Name == "hoist" {
			t.Error("hoist is still enabled")
		}
	}
	if len(as) == 0 {
		t.Error("no analyzers")
	}
}

func TestSettingsErrorsNameTheKey(t *testing.T) {
	for _, tc := range []struct {
		raw  any
		want string
	}{
		{map[string]any{"analyzerz": map[string]any{}}, `unknown field "analyzerz"`},
		{map[string]any{"analyzers": map[string]any{"hoistt": false}}, `unknown analyzer "hoistt"`},
		{map[string]any{"flags": map[string]any{"prealloc": map[string]any{"nosuch": 1}}}, `analyzer prealloc has no setting "nosuch"`},
		{map[string]any{"flags": map[string]any{"prealloc": map[string]any{"tests": "maybe"}}}, `prealloc.tests`},
		{map[string]any{"analyzers": map[string]any{"hoist": "no"}}, `cannot unmarshal`},
	} {
		_, err := New(tc.raw)
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("New(%v) error %v, want it to contain %q", tc.raw, err, tc.want)
		}
	}
	if _, err := New(nil); err != nil {
		t.Errorf("no settings: %v", err)
	}
}
