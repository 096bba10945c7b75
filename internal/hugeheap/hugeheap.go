// Package hugeheap asks the operating system to back the Go heap with huge pages.
//
// Loading thousands of articles grows the heap by a couple of hundred megabytes in a
// second, and on Linux each 4 KB page of it costs a fault the first time it is touched:
// on the project's machine the faults took a quarter of the load's CPU time. Go does not
// ask for transparent huge pages for the heap, and most distributions grant them only
// where asked (THP "madvise"), so Prefer asks: it makes the heap take on address space,
// marks it for huge pages (MADV_HUGEPAGE), and lets the collector free it untouched. The
// heap then grows into that space, 2 MB at a fault. Where huge pages are unavailable or
// the heap grows elsewhere, nothing changes.
package hugeheap
