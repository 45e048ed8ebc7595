#!/usr/bin/env bash
# Runs every test: unit, Azurite-backed integration and end-to-end. Starts a private Azurite on free ports.
set -euo pipefail
cd "$(dirname "$0")"
source scripts/azurite.sh
start_azurite 0 0 0
trap stop_azurite EXIT
export ARTICLES_TEST_STORAGE="$AZURITE_CONNECTION_STRING"
dotnet test Functions.sln --nologo "$@"
