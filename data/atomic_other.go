//go:build !unix

package data

import "io/fs"

// linkCount is the number of names a file has; where it cannot be told, one.
func linkCount(fs.FileInfo) uint64 { return 1 }

// keepOwner keeps a replaced file's owner where the system has owners to keep.
func keepOwner(string, fs.FileInfo) {}
