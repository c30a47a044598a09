#!/usr/bin/env bash
# Runs every test of Sociaal Netwerk: unit tests, and HTTP tests against the real server on a SQLite file,
# including the graphql-http audit (Node.js). Installs what a fresh machine lacks where it can.
set -euo pipefail
cd "$(dirname "$0")"

if ! command -v node >/dev/null 2>&1; then
  if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
    echo "Node.js ontbreekt: installeren met apt-get…"
    apt-get update -qq && apt-get install -y -qq nodejs npm >/dev/null
  else
    echo "Node.js 20 of nieuwer is nodig voor de GraphQL-over-HTTP-audit. Installeer bijvoorbeeld: sudo apt-get install nodejs npm" >&2
    exit 1
  fi
fi

echo "== npm ci (tests/http-audit)"
(cd tests/http-audit && npm ci --no-audit --no-fund --loglevel=error)

echo "== dotnet test"
dotnet test SociaalNetwerk.sln --configuration Release --nologo "$@"
