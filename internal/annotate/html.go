package annotate

import (
	"bytes"
	"cmp"
	_ "embed"
	"fmt"
	"html"
	"slices"
	"strconv"
	"strings"
	"time"
)

//go:embed page.css
var pageCSS string

//go:embed page.js
var pageJS string

// hotLevel is the shade from which a line counts as costly for j/k.
const hotLevel = 4

// shadeColor is the background of a level: white to deep yellow, as
// cython -a shades (#ffffff at 0, #ffdc00 at 10).
func shadeColor(level int) string {
	return fmt.Sprintf("#ff%02x%02x", 255-level*35/10, 255-level*255/10)
}

// renderHTML writes the page: one self-contained file, no network.
func renderHTML(r *Report, allGenerated bool) ([]byte, error) {
	shown := shownLines(r, allGenerated)
	var b bytes.Buffer
	w := func(format string, args ...any) { fmt.Fprintf(&b, format, args...) }
	esc := html.EscapeString

	w("<!doctype html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
	w("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
	w("<title>hpvet annotate: %s</title>\n<style>\n%s", esc(packageList(r)), pageCSS)
	for l := 0; l <= 10; l++ {
		// The shade is on the line, not on its expanded explanation.
		w(".s%d>summary,div.s%d,.sw .s%d{background:%s}\n", l, l, l, shadeColor(l))
	}
	w("\n</style>\n</head>\n<body>\n")

	// Header.
	w("<header>\n<h1>hpvet annotate: %s</h1>\n", esc(packageList(r)))
	w("<p class=\"meta\"><code>%s</code> · %s · built with <code>-gcflags='-json=0,DIR -d=pctab=pctoinline'</code> · generated %s</p>\n",
		esc(r.Command), esc(r.GoVersion), time.Now().UTC().Format("2006-01-02 15:04 MST"))
	w("<div class=\"legend\"><span>shade: cost per line, white (none) to deep yellow</span><span class=\"sw\">")
	for l := 0; l <= 10; l++ {
		w("<span class=\"s%d\" title=\"level %d\"></span>", l, l)
	}
	w("</span><span>click a line (or <kbd>Enter</kbd>) to see why · <kbd>j</kbd>/<kbd>k</kbd> next/previous costly line · <kbd>n</kbd>/<kbd>p</kbd> costliest lines in order · <kbd>?</kbd> keys</span></div>\n</header>\n")

	// Summary: counts per kind, then the costliest lines.
	w("<nav id=\"summary\">\n<div class=\"cols\">\n<div>\n")
	if r.Profile != nil {
		w("<h2>Hottest lines</h2>\n<p class=\"meta\">Profile <code>%s</code> (%s): %s of %s samples fall in these packages. Score = %% of all samples charged to the line (runtime time goes to the line that called the runtime).</p>\n",
			esc(r.Profile.Path), esc(r.Profile.SampleType), fmtInt(r.Profile.Attributed), fmtInt(r.Profile.Total))
	} else {
		w("<h2>Costliest lines</h2>\n")
	}
	if len(r.Top) == 0 {
		w("<p>No line has a cost.</p>\n")
	} else {
		hdr := "score"
		if r.Profile != nil {
			hdr = "samples %"
		}
		w("<table class=\"top\">\n<tr><th class=\"num\">%s</th><th>line</th><th>events</th><th>source</th></tr>\n", hdr)
		for _, t := range r.Top {
			anchor := "F" + strconv.Itoa(t.fileID) // the file's section when the fold hides the line
			if lines, folded := shown[t.fileID]; !folded || lines[t.Line] {
				anchor += "L" + strconv.Itoa(t.Line)
			}
			w("<tr><td class=\"num\">%s</td><td class=\"where\"><a class=\"go\" href=\"#%s\">%s:%d</a></td><td class=\"kinds\">%s</td><td class=\"src\">%s</td></tr>\n",
				fmtScore(t.Score), anchor, esc(t.File), t.Line, esc(countsString(t.Counts)), esc(t.Text))
		}
		w("</table>\n")
	}
	w("</div>\n<div>\n<h2>Events by kind</h2>\n<table>\n<tr><th>kind</th><th class=\"num\">weight</th><th class=\"num\">count</th></tr>\n")
	for _, k := range Kinds {
		w("<tr><td><span class=\"tag k-%s\">%s</span></td><td class=\"num\">%s</td><td class=\"num\">%s</td></tr>\n",
			k, esc(KindTitles[k]), fmtScore(Weights[k]), fmtInt(int64(r.Counts[k])))
	}
	w("</table>\n")

	// Index: packages and files by cost.
	w("<h2 id=\"index\">Files by cost</h2>\n<ul class=\"index\">\n")
	maxScore := 0.0
	for _, p := range r.Packages {
		for _, f := range p.Files {
			maxScore = max(maxScore, f.Score)
		}
	}
	for _, p := range r.Packages {
		w("<li><span class=\"pkgname\">%s</span> <span class=\"kinds\">%s</span>\n<ul>\n", esc(p.Path), fmtScore(p.Score))
		for _, f := range p.Files {
			width := 0.0
			if maxScore > 0 {
				width = 100 * f.Score / maxScore
			}
			w("<li><a href=\"#F%d\">%s</a><span><span class=\"bar\" style=\"display:block;width:%.1f%%\"></span></span><span class=\"num\">%s</span></li>\n",
				f.id, esc(baseName(f.Name)), width, fmtScore(f.Score))
		}
		w("</ul></li>\n")
	}
	w("</ul>\n</div>\n</div>\n</nav>\n<main>\n")

	for _, p := range r.Packages {
		for _, f := range p.Files {
			if lines, folded := shown[f.id]; folded {
				renderFolded(&b, f, lines)
			} else {
				renderFile(&b, f)
			}
		}
	}
	w("</main>\n")
	w(`<footer>
<h2>How to read this page</h2>
<p>Each line is shaded by its score, on a log scale from white (nothing) to deep yellow. Without a profile the score is</p>
<pre>score = Σ over kinds  weight(kind) × max(count in the compiler's -json log, count in the assembly listing)</pre>
<p>with the weights in the table above (for heap allocations the assembly decides when the line has any, since a constant boxed in an interface “escapes to heap” without a call to the allocator). With <code>-profile</code> the score is the percentage of the profile's samples charged to the line instead, so cold lines stay white however many events they have. Events come from the compiler: escape analysis (“escapes to heap”, with its flow), bounds and nil checks left in, inlining decisions, large copies; and from the assembly: calls into the runtime (allocation, map operations, write barriers) and calls that were not inlined. Code the compiler inlined counts at the line that calls it, since that is where it runs; its events say where they were inlined from.</p>
<p>Searching with the browser (Ctrl-F) finds text inside closed lines too: Chromium 97 and later opens the line that holds the match. In a browser that does not, press <kbd>e</kbd> to open every line first.</p>
</footer>
<div class="help" id="help"><b>Keys</b><br><kbd>j</kbd>/<kbd>k</kbd> next/previous costly line<br><kbd>n</kbd>/<kbd>p</kbd> next/previous of the costliest lines<br><kbd>o</kbd> or <kbd>Enter</kbd> open/close the line<br><kbd>e</kbd> open/close every line<br><kbd>?</kbd> this help, <kbd>Esc</kbd> close</div>
`)
	w("<script>\n%s</script>\n</body>\n</html>\n", pageJS)
	return b.Bytes(), nil
}

// fileHeading opens a file's section with its name and score.
func fileHeading(b *bytes.Buffer, f *File) {
	fmt.Fprintf(b, "<section class=\"file\" id=\"F%d\">\n<h2>%s <span class=\"score\">score %s", f.id, html.EscapeString(f.Name), fmtScore(f.Score))
	if f.Samples > 0 {
		fmt.Fprintf(b, " · %s samples", fmtInt(f.Samples))
	}
	b.WriteString("</span><a class=\"up\" href=\"#summary\">summary ↑</a></h2>\n")
}

// renderFile writes one file's source with its shaded lines.
func renderFile(b *bytes.Buffer, f *File) {
	fileHeading(b, f)
	b.WriteString("<div class=\"src\">\n")
	byLine := make(map[int]*Line, len(f.Lines))
	for _, ln := range f.Lines {
		byLine[ln.Line] = ln
	}
	n := len(f.source)
	if len(f.Lines) > 0 {
		n = max(n, f.Lines[len(f.Lines)-1].Line)
	}
	for i := 1; i <= n; i++ {
		ln := byLine[i]
		if ln == nil || (len(ln.Events) == 0 && len(ln.Findings) == 0 && len(ln.Asm) == 0 && ln.Samples == 0) {
			fmt.Fprintf(b, "<div class=\"l plain s0\" id=\"F%dL%d\"><span class=\"n\">%d</span><span></span><span></span><span class=\"c\">%s</span></div>\n", f.id, i, i, html.EscapeString(lineText(f, i)))
			continue
		}
		renderLine(b, f, ln)
	}
	b.WriteString("</div>\n</section>\n")
}

// renderLine writes one line that has something to say, closed, with its
// explanation inside.
func renderLine(b *bytes.Buffer, f *File, ln *Line) {
	hot := ""
	if ln.Level >= hotLevel {
		hot = " hot"
	}
	fmt.Fprintf(b, "<details class=\"l s%d%s\" id=\"F%dL%d\"><summary><span class=\"n\">%d</span><span class=\"m\"></span><span class=\"sc\">%s</span><span class=\"c\">%s</span></summary>\n<div class=\"x\">",
		ln.Level, hot, f.id, ln.Line, ln.Line, scoreLabel(ln), html.EscapeString(lineText(f, ln.Line)))
	renderLineDetail(b, ln)
	b.WriteString("</div></details>\n")
}

// lineText is the source of line n (1-based), or "" past the end.
func lineText(f *File, n int) string {
	if n >= 1 && n <= len(f.source) {
		return f.source[n-1]
	}
	return ""
}

// foldedLines is how many of a generated file's lines the html report
// shows, costliest first, unless -generated asks for all of them: a
// generated file can run to tens of thousands of lines with an event on
// most (cmd/compile's ssa package made a 143 MB page), and its source is
// not what one edits.
const foldedLines = 50

// shownLines returns, for each generated file to be folded (keyed by file
// id), the lines its section shows.
func shownLines(r *Report, allGenerated bool) map[int]map[int]bool {
	shown := make(map[int]map[int]bool)
	if allGenerated {
		return shown
	}
	for _, p := range r.Packages {
		for _, f := range p.Files {
			if !f.Generated {
				continue
			}
			lines := slices.Clone(f.Lines)
			slices.SortStableFunc(lines, func(x, y *Line) int { return cmp.Compare(y.Score, x.Score) })
			set := make(map[int]bool)
			for _, ln := range lines[:min(len(lines), foldedLines)] {
				if ln.Score > 0 || len(ln.Findings) > 0 {
					set[ln.Line] = true
				}
			}
			shown[f.id] = set
		}
	}
	return shown
}

// renderFolded writes a generated file's section: a note and its costliest
// lines, each with its number, in source order.
func renderFolded(b *bytes.Buffer, f *File, lines map[int]bool) {
	fileHeading(b, f)
	fmt.Fprintf(b, "<p class=\"meta\">Generated code (<code>// Code generated ... DO NOT EDIT.</code>): %d of its %d lines with a cost are shown, the costliest; <code>hpvet annotate -generated</code> shows the whole file.</p>\n<div class=\"src\">\n",
		len(lines), len(f.Lines))
	for _, ln := range f.Lines {
		if !lines[ln.Line] {
			continue
		}
		renderLine(b, f, ln)
	}
	b.WriteString("</div>\n</section>\n")
}

func scoreLabel(ln *Line) string {
	if ln.Score <= 0 {
		return ""
	}
	if ln.Samples > 0 {
		return fmt.Sprintf("%.1f%%", ln.Percent)
	}
	return fmtScore(ln.Score)
}

// renderLineDetail writes the expanded part of a line: events in the
// compiler's words, hpvet findings with their fixes, and the assembly.
func renderLineDetail(b *bytes.Buffer, ln *Line) {
	esc := html.EscapeString
	fmt.Fprintf(b, "<div class=\"src2\">score %s", fmtScore(ln.Static))
	if len(ln.Counts) > 0 {
		fmt.Fprintf(b, " = %s", esc(scoreSum(ln.Counts)))
	}
	if ln.Samples > 0 {
		fmt.Fprintf(b, " · %s samples (%.2f%% of the profile)", fmtInt(ln.Samples), ln.Percent)
	}
	b.WriteString("</div>\n")
	if ln.Note != "" {
		fmt.Fprintf(b, "<div class=\"src2\">%s</div>\n", esc(ln.Note))
	}
	if len(ln.Findings) > 0 {
		b.WriteString("<h4>hpvet</h4><ul>")
		for _, f := range ln.Findings {
			fmt.Fprintf(b, "<li><span class=\"tag k-hpvet\">%s</span>%s", esc(f.Check), esc(f.Message))
			if f.URL != "" {
				fmt.Fprintf(b, " <a href=\"%s\">docs</a>", esc(f.URL))
			}
			for _, fix := range f.Fixes {
				fmt.Fprintf(b, "<div>suggested fix: %s</div><pre class=\"fix\">", esc(fix.Message))
				for _, e := range fix.Edits {
					fmt.Fprintf(b, "line %d: ", e.Line)
					if e.Old != "" {
						fmt.Fprintf(b, "<del>%s</del>", esc(e.Old))
					}
					if e.New != "" {
						fmt.Fprintf(b, "<ins>%s</ins>", esc(e.New))
					}
					b.WriteString("\n")
				}
				b.WriteString("</pre>")
			}
			b.WriteString("</li>")
		}
		b.WriteString("</ul>\n")
	}
	if len(ln.Events) > 0 {
		b.WriteString("<h4>compiler</h4><ul>")
		for _, e := range ln.Events {
			fmt.Fprintf(b, "<li><span class=\"tag k-%s\">%s</span>%s", e.Kind, esc(KindTitles[e.Kind]), esc(e.Message))
			if e.Count > 1 {
				fmt.Fprintf(b, " ×%d", e.Count)
			}
			if e.Source == "asm" {
				b.WriteString(" <span class=\"kinds\">(assembly)</span>")
			}
			if len(e.Flow) > 0 {
				fmt.Fprintf(b, "<pre class=\"flow\">%s</pre>", esc(strings.Join(e.Flow, "\n")))
			}
			b.WriteString("</li>")
		}
		b.WriteString("</ul>\n")
	}
	if len(ln.Asm) > 0 {
		b.WriteString("<h4>assembly</h4><pre class=\"asm\">")
		for _, blk := range ln.Asm {
			fmt.Fprintf(b, "<span class=\"fn\">%s</span>\n", esc(blk.Func))
			for _, ins := range blk.Instrs {
				if strings.Contains(ins, "CALL  ") {
					fmt.Fprintf(b, "<span class=\"hit\">  %s</span>\n", esc(ins))
				} else {
					fmt.Fprintf(b, "  %s\n", esc(ins))
				}
			}
		}
		b.WriteString("</pre>\n")
	}
}

// packageList names the annotated packages, costliest first.
func packageList(r *Report) string {
	var names []string
	for i, p := range r.Packages {
		if i == 3 {
			names = append(names, fmt.Sprintf("and %d more", len(r.Packages)-3))
			break
		}
		names = append(names, p.Path)
	}
	return strings.Join(names, ", ")
}

// scoreSum spells out a line's static score: "10×1 alloc + 1×2 bounds".
func scoreSum(c map[string]int) string {
	var parts []string
	for _, k := range Kinds {
		if n := c[k]; n > 0 && Weights[k] > 0 {
			parts = append(parts, fmt.Sprintf("%s×%d %s", fmtScore(Weights[k]), n, k))
		}
	}
	return strings.Join(parts, " + ")
}

func baseName(name string) string {
	if i := strings.LastIndexByte(name, '/'); i >= 0 {
		return name[i+1:]
	}
	return name
}

func fmtScore(s float64) string {
	if s == float64(int64(s)) {
		return fmt.Sprintf("%d", int64(s))
	}
	return fmt.Sprintf("%.1f", s)
}

func fmtInt(n int64) string {
	s := fmt.Sprintf("%d", n)
	var out []byte
	for i := range s {
		if i > 0 && (len(s)-i)%3 == 0 && s[0] != '-' {
			out = append(out, ',')
		}
		out = append(out, s[i])
	}
	return string(out)
}
