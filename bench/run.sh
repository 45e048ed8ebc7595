#!/usr/bin/env bash
# One command, one machine, one run: times our extraction, a bare AngleSharp parse and SmartReader (.NET, Release)
# and Mozilla Readability + jsdom (Node) on the same pages, then prints one table with the ratios.
#   bench/run.sh            every page: samples/uk-news.html, bench/pages/*.html, ../shared/corpus/**/*.html
#   bench/run.sh --smoke    own pages only, one iteration each (seconds; for CI)
#   bench/run.sh --bdn [BenchmarkDotNet args]   the BenchmarkDotNet suite instead (default: --filter '*' --job short)
# Results also go to bench/results/ (git-ignored): per-page TSVs and the printed table.
set -euo pipefail
cd "$(dirname "$0")/.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

echo "== building bench/Articles.Benchmarks (Release)" >&2
dotnet build bench/Articles.Benchmarks -c Release -v quiet --nologo >&2
bench_dll=bench/Articles.Benchmarks/bin/Release/net10.0/Articles.Benchmarks.dll

if [ "${1:-}" = "--bdn" ]; then
  shift
  [ $# -eq 0 ] && set -- --filter '*' --job short
  exec dotnet "$bench_dll" "$@"
fi

smoke=()
[ "${1:-}" = "--smoke" ] && smoke=(--smoke)

if [ ! -d bench/readability/node_modules ]; then
  echo "== installing @mozilla/readability + jsdom (npm ci, pinned by bench/readability/package-lock.json)" >&2
  npm ci --prefix bench/readability --no-audit --no-fund --loglevel=error >&2
fi

mkdir -p bench/results
list=bench/results/pages.tsv
dotnet "$bench_dll" --list "$list" >&2
if [ ${#smoke[@]} -gt 0 ]; then
  grep '^own/' "$list" > "$list.own" && mv "$list.own" "$list"
fi

echo "== Readability + jsdom (node $(node --version))" >&2
node bench/readability/readability-bench.mjs "$list" "${smoke[@]}" > bench/results/readability.tsv

echo "== ours, bare parse, SmartReader (.NET $(dotnet --version))" >&2
dotnet "$bench_dll" "${smoke[@]:---per-page}" --readability bench/results/readability.tsv --tsv bench/results/dotnet.tsv \
  | tee bench/results/table.txt
