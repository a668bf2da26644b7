package boolset

func dedupe(xs []string) []string {
	seen := make(map[string]bool) // want `seen is a map\[string\]bool used only as a set \(every stored value is true\): map\[string\]struct\{\} saves 8 B per slot, 16 B/entry measured for 16-byte keys`
	var out []string
	for _, x := range xs {
		if !seen[x] {
			seen[x] = true
			out = append(out, x)
		}
	}
	return out
}

var visited = map[int64]bool{1: true} // want `visited is a map\[int64\]bool used only as a set`

func visit(n int64) bool {
	if visited[n] {
		return false
	}
	visited[n] = true
	for k := range visited {
		_ = k
	}
	return len(visited) > 0
}

type graph struct {
	marks map[int32]bool // want `marks is a map\[int32\]bool used only as a set`
}

func newGraph() *graph { return &graph{marks: map[int32]bool{}} }

func (g *graph) mark(n int32) bool {
	_, ok := g.marks[n]
	g.marks[n] = true
	return ok
}

// Only ever iterated: still a set.
func methods(xs []string) []string {
	seen := map[string]bool{} // want `seen is a map\[string\]bool used only as a set`
	for _, x := range xs {
		seen[x] = true
	}
	var out []string
	for m := range seen {
		out = append(out, m)
	}
	return out
}
