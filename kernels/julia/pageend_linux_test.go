//go:build linux

package julia

import (
	"math/rand/v2"
	"slices"
	"syscall"
	"testing"
	"unsafe"
)

// pageEnd returns a []T of n elements ending exactly at a PROT_NONE page:
// any load or store past its end faults.
func pageEnd[T any](t *testing.T, n int) []T {
	ps := syscall.Getpagesize()
	var z T
	size := int(unsafe.Sizeof(z))
	pages := (n*size+ps-1)/ps + 1
	mem, err := syscall.Mmap(-1, 0, pages*ps, syscall.PROT_READ|syscall.PROT_WRITE, syscall.MAP_ANON|syscall.MAP_PRIVATE)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		if err := syscall.Munmap(mem); err != nil {
			t.Error(err)
		}
	})
	if err := syscall.Mprotect(mem[(pages-1)*ps:], syscall.PROT_NONE); err != nil {
		t.Fatal(err)
	}
	end := (pages - 1) * ps
	return unsafe.Slice((*T)(unsafe.Pointer(&mem[end-n*size])), n)
}

// TestPageEnd calls every variant with zr, zi and counts ending at an
// unmapped page, for lengths around the vector, trip and dispatch sizes.
// The guarded buffers of the other tests catch stores past the end but
// not loads: reading past a heap slice almost never faults. (Plain loads
// in place of the AVX2 first round's VMASKMOVPD passed every other test;
// this one faults on them.)
func TestPageEnd(t *testing.T) {
	for _, n := range []int{1, 2, 3, 5, 7, 9, 15, 17, 31, 33, 47, 63, 65, 100, 4095, 4097} {
		zr, zi := roundsInput(rand.New(rand.NewPCG(1, uint64(n))), n)
		checkPageEnd(t, "float64", variants64(), escapeGeneric64, zr, zi)
		checkPageEnd(t, "float32", variants32(), escapeGeneric32, To32(zr), To32(zi))
	}
}

// checkPageEnd runs every variant on copies of zr and zi placed against an
// unmapped page, counts likewise, and compares with the reference.
func checkPageEnd[T float32 | float64](t *testing.T, typ string, variants map[string]func([]int32, []T, []T, T, T, int), ref func([]int32, []T, []T, T, T, int), zr, zi []T) {
	t.Helper()
	const maxIter = 40 // a first round and two speculative rounds
	n := len(zr)
	want := make([]int32, n)
	ref(want, zr, zi, BookCR, BookCI, maxIter)
	for name, fn := range variants {
		xs, ys, out := pageEnd[T](t, n), pageEnd[T](t, n), pageEnd[int32](t, n)
		copy(xs, zr)
		copy(ys, zi)
		fn(out, xs, ys, BookCR, BookCI, maxIter)
		if !slices.Equal(out, want) {
			t.Fatalf("%s %s n=%d differs from the reference", name, typ, n)
		}
	}
}
