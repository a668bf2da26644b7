package doublelookup

import "testing"

func TestHelper(t *testing.T) {
	m := map[string]int{"a": 1}
	if _, ok := m["a"]; ok {
		_ = m["a"] // test functions are skipped by default
	}
}

func BenchmarkLookup(b *testing.B) {
	m := map[string]int{"a": 1}
	for b.Loop() {
		if _, ok := m["a"]; ok {
			_ = m["a"] // want `m\["a"\] is looked up again`
		}
	}
}
