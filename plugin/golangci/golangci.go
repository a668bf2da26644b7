// Package golangci registers hpvet as a golangci-lint v2 module plugin, so
// that teams get hpvet's findings in the editor integrations and CI setups
// they already have for golangci-lint (gopls cannot load third-party
// analyzers). Build a custom golangci-lint with docs/.custom-gcl.yml and
// enable the linter with docs/.golangci.yml:
//
//	linters:
//	  enable: [hpvet]
//	  settings:
//	    custom:
//	      hpvet:
//	        type: module
//	        settings:
//	          analyzers: {hoist: false}
//	          flags: {prealloc: {tests: true}}
//
// An unknown key, analyzer or flag in the settings is an error that names it.
package golangci

import (
	"bytes"
	"encoding/json"
	"fmt"
	"sort"

	"github.com/golangci/plugin-module-register/register"
	"golang.org/x/tools/go/analysis"

	"github.com/hpgo/hpgo/analyzers/suite"
	"github.com/hpgo/hpgo/internal/settings"
)

func init() {
	register.Plugin("hpvet", New)
}

// Settings is the plugin's configuration, the same shape as .hpvet.yaml.
type Settings struct {
	// Analyzers turns analyzers on or off; all are on by default.
	Analyzers map[string]bool `json:"analyzers"`
	// Flags sets analyzer flags, as -NAME.flag=value does.
	Flags map[string]map[string]any `json:"flags"`
}

// New is the plugin constructor golangci-lint calls with the raw settings.
func New(raw any) (register.LinterPlugin, error) {
	s, err := decode(raw)
	if err != nil {
		return nil, fmt.Errorf("hpvet settings: %v", err)
	}
	analyzers := suite.Analyzers
	names := make([]string, 0, len(s.Flags))
	for name := range s.Flags {
		names = append(names, name)
	}
	sort.Strings(names)
	for _, name := range names {
		for flag, value := range s.Flags[name] {
			if err := settings.SetFlag(analyzers, name, flag, fmt.Sprint(value)); err != nil {
				return nil, fmt.Errorf("hpvet settings: flags: %v", err)
			}
		}
	}
	selected, err := settings.Select(analyzers, s.Analyzers)
	if err != nil {
		return nil, fmt.Errorf("hpvet settings: analyzers: %v", err)
	}
	return &plugin{analyzers: selected}, nil
}

// decode is register.DecodeSettings with an error that names the unknown
// key in golangci-lint's own words.
func decode(raw any) (Settings, error) {
	var s Settings
	if raw == nil {
		return s, nil
	}
	data, err := json.Marshal(raw)
	if err != nil {
		return s, err
	}
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&s); err != nil {
		return s, fmt.Errorf("%v (want keys: analyzers, flags)", err)
	}
	return s, nil
}

type plugin struct{ analyzers []*analysis.Analyzer }

func (p *plugin) BuildAnalyzers() ([]*analysis.Analyzer, error) { return p.analyzers, nil }

// GetLoadMode asks for type information: hpvet's analyzers need types and
// SSA.
func (p *plugin) GetLoadMode() string { return register.LoadModeTypesInfo }
