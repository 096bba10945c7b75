package hugeheap

import (
	"bufio"
	"os"
	"strconv"
	"strings"
	"testing"
	"unsafe"
)

// TestHeapGrowsIntoHugePageSpace: after Prefer, memory the heap hands out lies in a
// mapping marked for huge pages ("hg" in the mapping's VmFlags), where the system
// supports them.
func TestHeapGrowsIntoHugePageSpace(t *testing.T) {
	if b, err := os.ReadFile("/sys/kernel/mm/transparent_hugepage/enabled"); err != nil || strings.Contains(string(b), "[never]") {
		t.Skip("transparent huge pages are not available here")
	}
	Prefer(64 << 20)
	// The heap grows as a load makes it: many small objects. Free space the heap had
	// before is used first; past it, the heap grows into the marked space.
	var keep [][]byte
	for i := 0; i < 5000; i++ {
		keep = append(keep, make([]byte, 8<<10))
	}
	last := keep[len(keep)-1]
	last[0] = 1
	addr := uint64(uintptr(unsafe.Pointer(&last[0])))
	flags, ok := vmFlags(t, addr)
	if !ok {
		t.Fatalf("no mapping holds %#x", addr)
	}
	if !strings.Contains(" "+flags+" ", " hg ") {
		t.Errorf("the mapping of a new allocation has VmFlags %q, not marked for huge pages", flags)
	}
}

// vmFlags returns the VmFlags of the mapping in /proc/self/smaps that holds addr.
func vmFlags(t *testing.T, addr uint64) (string, bool) {
	t.Helper()
	f, err := os.Open("/proc/self/smaps")
	if err != nil {
		t.Skip("no /proc/self/smaps")
	}
	defer f.Close()
	in := false
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := sc.Text()
		if lo, hi, ok := strings.Cut(strings.Fields(line + " ")[0], "-"); ok && !strings.HasSuffix(strings.Fields(line)[0], ":") {
			l, err1 := strconv.ParseUint(lo, 16, 64)
			h, err2 := strconv.ParseUint(hi, 16, 64)
			in = err1 == nil && err2 == nil && l <= addr && addr < h
			continue
		}
		if in && strings.HasPrefix(line, "VmFlags:") {
			return strings.TrimSpace(strings.TrimPrefix(line, "VmFlags:")), true
		}
	}
	return "", false
}
