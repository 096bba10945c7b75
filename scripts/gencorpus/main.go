// Command gencorpus writes synthetic news articles for scale tests and `make bench`:
//
//	go run ./scripts/gencorpus DIR [N]
package main

import (
	"fmt"
	"os"
	"strconv"

	"cryptoatlas/data/synth"
)

func main() {
	if len(os.Args) < 2 {
		fmt.Fprintln(os.Stderr, "usage: gencorpus DIR [N]")
		os.Exit(2)
	}
	n := 10000
	if len(os.Args) > 2 {
		v, err := strconv.Atoi(os.Args[2])
		if err != nil || v <= 0 {
			fmt.Fprintln(os.Stderr, "gencorpus: N must be a positive number")
			os.Exit(2)
		}
		n = v
	}
	if err := os.MkdirAll(os.Args[1], 0o755); err != nil {
		fmt.Fprintln(os.Stderr, "gencorpus:", err)
		os.Exit(1)
	}
	size, err := synth.WriteCorpus(os.Args[1], 1, n)
	if err != nil {
		fmt.Fprintln(os.Stderr, "gencorpus:", err)
		os.Exit(1)
	}
	fmt.Printf("%d articles, %.1f MB\n", n, float64(size)/1e6)
}
