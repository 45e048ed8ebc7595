#!/usr/bin/env bash
# API load test on this machine, loopback only: Azurite in memory (free ports) + the local host (Release, free port),
# then bench/Articles.LoadTest: POST /api/articles with 16 clients over distinct pages, then GET by id and list pages
# with 32 clients. Bounded: at most --posts/--gets requests and --seconds per phase. Everything it starts, it stops.
#   bench/load.sh [--posts 3000] [--gets 6000] [--seconds 60] [--post-clients 16] [--get-clients 32] [--storage-only]
# --storage-only [--distinct-names]: no host; the load generator drives the store (SaveAsync/GetAsync/ListAsync) against Azurite directly,
# with pages extracted once up front, and counts the storage round trips: the ceiling the emulator sets on its own.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/azurite.sh
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

echo "== building the local host and the load generator (Release)" >&2
if [[ " $* " != *" --storage-only "* ]]; then
  dotnet build src/Articles.LocalHost -c Release -v quiet --nologo | grep -E " error |rror\(s\)" >&2 || true
fi
dotnet build bench/Articles.LoadTest -c Release -v quiet --nologo | grep -E " error |rror\(s\)" >&2 || true

host_pid=
cleanup() {
  if [ -n "$host_pid" ]; then kill "$host_pid" 2>/dev/null || true; wait "$host_pid" 2>/dev/null || true; fi
  stop_azurite
}
trap cleanup EXIT
trap 'exit 130' INT TERM

start_azurite 0 0 0
export ArticleStorage="$AZURITE_CONNECTION_STRING"
# CPU seconds (user + system) a process has used so far, from /proc (clock ticks of 1/100 s).
cpu_seconds() { awk '{printf "%.1f", ($14 + $15) / 100}' "/proc/$1/stat"; }

if [[ " $* " == *" --storage-only "* ]]; then
  echo "== storage only: Azurite pid $AZURITE_PID, no host" >&2
  azurite_cpu0=$(cpu_seconds "$AZURITE_PID"); wall0=$(date +%s.%N)
  status=0
  dotnet bench/Articles.LoadTest/bin/Release/net10.0/Articles.LoadTest.dll \
    --base "http://127.0.0.1:1/api" --pages bench/pages,samples "$@" || status=$?
  wall=$(awk -v a="$wall0" -v b="$(date +%s.%N)" 'BEGIN { printf "%.1f", b - a }')
  echo "CPU used during the run (${wall} s wall, $(nproc) cores): Azurite $(awk -v a="$azurite_cpu0" -v b="$(cpu_seconds "$AZURITE_PID")" 'BEGIN { printf "%.1f", b - a }') s"
  exit $status
fi

port=$(free_port)
export DOTNET_ENVIRONMENT=Production Logging__LogLevel__Default=Warning
dotnet src/Articles.LocalHost/bin/Release/net10.0/Articles.LocalHost.dll --urls "http://127.0.0.1:$port" >/dev/null &
host_pid=$!
for _ in $(seq 1 150); do
  (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null && break
  kill -0 "$host_pid" 2>/dev/null || { echo "The local host stopped." >&2; exit 1; }
  sleep 0.2
done
echo "== host pid $host_pid on http://127.0.0.1:$port, Azurite pid $AZURITE_PID" >&2

host_cpu0=$(cpu_seconds "$host_pid"); azurite_cpu0=$(cpu_seconds "$AZURITE_PID"); wall0=$(date +%s.%N)

status=0
dotnet bench/Articles.LoadTest/bin/Release/net10.0/Articles.LoadTest.dll \
  --base "http://127.0.0.1:$port/api" --pages bench/pages,samples --host-pid "$host_pid" "$@" || status=$?

wall=$(awk -v a="$wall0" -v b="$(date +%s.%N)" 'BEGIN { printf "%.1f", b - a }')
echo "CPU used during the run (${wall} s wall, $(nproc) cores): host $(awk -v a="$host_cpu0" -v b="$(cpu_seconds "$host_pid")" 'BEGIN { printf "%.1f", b - a }') s," \
  "Azurite $(awk -v a="$azurite_cpu0" -v b="$(cpu_seconds "$AZURITE_PID")" 'BEGIN { printf "%.1f", b - a }') s"
exit $status
