package main

import (
	"bytes"
	"encoding/json"
	"go/token"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/santhosh-tekuri/jsonschema/v6"
	"golang.org/x/tools/go/analysis"
)

func sarifSchema(t *testing.T) *jsonschema.Schema {
	t.Helper()
	path, err := filepath.Abs(filepath.Join("..", "..", "testdata", "sarif", "sarif-schema-2.1.0.json"))
	if err != nil {
		t.Fatal(err)
	}
	c := jsonschema.NewCompiler()
	c.AssertFormat()
	s, err := c.Compile(path)
	if err != nil {
		t.Fatal(err)
	}
	return s
}

// TestSARIF writes findings for a file with non-ASCII text before the
// reported column, validates the log against the schema, and checks the
// UTF-16 columns, rule IDs and fixes.
func TestSARIF(t *testing.T) {
	schema := sarifSchema(t)
	dir := t.TempDir()
	t.Chdir(dir)
	// "é" is 2 bytes in UTF-8 and 1 UTF-16 unit; "𝛑" is 4 bytes and 2 units.
	src := "package p\n\nvar s = \"é𝛑\"; var out []int\n"
	name := filepath.Join(dir, "p.go")
	if err := os.WriteFile(name, []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	fset := token.NewFileSet()
	tf := fset.AddFile(name, -1, len(src))
	tf.SetLinesForContent([]byte(src))
	at := strings.Index(src, "var out")
	a := &analysis.Analyzer{Name: "prealloc", Doc: "find appends\n\nLonger.", URL: "https://example.com/checks.md#prealloc"}
	d := analysis.Diagnostic{
		Pos: tf.Pos(at), End: tf.Pos(at + len("var out []int")), Category: "slice",
		Message: "out grows by append",
		SuggestedFixes: []analysis.SuggestedFix{{Message: "preallocate", TextEdits: []analysis.TextEdit{{
			Pos: tf.Pos(at), End: tf.Pos(at + len("var out []int")), NewText: []byte("out := make([]int, 0, n)"),
		}}}},
	}
	f := finding{Analyzer: a, Fset: fset, Posn: fset.Position(d.Pos), End: fset.Position(d.End), Diagnostic: d}
	var buf bytes.Buffer
	if err := writeSARIF(&buf, []*analysis.Analyzer{a}, []finding{f}); err != nil {
		t.Fatal(err)
	}
	doc, err := jsonschema.UnmarshalJSON(bytes.NewReader(buf.Bytes()))
	if err != nil {
		t.Fatal(err)
	}
	if err := schema.Validate(doc); err != nil {
		t.Fatalf("SARIF output does not validate: %v\n%s", err, buf.String())
	}
	var log sarifLog
	if err := json.Unmarshal(buf.Bytes(), &log); err != nil {
		t.Fatal(err)
	}
	run := log.Runs[0]
	if len(run.Tool.Driver.Rules) != 2 || run.Tool.Driver.Rules[1].ID != "prealloc.slice" {
		t.Errorf("rules = %+v, want prealloc and prealloc.slice", run.Tool.Driver.Rules)
	}
	if got := run.Tool.Driver.Rules[1].HelpURI; got != "https://example.com/checks.md#prealloc.slice" {
		t.Errorf("helpUri = %s", got)
	}
	res := run.Results[0]
	if res.RuleID != "prealloc.slice" || res.RuleIndex != 1 {
		t.Errorf("result rule %s/%d", res.RuleID, res.RuleIndex)
	}
	// `var s = "é𝛑"; ` is 18 bytes but 15 UTF-16 units, so "var out" is at
	// byte column 19 and UTF-16 column 16.
	loc := res.Locations[0].PhysicalLocation
	if f.Posn.Column != 19 {
		t.Fatalf("byte column %d, want 19", f.Posn.Column)
	}
	if loc.Region.StartColumn != 16 || loc.Region.StartLine != 3 {
		t.Errorf("region = %+v, want line 3, UTF-16 column 16", loc.Region)
	}
	if loc.ArtifactLocation.URI != "p.go" || loc.ArtifactLocation.URIBaseID != srcRoot {
		t.Errorf("artifact = %+v", loc.ArtifactLocation)
	}
	if len(res.Fixes) != 1 || res.Fixes[0].ArtifactChanges[0].Replacements[0].InsertedContent.Text != "out := make([]int, 0, n)" {
		t.Errorf("fixes = %+v", res.Fixes)
	}
}

// TestSARIFSchemaRejects makes sure the validation can fail: each log
// breaks one rule of the official schema that hpvet's writer must keep.
func TestSARIFSchemaRejects(t *testing.T) {
	schema := sarifSchema(t)
	for name, bad := range map[string]string{
		"level warn":     `{"version": "2.1.0", "runs": [{"tool": {"driver": {"name": "hpvet"}}, "results": [{"message": {"text": "x"}, "level": "warn"}]}]}`,
		"startLine 0":    `{"version": "2.1.0", "runs": [{"tool": {"driver": {"name": "hpvet"}}, "results": [{"message": {"text": "x"}, "locations": [{"physicalLocation": {"artifactLocation": {"uri": "p.go"}, "region": {"startLine": 0}}}]}]}]}`,
		"unknown field":  `{"version": "2.1.0", "runs": [{"tool": {"driver": {"name": "hpvet"}}, "results": [{"message": {"text": "x"}, "column": 3}]}]}`,
		"helpUri no URI": `{"version": "2.1.0", "runs": [{"tool": {"driver": {"name": "hpvet", "rules": [{"id": "a", "helpUri": "not a uri"}]}}}]}`,
		"no driver name": `{"version": "2.1.0", "runs": [{"tool": {"driver": {}}}]}`,
	} {
		doc, err := jsonschema.UnmarshalJSON(strings.NewReader(bad))
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if err := schema.Validate(doc); err == nil {
			t.Errorf("%s: validated", name)
		}
	}
}
