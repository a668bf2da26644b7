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
	files := make(map[string]string) // as printed → resolved, and interned
	for {
		line, err := br.ReadString('\n')
		if len(line) > 0 {
			line = strings.TrimSuffix(line, "\n")
			switch {
			case strings.HasPrefix(line, "\t0x"):
				if fn == "" {
					break
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
			case strings.HasPrefix(line, "\t"), strings.HasPrefix(line, "    "):
				// relocations ("\trel 5+4 t=R_CALL ...") and data dumps
			default:
				if sym, rest, ok := strings.Cut(line, " "); ok && isSymKind(rest) {
					fn = ""
					if strings.HasPrefix(rest, "STEXT") {
						fn = sym
					}
					break
				}
				if len(l.Other) < maxOther {
					l.Other = append(l.Other, line)
				}
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

// isSymKind reports whether rest, the text after a symbol name, starts with
// a symbol kind such as STEXT or SRODATA.
func isSymKind(rest string) bool {
	kind, _, _ := strings.Cut(rest, " ")
	if len(kind) < 2 || kind[0] != 'S' {
		return false
	}
	for _, c := range kind {
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
