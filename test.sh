#!/usr/bin/env bash
# Runs every test. (Azurite start-up lands here with the storage work.)
set -euo pipefail
cd "$(dirname "$0")"
dotnet test Functions.sln --nologo
