package ui

import (
	"fmt"
	"os"
	"sync"
	"time"
)

// With CRYPTOATLAS_TRACE set, the window writes the moments `make bench` measures to
// standard error, one line each, as "trace NAME UNIX-NANOSECONDS": when a load's files
// are read and its charts built ("loaded"), and when the first chart of loaded articles
// is drawn ("first-chart"). The benchmark subtracts the time it started the program.
var tracing = os.Getenv("CRYPTOATLAS_TRACE") != ""

var traced sync.Map // names already written: each moment is written once

func traceOnce(name string) {
	if !tracing {
		return
	}
	if _, done := traced.LoadOrStore(name, true); !done {
		fmt.Fprintf(os.Stderr, "trace %s %d\n", name, time.Now().UnixNano())
	}
}
