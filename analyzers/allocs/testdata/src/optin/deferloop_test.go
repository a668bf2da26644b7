package optin

import "testing"

func BenchmarkDeferMany(b *testing.B) {
	for b.Loop() {
		defer func() {}() // nope: a benchmark named after defer measures it
	}
}

func BenchmarkOpen(b *testing.B) {
	for b.Loop() {
		defer func() {}() // want `defer in a loop runs only when the function returns`
	}
}
