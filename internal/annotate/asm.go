package annotate

import (
	"bufio"
	"io"
	"strconv"
	"strings"
)

// An asmInstr is one instruction of the compiler's -S listing.
type asmInstr struct {
	Func string // symbol of the function, e.g. example.com/fx.Build
	Off  int    // byte offset in the function
	Text string // instruction and operands, tab-separated as printed
}

// asmListing holds the -S listing by source position. Positions are the
// innermost ones: code inlined from another function is listed at the line
// it was inlined from, as -S prints it.
type asmListing struct {
	byPos map[pos][]asmInstr
	// Other holds the lines that are not part of any listing (the go
	// command's "# pkg" headers, compiler errors), at most maxOther of them.
	Other []string
}

const maxOther = 200

// parseAsm reads the compiler's -S output as the go command prints it on
// stderr. Function headers look like
//
//	example.com/fx.Build STEXT size=389 args=0x8 locals=0x98 funcid=0x0 align=0x0
//
// and instructions like
//
//	\t0x0071 00113 (/tmp/fx/fx.go:10)\tCALL\truntime.newobject(SB)
//
// PCDATA and FUNCDATA pseudo-instructions, relocations and data dumps are
// dropped. Relative paths are resolved with abs.
func parseAsm(r io.Reader, abs func(string) string) (*asmListing, error) {
	l := &asmListing{byPos: make(map[pos][]asmInstr)}
	br := bufio.NewReaderSize(r, 1<<20)
	fn := ""
	inListing := false               // between a symbol header and the next "# pkg" line
	files := make(map[string]string) // as printed → resolved, and interned
	other := func(line string) {
		if len(l.Other) < maxOther {
			l.Other = append(l.Other, line)
		}
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
				p, ins, ok := parseInstr(line)
				if !ok {
					break
				}
				f, seen := files[p.File]
				if !seen {
					f = abs(p.File)
					files[p.File] = f
				}
				p.File = f
				ins.Func = fn
				l.byPos[p] = append(l.byPos[p], ins)
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
	off, err := strconv.Atoi(fields[1])
	if err != nil {
		return pos{}, asmInstr{}, false
	}
	close := strings.Index(line[open:], ")\t")
	if close < 0 {
		return pos{}, asmInstr{}, false
	}
	where := line[open+1 : open+close]
	text := line[open+close+2:]
	colon := strings.LastIndexByte(where, ':')
	if colon < 0 {
		return pos{}, asmInstr{}, false
	}
	n, err := strconv.Atoi(where[colon+1:])
	if err != nil {
		return pos{}, asmInstr{}, false
	}
	if strings.HasPrefix(text, "PCDATA") || strings.HasPrefix(text, "FUNCDATA") {
		return pos{}, asmInstr{}, false
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
