package main

import (
	"bytes"
	"encoding/json"
	"go/token"
	"io"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"unicode/utf16"
	"unicode/utf8"

	"golang.org/x/tools/go/analysis"

	"github.com/hpgo/hpgo/internal/analysisutil"
)

// SARIF 2.1.0, the subset GitHub code scanning and other CI systems read.
// Field names follow the OASIS schema (testdata/sarif-schema-2.1.0.json).
type sarifLog struct {
	Schema  string     `json:"$schema"`
	Version string     `json:"version"`
	Runs    []sarifRun `json:"runs"`
}

type sarifRun struct {
	Tool               sarifTool                   `json:"tool"`
	OriginalURIBaseIDs map[string]sarifArtifactLoc `json:"originalUriBaseIds,omitempty"`
	Results            []sarifResult               `json:"results"`
	ColumnKind         string                      `json:"columnKind"`
}

type sarifTool struct {
	Driver sarifDriver `json:"driver"`
}

type sarifDriver struct {
	Name           string      `json:"name"`
	InformationURI string      `json:"informationUri"`
	Rules          []sarifRule `json:"rules"`
}

type sarifRule struct {
	ID                   string       `json:"id"`
	Name                 string       `json:"name"`
	ShortDescription     sarifMessage `json:"shortDescription"`
	FullDescription      sarifMessage `json:"fullDescription"`
	HelpURI              string       `json:"helpUri,omitempty"`
	DefaultConfiguration struct {
		Level string `json:"level"`
	} `json:"defaultConfiguration"`
}

type sarifMessage struct {
	Text string `json:"text"`
}

type sarifResult struct {
	RuleID    string          `json:"ruleId"`
	RuleIndex int             `json:"ruleIndex"`
	Level     string          `json:"level"`
	Message   sarifMessage    `json:"message"`
	Locations []sarifLocation `json:"locations"`
	Fixes     []sarifFix      `json:"fixes,omitempty"`
}

type sarifLocation struct {
	PhysicalLocation sarifPhysical `json:"physicalLocation"`
}

type sarifPhysical struct {
	ArtifactLocation sarifArtifactLoc `json:"artifactLocation"`
	Region           sarifRegion      `json:"region"`
}

type sarifArtifactLoc struct {
	URI       string `json:"uri"`
	URIBaseID string `json:"uriBaseId,omitempty"`
}

type sarifRegion struct {
	StartLine   int `json:"startLine"`
	StartColumn int `json:"startColumn"`
	EndLine     int `json:"endLine"`
	EndColumn   int `json:"endColumn"`
}

type sarifFix struct {
	Description     sarifMessage          `json:"description"`
	ArtifactChanges []sarifArtifactChange `json:"artifactChanges"`
}

type sarifArtifactChange struct {
	ArtifactLocation sarifArtifactLoc   `json:"artifactLocation"`
	Replacements     []sarifReplacement `json:"replacements"`
}

type sarifReplacement struct {
	DeletedRegion   sarifRegion   `json:"deletedRegion"`
	InsertedContent *sarifMessage `json:"insertedContent,omitempty"`
}

const srcRoot = "%SRCROOT%"

