#!/bin/sh
# Scores the app's HTML reader on the public article-extraction benchmark (181 news pages
# with their article text marked by hand) with the benchmark's own evaluate.py.
#
#   scripts/htmlbench/run.sh            (or: make htmlbench)
#
# BENCH_REPO is the benchmark's git repository (a clone or a bare mirror); without it the
# script clones https://github.com/scrapinghub/article-extraction-benchmark once into the
# work folder. The pages, the ground truth and evaluate.py are copied to
# scripts/htmlbench/work/ (git-ignored: the pages are other people's and stay out of this
# repository), our reader's output goes to work/output/cryptoatlas.json, and evaluate.py
# prints F1, precision and recall for it beside the benchmark's published scores of
# go-trafilatura and go-readability (REFERENCE names others from its output/ folder).
# Only python3 is needed: evaluate.py uses the standard library alone.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
top=$(cd "$here/../.." && pwd)
work="$here/work"
url=https://github.com/scrapinghub/article-extraction-benchmark
repo=${BENCH_REPO:-$work/repo}
reference=${REFERENCE:-go_trafilatura go_readability_fork go_readability}
GO=${GO:-go}

mkdir -p "$work"
if [ ! -d "$repo" ]; then
	git clone --bare --quiet "$url" "$repo"
fi
rev=$(git --git-dir="$repo" rev-parse --short HEAD 2>/dev/null || git -C "$repo" rev-parse --short HEAD)
gitdir=$(git -C "$repo" rev-parse --git-dir 2>/dev/null || echo "$repo")
case $gitdir in /*) ;; *) gitdir="$repo/$gitdir" ;; esac

bench="$work/bench"
rm -rf "$bench"
mkdir -p "$bench/output"
git --git-dir="$gitdir" archive HEAD html ground-truth.json evaluate.py | tar -x -C "$bench"
for name in $reference; do
	git --git-dir="$gitdir" show "HEAD:output/$name.json" >"$bench/output/$name.json"
done
echo "benchmark $url at $rev: $(ls "$bench/html" | wc -l) pages in $bench"

cd "$top"
version=$(git rev-parse --short HEAD 2>/dev/null || echo local)
$GO run ./scripts/htmlbench -pages "$bench/html" -out "$bench/output/cryptoatlas.json" -version "$version" 2>"$work/refused.txt"
if [ -s "$work/refused.txt" ]; then
	echo "pages the reader refused (scored as empty): $(wc -l <"$work/refused.txt"), listed in $work/refused.txt"
fi
cd "$bench" && python3 evaluate.py --n-bootstrap "${BOOTSTRAP:-1000}"
