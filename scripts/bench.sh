#!/usr/bin/env bash
# make bench: the project's performance figures, measured on this machine from its own
# benchmarks on data they generate. Prints one table.
#
#   extraction throughput   go test -bench over synthetic news and the test corpus
#   10,000 articles         generated, then `cryptoatlas export --chart holdings DIR`
#                           (time and peak memory to the first chart)
#   chart render            1200x750 PNG, drawn and encoded
#   first window            Crypto Atlas vs a minimal Fyne window, alternating runs
set -euo pipefail
cd "$(dirname "$0")/.."
TAGS=migrated_fynedo
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

echo "building..." >&2
go build -tags $TAGS -o "$work/cryptoatlas" ./cmd/cryptoatlas
go build -tags $TAGS -o "$work/minimal" ./scripts/minimalwindow

rows=()
row() { rows+=("$(printf '%-44s %s' "$1" "$2")"); }

echo "extraction benchmarks..." >&2
bench=$(go test -run '^$' -bench 'BenchmarkExtract(News)?$' -benchtime 2s -count 3 -cpu 1 ./data/ | grep '^Benchmark')
best() { # best of the runs: highest MB/cpu-s
  echo "$bench" | awk -v n="$1" '$1==n { for (i=1;i<=NF;i++) if ($(i+1)=="MB/cpu-s" && $i>m) { m=$i; w=$(i-2) } } END { printf "%.1f MB/s per CPU-second (wall %.1f MB/s)", m, w }'
}
row "extraction, synthetic news, one core" "$(best BenchmarkExtractNews)"
row "extraction, test corpus (figure-dense)" "$(best BenchmarkExtract)"

echo "generating 10,000 articles..." >&2
gen=$(go run ./scripts/gencorpus "$work/corpus" 10000)
row "10,000 generated articles" "$gen"
export_run() {
  /usr/bin/time -f '%e %M' -o "$work/time" "$work/cryptoatlas" export --chart holdings -o "$work/h.png" "$work/corpus" >/dev/null
  read -r secs kb <"$work/time"
  echo "$secs $kb"
}
export_run >/dev/null # warm the file cache
best_s=999; peak=0
for _ in 1 2 3; do
  read -r s kb < <(export_run)
  if awk -v a="$s" -v b="$best_s" 'BEGIN{exit !(a<b)}'; then best_s=$s; fi
  [ "$kb" -gt "$peak" ] && peak=$kb
done
row "open 10,000 articles to first chart (CLI)" "${best_s} s, peak ${peak%???} MB resident ($(nproc) cores)"

echo "chart benchmark..." >&2
render=$(go test -run '^$' -bench 'BenchmarkRenderPNG$' -benchtime 2s -count 3 ./ui/chart/ | awk '/^BenchmarkRenderPNG/ { ms=$3/1e6; if (m==0 || ms<m) m=ms } END { printf "%.1f ms", m }')
row "chart render + PNG encode, 1200x750" "$render"

if command -v Xvfb >/dev/null && command -v xdotool >/dev/null; then
  echo "first-window timing..." >&2
  disp=:$(( 150 + RANDOM % 80 ))
  Xvfb "$disp" -screen 0 1400x900x24 -nolisten tcp >/dev/null 2>&1 &
  xpid=$!
  sleep 1
  first_window() { # seconds from exec to a visible window titled $2
    local home; home=$(mktemp -d)
    local t0; t0=$(date +%s.%N)
    DISPLAY=$disp HOME=$home LANG=C.UTF-8 "$1" >/dev/null 2>&1 &
    local pid=$!
    until DISPLAY=$disp xdotool search --onlyvisible --name "$2" >/dev/null 2>&1; do sleep 0.005; done
    local t1; t1=$(date +%s.%N)
    kill "$pid"; wait "$pid" 2>/dev/null || true
    rm -rf "$home"
    echo "$t1 - $t0" | bc -l
  }
  atlas=(); minimal=()
  for _ in 1 2 3 4 5; do
    minimal+=("$(first_window "$work/minimal" "Minimal Fyne window")")
    atlas+=("$(first_window "$work/cryptoatlas" "Crypto Atlas")")
  done
  median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
  ma=$(median "${atlas[@]}"); mm=$(median "${minimal[@]}")
  row "first window: Crypto Atlas (median of 5)" "$(printf '%.3f s' "$ma")"
  row "first window: minimal Fyne window (median of 5)" "$(printf '%.3f s  (ratio %.2f)' "$mm" "$(echo "$ma / $mm" | bc -l)")"
  kill "$xpid" 2>/dev/null || true
else
  row "first window" "skipped: needs Xvfb and xdotool (make deps-test)"
fi

echo
printf '%s\n' "${rows[@]}"
