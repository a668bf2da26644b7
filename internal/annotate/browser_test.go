package annotate

import (
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

// findBrowser returns a Chromium-family browser: $HPGO_CHROME, or the first
// of chromium, chromium-browser, google-chrome on PATH.
func findBrowser() string {
	if p := os.Getenv("HPGO_CHROME"); p != "" {
		return p
	}
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome", "google-chrome-stable"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	return ""
}

// TestBrowser opens the fixture's page in a real headless Chromium from
// file://, checks the line that allocates in a loop is shaded darker than
// a line that does not, clicks it, checks the escape explanation and the
// assembly appear, walks the costly lines with j, and saves a screenshot
// (to the test's temp dir, and to $HPGO_SCREENSHOT when set).
func TestBrowser(t *testing.T) {
	browser := findBrowser()
	if browser == "" {
		if os.Getenv("HPGO_REQUIRE_BROWSER") == "1" {
			t.Fatal("HPGO_REQUIRE_BROWSER=1 but no browser found: install chromium (apt-get install -y chromium) or set HPGO_CHROME")
		}
		t.Skip("no Chromium found (chromium, chromium-browser, google-chrome or $HPGO_CHROME): skipping the browser test; apt-get install -y chromium to run it")
	}
	page := filepath.Join(t.TempDir(), "annotate.html")
	code, _, errOut := runMain(t, fixtureDir(t, "fixture"), "-o", page, ".")
	if code != 0 {
		t.Fatalf("annotate: exit %d\n%s", code, errOut)
	}

	profileDir := t.TempDir()
	opts := append(chromedp.DefaultExecAllocatorOptions[:],
		chromedp.ExecPath(browser),
		chromedp.NoSandbox,
		chromedp.DisableGPU,
		chromedp.UserDataDir(profileDir),
		chromedp.WindowSize(1280, 900),
	)
	ctx, cancel := context.WithTimeout(context.Background(), 90*time.Second) // Chromium can take 30 s to start on a loaded machine
	defer cancel()
	allocCtx, cancelAlloc := chromedp.NewExecAllocator(ctx, opts...)
	defer cancelAlloc()
	bctx, cancelBrowser := chromedp.NewContext(allocCtx)
	defer cancelBrowser()

	if err := chromedp.Do(bctx, chromedp.Navigate("file://"+page)); err != nil {
		t.Fatalf("opening %s: %v", page, err)
	}
	eval := func(js string) string {
		t.Helper()
		v, err := chromedp.Run(bctx, chromedp.Evaluate[string](js))
		if err != nil {
			t.Fatalf("%s: %v", js, err)
		}
		return v
	}
	// Line 12 allocates every iteration; line 22 (s += i * i) costs nothing.
	shade := func(id string) string {
		return eval(`(function(el){ return getComputedStyle(el.querySelector(":scope > summary") || el).backgroundColor })(document.getElementById("` + id + `"))`)
	}
	hot, cold := shade("F0L12"), shade("F0L22")
	if lum(t, hot) >= lum(t, cold) {
		t.Errorf("allocating line %s is not darker than the plain line %s", hot, cold)
	}
	if cold != "rgb(255, 255, 255)" {
		t.Errorf("plain line shaded %s, want white", cold)
	}

	if eval(`String(document.getElementById("F0L12").open)`) != "false" {
		t.Error("line 12 starts expanded")
	}
	if err := chromedp.Do(bctx, chromedp.Click(chromedp.CSS("#F0L12 > summary"))); err != nil {
		t.Fatal(err)
	}
	if eval(`String(document.getElementById("F0L12").open)`) != "true" {
		t.Fatal("clicking line 12 did not expand it")
	}
	detail, err := chromedp.Run(bctx, chromedp.Text(chromedp.CSS("#F0L12 .x")))
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{
		"&Point{...} escapes to heap", // the compiler's words
		"flow: p ← &{storage for",     // the escape flow
		"CALL runtime.newobject",      // the runtime call event
		"CALL  runtime.newobject(SB)", // the assembly listing
		"annotatefixture.Collect",     // which function the assembly is from
	} {
		if !strings.Contains(detail, want) {
			t.Errorf("expanded line 12 lacks %q; it shows:\n%s", want, detail)
		}
	}

	// Keyboard: j moves focus to the next costly line.
	if err := chromedp.Do(bctx, chromedp.KeyEvent("j")); err != nil {
		t.Fatal(err)
	}
	focused := eval(`(document.activeElement.closest("details.l") || {}).id || ""`)
	if !strings.HasPrefix(focused, "F0L") || eval(`String(document.getElementById("`+focused+`").classList.contains("hot"))`) != "true" {
		t.Errorf("after j, focus is on %q, want a costly line", focused)
	}

	// An hpvet finding, opened through its link in the summary, shows its
	// suggested fix.
	if err := chromedp.Do(bctx, chromedp.Click(chromedp.CSS(`a.go[href="#F0L51"]`))); err != nil {
		t.Fatal(err)
	}
	// The page opens the line from its hashchange handler, after the click
	// has returned: wait for it (reading at once failed about one run in
	// five).
	if err := chromedp.Do(bctx, chromedp.WaitVisible(chromedp.CSS("#F0L51 .x"))); err != nil {
		t.Fatal(err)
	}
	finding, err := chromedp.Run(bctx, chromedp.Text(chromedp.CSS("#F0L51 .x")))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(finding, "suggested fix:") || !strings.Contains(finding, "line 51: ") {
		t.Errorf("line 51 after following its summary link shows:\n%s", finding)
	}

	// The screenshot shows the page from the top with lines 12 and 51 open.
	eval(`document.activeElement.blur(), window.scrollTo(0, 0), ""`)
	png, err := chromedp.Run(bctx, chromedp.FullScreenshot(100))
	if err != nil {
		t.Fatal(err)
	}
	out := filepath.Join(t.TempDir(), "annotate.png")
	if err := os.WriteFile(out, png, 0o644); err != nil {
		t.Fatal(err)
	}
	t.Logf("screenshot: %s", out)
	if dst := os.Getenv("HPGO_SCREENSHOT"); dst != "" {
		if err := os.WriteFile(dst, png, 0o644); err != nil {
			t.Fatal(err)
		}
		t.Logf("screenshot copied to %s", dst)
	}
}

// lum is the luminance of a CSS rgb() color, for comparing shades.
func lum(t *testing.T, rgb string) float64 {
	t.Helper()
	var r, g, b float64
	if _, err := fmt.Sscanf(rgb, "rgb(%g, %g, %g)", &r, &g, &b); err != nil {
		t.Fatalf("color %q: %v", rgb, err)
	}
	return 0.2126*r + 0.7152*g + 0.0722*b
}
