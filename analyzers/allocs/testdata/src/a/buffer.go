package a

import (
	"bytes"
	"fmt"
)

func bufferPerIteration(rows [][]string) []string {
	var out []string
	for _, row := range rows {
		var buf bytes.Buffer // want `a bytes.Buffer made on every iteration grows new storage each time`
		for _, cell := range row {
			buf.WriteString(cell)
			buf.WriteByte(',')
		}
		fmt.Fprintf(&buf, "%d", len(row))
		out = append(out, buf.String())
	}
	return out
}

func bufferNew(rows [][]byte) (n int) {
	for _, r := range rows {
		b := new(bytes.Buffer) // want `a bytes.Buffer made on every iteration`
		b.Write(r)
		n += b.Len()
	}
	return n
}
