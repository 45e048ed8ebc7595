#!/usr/bin/env bash
# Fuzzes ArticleExtractor.Extract (bytes in) with AFL++ and SharpFuzz for a bounded time, then reports.
#
#   fuzz/run.sh [--seconds N] [--smoke] [--jobs N] [--out DIR] [--resume]
#
#   --seconds N  how long each afl-fuzz instance runs (default 600)
#   --smoke      short run for CI: 60 seconds, one instance
#   --jobs N     afl-fuzz instances in parallel (one main, N-1 secondaries; default 1)
#   --out DIR    build and findings folder, outside the repository (default /tmp/articles-fuzz, or $FUZZ_OUT)
#   --resume     go on from the queue and counters already in DIR/findings instead of starting afresh
#
# Installs what it lacks (afl++ from Debian's packages, the pinned sharpfuzz tool from fuzz/dotnet-tools.json),
# builds the harness in Release, instruments Articles.Extraction.dll, runs afl-fuzz, prints the executions,
# crashes and hangs, and replays every finding on the plain build. Exits non-zero when an input makes the
# extractor throw, or when a saved hang is still slow on replay (a loaded machine's timeouts are reported only).
set -euo pipefail

seconds=600
jobs=1
out="${FUZZ_OUT:-/tmp/articles-fuzz}"
resume=0
while [ $# -gt 0 ]; do
  case "$1" in
    --seconds) seconds="$2"; shift 2 ;;
    --smoke) seconds=60; jobs=1; shift ;;
    --jobs) jobs="$2"; shift 2 ;;
    --out) out="$2"; shift 2 ;;
    --resume) resume=1; shift ;;
    -h|--help) sed -n '2,15p' "$0"; exit 0 ;;
    *) echo "unknown argument: $1" >&2; exit 2 ;;
  esac
done

fuzz_dir="$(cd "$(dirname "$0")" && pwd)"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 MSBUILDDISABLENODEREUSE=1

echo "== tools"
if ! command -v afl-fuzz > /dev/null; then
  sudo_cmd=()
  if [ "$(id -u)" -ne 0 ]; then sudo_cmd=(sudo); fi
  "${sudo_cmd[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -qq afl++ > /dev/null
fi
afl-fuzz -h 2>&1 | head -1 || true
(cd "$fuzz_dir" && dotnet tool restore > /dev/null)

echo "== build and instrument"
dotnet build "$fuzz_dir/Articles.Fuzz" -c Release --nologo -v quiet
plain="$fuzz_dir/Articles.Fuzz/bin/Release/net10.0"
mkdir -p "$out"
rm -rf "$out/bin"
inputs="$fuzz_dir/seeds"
if [ "$resume" -eq 1 ] && [ -d "$out/findings" ]; then
  inputs=-
  export AFL_AUTORESUME=1
else
  rm -rf "$out/findings" "$out/slow"
fi
cp -r "$plain" "$out/bin"
(cd "$fuzz_dir" && dotnet tool run sharpfuzz "$out/bin/Articles.Extraction.dll")

echo "== afl-fuzz: $jobs instance(s) for $seconds s, findings in $out/findings"
# dotnet itself is not instrumented (the DLL is), and a container has no CPU governor or core_pattern to set.
export AFL_SKIP_BIN_CHECK=1 AFL_SKIP_CPUFREQ=1 AFL_I_DONT_CARE_ABOUT_MISSING_CRASHES=1 AFL_NO_UI=1 \
  AFL_NO_AFFINITY=1 AFL_NO_WARN_INSTABILITY=1
# -t: a small page takes milliseconds, but the timeout also covers starting and warming a fresh worker process after
# a crash, which takes seconds on a loaded machine; inputs slower than 1 s are kept by the harness in $out/slow.
# -m none: the .NET runtime reserves far more address space than it uses.
export ARTICLES_FUZZ_SLOW_DIR="$out/slow"
pids=()
for i in $(seq 1 "$jobs"); do
  if [ "$i" -eq 1 ]; then role=(-M main); else role=(-S "secondary$i"); fi
  afl-fuzz "${role[@]}" -i "$inputs" -o "$out/findings" -x "$fuzz_dir/articles.dict" \
    -t 10000 -m none -V "$seconds" -- dotnet "$out/bin/Articles.Fuzz.dll" > "$out/afl-$i.log" 2>&1 &
  pids+=("$!")
done
status=0
for pid in "${pids[@]}"; do
  wait "$pid" || status=$?
done
if [ "$status" -ne 0 ]; then
  echo "afl-fuzz failed (exit $status); its log:" >&2
  tail -30 "$out/afl-1.log" >&2
  exit "$status"
fi

echo "== results"
execs=0
for stats in "$out"/findings/*/fuzzer_stats; do
  n=$(awk -F: '$1 ~ /^execs_done/ { gsub(/ /, "", $2); print $2 }' "$stats")
  rate=$(awk -F: '$1 ~ /^execs_per_sec/ { gsub(/ /, "", $2); print $2 }' "$stats")
  echo "$(basename "$(dirname "$stats")"): $n executions, $rate per second"
  execs=$((execs + n))
done
shopt -s nullglob
crashes=("$out"/findings/*/crashes/id:*)
hangs=("$out"/findings/*/hangs/id:*)
slow=("$out"/slow/*)
echo "total executions: $execs"
echo "crashes: ${#crashes[@]}"
echo "hangs: ${#hangs[@]}"
echo "slow inputs (over 1 s, before replay): ${#slow[@]}"

failed=0
if [ $((${#crashes[@]} + ${#hangs[@]} + ${#slow[@]})) -gt 0 ]; then
  echo "== replaying findings on the plain build"
  dotnet "$plain/Articles.Fuzz.dll" replay "${crashes[@]}" "${hangs[@]}" "${slow[@]}" || failed=1
fi
if [ "${#crashes[@]}" -gt 0 ]; then
  failed=1
fi
if [ "$failed" -ne 0 ]; then
  echo "FUZZING FOUND BUGS: inputs are under $out/findings/*/crashes, $out/findings/*/hangs and $out/slow" >&2
  exit 1
fi
echo "no crashes; no hang that replays slowly"
