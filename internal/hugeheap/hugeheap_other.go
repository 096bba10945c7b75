//go:build !linux

package hugeheap

// Prefer does nothing where the system has no transparent huge pages to ask for.
func Prefer(size int) {}
