// Package go120 is a module at Go 1.20, before clear existed: the
// rangedelete finding is reported without a fix.
package go120

func oldFloats(m map[float32]bool) {
	for k := range m { // want `with float32 keys the compiler cannot make it a clear`
		delete(m, k)
	}
}
