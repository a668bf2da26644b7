package annotate

import (
	"bufio"
	"io"
	"strconv"
	"strings"
)

// An asmInstr is one instruction of the compiler's listing.
type asmInstr struct {
	Func string // symbol of the function, e.g. example.com/fx.Build
	Off  int    // byte offset in the function
	Text string // instruction and operands, tab-separated as printed
	// Inl is the index of the inlined call the instruction belongs to in
	// its function's inlining tree, -1 for the function's own code. Code
	// inlined twice into one function has two indexes, so Func and Inl
	// together name one copy of a source line. Only the pctoinline
	// listing has it; in a -S listing it is always -1.
	Inl int
}

// asmListing holds the compiler's listing by source position. In the -S
// form positions are the innermost ones (code inlined from another
// function is listed at the line it was written on); in the pctoinline form
// they are the outermost ones (inlined code is listed at the line of the
// compiled function that calls it), which is how annotate charges costs.
type asmListing struct {
	byPos map[pos][]asmInstr
	// Other holds the lines that are not part of any listing (the go
	// command's "# pkg" headers, compiler errors), at most maxOther of them.
	Other []string
}

const maxOther = 200

// parseAsm reads the compiler's listing as the go command prints it on
// stderr. It takes two forms. The -S form has function headers like
//
//	example.com/fx.Build STEXT size=389 args=0x8 locals=0x98 funcid=0x0 align=0x0
//
// and instructions like
//
//	\t0x0071 00113 (/tmp/fx/fx.go:10)\tCALL\truntime.newobject(SB)
//
// The -d=pctab=pctoinline form, which annotate uses, has the same
// instructions with the index of the inlined call they belong to:
//
//	funcpctab example.com/fx.Build [valfunc=pctoinline]
//	    71      2 00113 (/tmp/fx/fx.go:10)\tCALL\truntime.newobject(SB)
//	    76        00118 (/tmp/fx/fx.go:10)\tMOVQ\t...
//
// where a blank index means "unchanged". TEXT, PCDATA and FUNCDATA
// pseudo-instructions, relocations, data dumps and inlining-tree dumps are
// dropped. Relative paths are resolved with abs.
func parseAsm(r io.Reader, abs func(string) string) (*asmListing, error) {
	l := &asmListing{byPos: make(map[pos][]asmInstr)}
	br := bufio.NewReaderSize(r, 1<<20)
	fn := ""
	inl := -1
	inListing := false               // between a symbol header and the next "# pkg" line
	files := make(map[string]string) // as printed → resolved, and interned
	other := func(line string) {
		if len(l.Other) < maxOther {
			l.Other = append(l.Other, line)
		}
	}
	add := func(p pos, ins asmInstr) {
		f, seen := files[p.File]
		if !seen {
			f = abs(p.File)
			files[p.File] = f
		}
		p.File = f
		ins.Func = fn
		l.byPos[p] = append(l.byPos[p], ins)
	}
	for {
		line, err := br.ReadString('\n')
		if len(line) > 0 {
			line = strings.TrimSuffix(line, "\n")
			switch {
			case strings.HasPrefix(line, "\t") && inListing:
				if fn == "" || !strings.HasPrefix(line, "\t0x") {
					break // data dumps and relocations
				}
				if p, ins, ok := parseInstr(line); ok {
					ins.Inl = -1
					add(p, ins)
				}
			case strings.HasPrefix(line, "funcpctab "):
				sym, _, _ := strings.Cut(strings.TrimPrefix(line, "funcpctab "), " [")
				inListing, fn, inl = true, sym, -1
			case inListing && fn != "" && line != "" && (line[0] == ' ' || isHexDigit(line[0])):
				if p, ins, idx, ok := parsePctabLine(line); ok {
					if idx != nil {
						inl = *idx
					}
					ins.Inl = inl
					add(p, ins)
				}
			case inListing && strings.HasPrefix(line, "wrote ") && strings.Contains(line, " bytes to "):
				fn = "" // the end of one function's table
			case strings.HasPrefix(line, "-- inlining tree for "), line == "--":
				// A dump of the inlining tree follows; the indexes are enough.
				inListing, fn = line != "--", ""
			case strings.HasPrefix(line, "# "):
				inListing, fn = false, ""
				other(line)
			default:
				if sym, kind, ok := symHeader(line); ok {
					inListing, fn = true, ""
					if kind == "STEXT" {
						fn = sym
					}
					break
				}
				if inListing && fn == "" && strings.Contains(line, " | ") {
					break // a node of an inlining tree dump
				}
				other(line)
			}
		}
		if err == io.EOF {
			return l, nil
		}
		if err != nil {
			return l, err
		}
	}
}

