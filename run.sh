#!/usr/bin/env bash
# Runs the API locally: Azurite in memory on 127.0.0.1 (ports 10000-10002, or free ones when those are busy) and
# the local host (src/Articles.LocalHost: the real function classes) on http://localhost:7071. Ctrl-C stops both.
set -euo pipefail
cd "$(dirname "$0")"
source scripts/azurite.sh
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

port_in_use() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
default_or_free() { if port_in_use "$1"; then echo 0; else echo "$1"; fi; }

if port_in_use 7071; then
  echo "Port 7071 is already in use: stop whatever listens there first." >&2
  exit 1
fi

echo "== building src/Articles.LocalHost"
dotnet build src/Articles.LocalHost -v quiet --nologo

host_pid=
cleanup() {
  if [ -n "$host_pid" ]; then kill "$host_pid" 2>/dev/null || true; wait "$host_pid" 2>/dev/null || true; fi
  stop_azurite
}
trap cleanup EXIT
trap 'exit 130' INT TERM

start_azurite "$(default_or_free 10000)" "$(default_or_free 10001)" "$(default_or_free 10002)"
echo "== Azurite (in memory): $AZURITE_CONNECTION_STRING"

export ArticleStorage="$AZURITE_CONNECTION_STRING"
export DOTNET_ENVIRONMENT=Development
dotnet src/Articles.LocalHost/bin/Debug/net10.0/Articles.LocalHost.dll --urls http://localhost:7071 &
host_pid=$!
for _ in $(seq 1 150); do
  port_in_use 7071 && break
  kill -0 "$host_pid" 2>/dev/null || { echo "The local host stopped." >&2; exit 1; }
  sleep 0.2
done

cat <<HELP

== The API is on http://localhost:7071/api (keys are not checked locally). Try:

  curl -s -X POST 'http://localhost:7071/api/articles' -H 'Content-Type: text/html; charset=utf-8' --data-binary @samples/uk-news.html
  curl -s 'http://localhost:7071/api/articles?language=uk&limit=5'
  curl -s 'http://localhost:7071/api/articles/ID'          # the id from the POST answer
  curl -s 'http://localhost:7071/api/articles/ID/html'
  curl -s 'http://localhost:7071/api/sources'
  curl -s 'http://localhost:7071/api/officials'
  curl -s -X POST 'http://localhost:7071/api/extract' -H 'Content-Type: application/json' -d '{"html":"<title>Hi</title><h1>Hello</h1>"}'
  curl -s 'http://localhost:7071/api/health'
  curl -s 'http://localhost:7071/api/openapi.json'

  Upload a file like a content manager (picked up within ~2 s, see /api/ingestions):
  az storage blob upload --connection-string "\$ArticleStorage" -c articles-incoming -f samples/uk-news.html -n uk-news.html --metadata url=https://example.com/a
  (ArticleStorage='$AZURITE_CONNECTION_STRING')
  curl -s 'http://localhost:7071/api/ingestions/uk-news.html'

Ctrl-C stops the API and Azurite.
HELP
wait "$host_pid"
