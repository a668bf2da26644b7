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
		zr64, zi64 := roundsInput(rand.New(rand.NewPCG(1, uint64(n))), n)
		want := make([]int32, n)
		escapeGeneric64(want, zr64, zi64, BookCR, BookCI, 40)
		for name, fn := range variants64() {
			zr, zi, out := pageEnd[float64](t, n), pageEnd[float64](t, n), pageEnd[int32](t, n)
			copy(zr, zr64)
			copy(zi, zi64)
			fn(out, zr, zi, BookCR, BookCI, 40)
			if !slices.Equal(out, want) {
				t.Fatalf("%s n=%d differs", name, n)
			}
		}
		zr32, zi32 := To32(zr64), To32(zi64)
		escapeGeneric32(want, zr32, zi32, BookCR, BookCI, 40)
		for name, fn := range variants32() {
			zr, zi, out := pageEnd[float32](t, n), pageEnd[float32](t, n), pageEnd[int32](t, n)
			copy(zr, zr32)
			copy(zi, zi32)
			fn(out, zr, zi, BookCR, BookCI, 40)
			if !slices.Equal(out, want) {
				t.Fatalf("%s float32 n=%d differs", name, n)
			}
		}
	}
}