// writeSARIF writes findings as one SARIF run. Every analyzer is a rule;
// every check an analyzer reported (its Diagnostic.Category) is a rule of
// its own with the stable ID analyzer.check. Columns are UTF-16 code units,
// as GitHub code scanning expects.
func writeSARIF(w io.Writer, analyzers []*analysis.Analyzer, findings []finding) error {
	cwd, err := os.Getwd()
	if err != nil {
		return err
	}
	s := &sarifWriter{root: cwd, lines: make(map[string][][]byte), ruleIndex: make(map[string]int)}
	for _, a := range analyzers {
		s.rule(a, "")
	}
	run := sarifRun{
		OriginalURIBaseIDs: map[string]sarifArtifactLoc{srcRoot: {URI: fileURI(cwd) + "/"}},
		Results:            []sarifResult{},
		ColumnKind:         "utf16CodeUnits",
	}
	for _, f := range findings {
		idx := s.rule(f.Analyzer, f.Category)
		res := sarifResult{
			RuleID:    s.rules[idx].ID,
			RuleIndex: idx,
			Level:     "warning",
			Message:   sarifMessage{f.Message},
			Locations: []sarifLocation{{sarifPhysical{s.artifact(f.Posn.Filename), s.region(f.Posn, f.End)}}},
		}
		for _, fix := range f.SuggestedFixes {
			res.Fixes = append(res.Fixes, s.fix(f.Fset, fix))
		}
		run.Results = append(run.Results, res)
	}
	run.Tool.Driver = sarifDriver{Name: "hpvet", InformationURI: "https://github.com/hpgo/hpgo", Rules: s.rules}
	log := sarifLog{
		Schema:  "https://json.schemastore.org/sarif-2.1.0.json",
		Version: "2.1.0",
		Runs:    []sarifRun{run},
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(log)
}

type sarifWriter struct {
	root      string
	lines     map[string][][]byte // file contents split into lines, for UTF-16 columns
	rules     []sarifRule
	ruleIndex map[string]int
}

func (s *sarifWriter) rule(a *analysis.Analyzer, check string) int {
	id := a.Name
	if check != "" {
		id += "." + check
	}
	if i, ok := s.ruleIndex[id]; ok {
		return i
	}
	r := sarifRule{
		ID:               id,
		Name:             strings.ReplaceAll(id, ".", "/"),
		ShortDescription: sarifMessage{analysisutil.Title(a.Doc)},
		FullDescription:  sarifMessage{strings.TrimSpace(a.Doc)},
		HelpURI:          analysisutil.CheckURL(a, check),
	}
	r.DefaultConfiguration.Level = "warning"
	s.rules = append(s.rules, r)
	s.ruleIndex[id] = len(s.rules) - 1
	return len(s.rules) - 1
}

func (s *sarifWriter) artifact(file string) sarifArtifactLoc {
	if rel, err := filepath.Rel(s.root, file); err == nil && !strings.HasPrefix(rel, "..") {
		return sarifArtifactLoc{URI: (&url.URL{Path: filepath.ToSlash(rel)}).String(), URIBaseID: srcRoot}
	}
	return sarifArtifactLoc{URI: fileURI(file)}
}

func (s *sarifWriter) region(start, end token.Position) sarifRegion {
	if !end.IsValid() || end.Line == 0 {
		end = start
	}
	return sarifRegion{
		StartLine:   start.Line,
		StartColumn: s.utf16Column(start),
		EndLine:     end.Line,
		EndColumn:   s.utf16Column(end),
	}
}

// utf16Column converts a 1-based byte column to a 1-based UTF-16 column.
func (s *sarifWriter) utf16Column(p token.Position) int {
	lines, ok := s.lines[p.Filename]
	if !ok {
		data, _ := os.ReadFile(p.Filename)
		lines = bytes.SplitAfter(data, []byte("\n"))
		s.lines[p.Filename] = lines
	}
	if p.Line < 1 || p.Line > len(lines) || p.Column < 1 {
		return max(p.Column, 1)
	}
	line := lines[p.Line-1]
	prefix := line[:min(p.Column-1, len(line))]
	col := 1
	for len(prefix) > 0 {
		r, size := utf8.DecodeRune(prefix)
		col += utf16.RuneLen(r)
		prefix = prefix[size:]
	}
	return col
}

func (s *sarifWriter) fix(fset *token.FileSet, fix analysis.SuggestedFix) sarifFix {
	byFile := make(map[string]*sarifArtifactChange)
	var order []string
	for _, e := range fix.TextEdits {
		start := fset.Position(e.Pos)
		end := start
		if e.End.IsValid() {
			end = fset.Position(e.End)
		}
		ch, ok := byFile[start.Filename]
		if !ok {
			ch = &sarifArtifactChange{ArtifactLocation: s.artifact(start.Filename)}
			byFile[start.Filename] = ch
			order = append(order, start.Filename)
		}
		ch.Replacements = append(ch.Replacements, sarifReplacement{
			DeletedRegion:   s.region(start, end),
			InsertedContent: &sarifMessage{string(e.NewText)},
		})
	}
	out := sarifFix{Description: sarifMessage{fix.Message}}
	for _, name := range order {
		out.ArtifactChanges = append(out.ArtifactChanges, *byFile[name])
	}
	return out
}

func fileURI(path string) string {
	return (&url.URL{Scheme: "file", Path: filepath.ToSlash(path)}).String()
}
