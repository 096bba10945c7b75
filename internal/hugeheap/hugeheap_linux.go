package hugeheap

import (
	"runtime"
	"syscall"
	"unsafe"
)

const hugePage = 2 << 20

// madvHugePage is MADV_HUGEPAGE, which package syscall does not name.
const madvHugePage = 14

// Prefer marks about size bytes of address space that the heap will grow into for huge
// pages. The space is never touched here, so it costs no memory until the heap uses it.
func Prefer(size int) {
	if size < 2*hugePage {
		return
	}
	b := make([]byte, size) // fresh from the system: mapped, not yet touched
	base := uintptr(unsafe.Pointer(unsafe.SliceData(b)))
	start := (base + hugePage - 1) &^ (hugePage - 1)
	end := (base + uintptr(size)) &^ (hugePage - 1)
	if start < end {
		// The part of b on whole huge pages.
		_ = syscall.Madvise(b[start-base:end-base], madvHugePage) // best effort: refused where THP is off
	}
	runtime.KeepAlive(b)
	b = nil
	// Collect now, so the heap's next target is set by what is really in use, not by
	// this allocation, and its space is free for the heap to grow into.
	runtime.GC()
}
