package checksdoc_test

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/hpgo/hpgo/analyzers/suite"
	"github.com/hpgo/hpgo/internal/checksdoc"
)

// TestFresh fails when docs/checks.md is not what the analyzers' docs
// render to now.
func TestFresh(t *testing.T) {
	var buf bytes.Buffer
	if err := checksdoc.Render(&buf, suite.Analyzers); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join("..", "..", "docs", "checks.md")
	got, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v; run %s", err, checksdoc.Command)
	}
	if !bytes.Equal(got, buf.Bytes()) {
		t.Errorf("docs/checks.md is stale; run %s", checksdoc.Command)
	}
}

// TestAnchors checks every analyzer's URL points at an anchor the page has.
func TestAnchors(t *testing.T) {
	var buf bytes.Buffer
	checksdoc.Render(&buf, suite.Analyzers)
	for _, a := range suite.Analyzers {
		_, anchor, ok := strings.Cut(a.URL, "#")
		if !ok || !strings.Contains(buf.String(), `<a id="`+anchor+`"></a>`) {
			t.Errorf("%s: URL %s has no matching anchor on the page", a.Name, a.URL)
		}
	}
}
