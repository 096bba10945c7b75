#!/usr/bin/env bash
# A run of every fuzz target in data/..., FUZZTIME each (default 10s).
#
# Go 1.26's fuzz coordinator can end a run on its -fuzztime deadline with a bare
# "context deadline exceeded" and no failing input (golang/go#75804, fixed in Go 1.27).
# That ending is reported and passed over; any other failure, and every failure that
# writes a failing input under testdata/fuzz, fails the run.
set -uo pipefail
GO=${GO:-go}
TAGS=${TAGS:-migrated_fynedo}
FUZZTIME=${FUZZTIME:-10s}
FUZZMINIMIZE=${FUZZMINIMIZE:-3s}

out=$(mktemp)
trap 'rm -f "$out"' EXIT
for t in $($GO test -tags "$TAGS" -list 'Fuzz.*' ./data/... | grep '^Fuzz'); do
  pkg=$(grep -rl "func $t(" --include='*_test.go' data | head -1 | xargs dirname)
  echo "fuzz $t ($pkg, $FUZZTIME)"
  if $GO test -tags "$TAGS" -run '^$' -fuzz "^$t\$" -fuzztime "$FUZZTIME" \
      -fuzzminimizetime "$FUZZMINIMIZE" "./$pkg" >"$out" 2>&1; then
    tail -n 1 "$out"
    continue
  fi
  if grep -q '^    context deadline exceeded$' "$out" && ! grep -q 'Failing input written' "$out"; then
    echo "  $t: ended on Go's fuzz deadline race with no failing input (golang/go#75804); not a failure"
    continue
  fi
  cat "$out"
  exit 1
done