func isHexDigit(c byte) bool {
	return '0' <= c && c <= '9' || 'a' <= c && c <= 'f'
}

// symHeader recognizes the line that starts a symbol's listing,
//
//	example.com/fx.Build STEXT size=389 args=0x8 locals=0x98 funcid=0x0 align=0x0
//	type:.namedata.*[8]struct { key string; elem int }- SRODATA dupok size=37
//
// and returns the symbol (which may contain spaces) and its kind.
func symHeader(line string) (sym, kind string, ok bool) {
	if line == "" || line[0] == ' ' || line[0] == '\t' || !strings.Contains(line, " size=") {
		return "", "", false
	}
	fields := strings.Fields(line)
	for i := 1; i < len(fields); i++ {
		if isSymKind(fields[i]) {
			at := strings.Index(line, " "+fields[i]+" ")
			if at < 0 {
				return "", "", false
			}
			return line[:at], fields[i], true
		}
	}
	return "", "", false
}

// isSymKind reports whether s is a symbol kind such as STEXT or SRODATA.
func isSymKind(s string) bool {
	if len(s) < 2 || s[0] != 'S' {
		return false
	}
	for _, c := range s {
		if c < 'A' || c > 'Z' {
			return false
		}
	}
	return true
}

// parseInstr splits "\t0x0071 00113 (/tmp/fx/fx.go:10)\tCALL\truntime.newobject(SB)".
func parseInstr(line string) (pos, asmInstr, bool) {
	open := strings.IndexByte(line, '(')
	if open < 0 {
		return pos{}, asmInstr{}, false
	}
	fields := strings.Fields(line[:open])
	if len(fields) != 2 {
		return pos{}, asmInstr{}, false
	}
	return parseProg(fields[1], line[open:])
}

// parsePctabLine splits "    71      2 00113 (/tmp/fx/fx.go:10)\tCALL\t...";
// idx is nil when the index column is blank (unchanged).
func parsePctabLine(line string) (p pos, ins asmInstr, idx *int, ok bool) {
	open := strings.IndexByte(line, '(')
	if open < 0 {
		return pos{}, asmInstr{}, nil, false
	}
	fields := strings.Fields(line[:open])
	switch len(fields) {
	case 2: // pc, prog pc
	case 3: // pc, index, prog pc
		n, err := strconv.Atoi(fields[1])
		if err != nil {
			return pos{}, asmInstr{}, nil, false
		}
		idx = &n
	default:
		return pos{}, asmInstr{}, nil, false
	}
	p, ins, ok = parseProg(fields[len(fields)-1], line[open:])
	return p, ins, idx, ok
}

// parseProg parses a Prog as printed: its decimal pc, then
// "(file:line)\tOP\targs".
func parseProg(pc, rest string) (pos, asmInstr, bool) {
	off, err := strconv.Atoi(pc)
	if err != nil {
		return pos{}, asmInstr{}, false
	}
	close := strings.Index(rest, ")\t")
	if close < 0 {
		return pos{}, asmInstr{}, false
	}
	where := rest[1:close]
	text := rest[close+2:]
	colon := strings.LastIndexByte(where, ':')
	if colon < 0 {
		return pos{}, asmInstr{}, false
	}
	n, err := strconv.Atoi(where[colon+1:])
	if err != nil {
		return pos{}, asmInstr{}, false
	}
	for _, pseudo := range []string{"PCDATA", "FUNCDATA", "TEXT"} {
		if strings.HasPrefix(text, pseudo) {
			return pos{}, asmInstr{}, false
		}
	}
	return pos{File: where[:colon], Line: n}, asmInstr{Off: off, Text: text}, true
}

// callTarget returns the target of a CALL instruction: a symbol without
// "(SB)", or "" with indirect=true for a call through a register or memory.
func callTarget(text string) (target string, indirect, ok bool) {
	op, arg, _ := strings.Cut(text, "\t")
	if op != "CALL" {
		return "", false, false
	}
	if sym, found := strings.CutSuffix(arg, "(SB)"); found {
		return sym, false, true
	}
	return "", true, true
}
