#!/usr/bin/env bash
# Sourced by run.sh and test.sh: installs the pinned Azurite (tools/azurite) and starts it in memory on 127.0.0.1.
#   start_azurite BLOB_PORT QUEUE_PORT TABLE_PORT   (0 = pick a free port)
# Sets AZURITE_PID and AZURITE_CONNECTION_STRING; stop_azurite ends it.

azurite_dir="$(cd "$(dirname "${BASH_SOURCE[0]}")/../tools/azurite" && pwd)"

install_azurite() {
  if [ ! -x "$azurite_dir/node_modules/.bin/azurite" ]; then
    echo "== installing Azurite (npm ci, pinned by tools/azurite/package-lock.json)" >&2
    npm ci --prefix "$azurite_dir" --no-audit --no-fund --loglevel=error >&2
  fi
}

free_port() {
  node -e 'const s=require("net").createServer();s.listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close();});'
}

wait_for_port() {
  local port=$1
  for _ in $(seq 1 100); do
    if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then return 0; fi
    sleep 0.2
  done
  echo "Azurite did not open port $port" >&2
  return 1
}

start_azurite() {
  install_azurite
  local blob=${1:-0} queue=${2:-0} table=${3:-0}
  [ "$blob" = 0 ] && blob=$(free_port)
  [ "$queue" = 0 ] && queue=$(free_port)
  [ "$table" = 0 ] && table=$(free_port)
  AZURITE_LOG=${AZURITE_LOG:-$(mktemp -t azurite.XXXXXX.log)}
  "$azurite_dir/node_modules/.bin/azurite" --silent --inMemoryPersistence --disableTelemetry --skipApiVersionCheck \
    --blobHost 127.0.0.1 --blobPort "$blob" --queueHost 127.0.0.1 --queuePort "$queue" \
    --tableHost 127.0.0.1 --tablePort "$table" >"$AZURITE_LOG" 2>&1 &
  AZURITE_PID=$!
  wait_for_port "$blob" && wait_for_port "$queue" && wait_for_port "$table" || { cat "$AZURITE_LOG" >&2; return 1; }
  local key="Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw=="
  AZURITE_CONNECTION_STRING="DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=$key;BlobEndpoint=http://127.0.0.1:$blob/devstoreaccount1;QueueEndpoint=http://127.0.0.1:$queue/devstoreaccount1;TableEndpoint=http://127.0.0.1:$table/devstoreaccount1;"
  export AZURITE_PID AZURITE_CONNECTION_STRING
}

stop_azurite() {
  if [ -n "${AZURITE_PID:-}" ]; then
    kill "$AZURITE_PID" 2>/dev/null || true
    wait "$AZURITE_PID" 2>/dev/null || true
    AZURITE_PID=
  fi
}
