package a

import (
	"bytes"
	"strings"
)

// Negative cases for bufferloop, each with the reason it is not reported.

func bufferBytes(rows [][]byte) [][]byte {
	var out [][]byte
	for _, r := range rows {
		var buf bytes.Buffer // nope: Bytes aliases the storage, so reuse would overwrite earlier results
		buf.Write(r)
		out = append(out, buf.Bytes())
	}
	return out
}

func bufferEscapes(rows [][]byte) []*bytes.Buffer {
	var out []*bytes.Buffer
	for _, r := range rows {
		b := &bytes.Buffer{} // nope: kept after the iteration
		b.Write(r)
		out = append(out, b)
	}
	return out
}

func bufferCaptured(rows [][]byte) []func() string {
	var fs []func() string
	for range rows {
		var buf bytes.Buffer // nope: captured by a closure
		fs = append(fs, buf.String)
		fs = append(fs, func() string { return buf.String() })
	}
	return fs
}

func builderPerIteration(rows []string) []string {
	var out []string
	for _, r := range rows {
		var sb strings.Builder // nope: strings.Builder.Reset drops its storage, so reuse saves nothing (premise_test.go)
		sb.WriteString(r)
		out = append(out, sb.String())
	}
	return out
}

func fixedMake(rows [][]byte) (n int) {
	for _, r := range rows {
		buf := make([]byte, 64) // nope: a non-escaping fixed-size make is on the stack (premise_test.go)
		n += copy(buf, r)
	}
	return n
}

func bufferOutsideLoop(r []byte) string {
	var buf bytes.Buffer // nope: not in a loop
	buf.Write(r)
	return buf.String()
}
