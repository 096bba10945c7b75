//go:build unix

package data

import (
	"io/fs"
	"os"
	"syscall"
)

// linkCount is the number of names a file has (hard links); 1 where it cannot be told.
func linkCount(info fs.FileInfo) uint64 {
	if st, ok := info.Sys().(*syscall.Stat_t); ok {
		return uint64(st.Nlink)
	}
	return 1
}

// keepOwner gives path the owner and group of the file it replaces. Only root may give a
// file to another user; for anyone else the file is theirs already, so a refusal is not
// an error.
func keepOwner(path string, old fs.FileInfo) {
	if st, ok := old.Sys().(*syscall.Stat_t); ok {
		_ = os.Lchown(path, int(st.Uid), int(st.Gid))
	}
}
