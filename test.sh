#!/usr/bin/env bash
# Runs every test of Sociaal Netwerk: unit tests, HTTP tests against the real server on a SQLite file (including
# the graphql-http audit, Node.js), and the widget tests in Debian's Chromium. Installs what a fresh machine lacks
# where it can.
set -euo pipefail
cd "$(dirname "$0")"

kan_installeren() { [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; }
apt_bijgewerkt=
installeer() {
  if [ -z "$apt_bijgewerkt" ]; then
    apt-get update -qq
    apt_bijgewerkt=1
  fi
  apt-get install -y -qq "$@" >/dev/null
}

if ! command -v node >/dev/null 2>&1; then
  if kan_installeren; then
    echo "Node.js ontbreekt: installeren met apt-get…"
    installeer nodejs npm
  else
    echo "Node.js 20.19 of nieuwer is nodig (GraphQL-over-HTTP-audit, widgets). Installeer bijvoorbeeld: sudo apt-get install nodejs npm" >&2
    exit 1
  fi
fi

if ! node -e 'const [a, b] = process.versions.node.split(".").map(Number); process.exit(a > 20 || (a === 20 && b >= 19) ? 0 : 1)'; then
  echo "Node.js $(node --version) is te oud: de widgets (Vite 8) hebben Node.js 20.19 of nieuwer nodig." >&2
  exit 1
fi

CHROMIUM_PATH="${CHROMIUM_PATH:-/usr/bin/chromium}"
if [ ! -x "$CHROMIUM_PATH" ]; then
  if kan_installeren; then
    echo "Chromium ontbreekt (voor de widgettests): installeren met apt-get…"
    installeer chromium
  else
    echo "Chromium is nodig voor de widgettests. Installeer Debian's pakket: sudo apt-get install chromium (of zet CHROMIUM_PATH)." >&2
    exit 1
  fi
fi
export CHROMIUM_PATH

echo "== npm ci (tests/http-audit)"
(cd tests/http-audit && npm ci --no-audit --no-fund --loglevel=error)

echo "== dotnet test (bouwt ook de widgets: src/Widgets/Widgets.csproj)"
dotnet_resultaat=0
dotnet test SociaalNetwerk.sln --configuration Release --nologo "$@" || dotnet_resultaat=$?

# Also after failing .NET tests, so one run shows every failure; they need the Release build made above.
echo "== widgettests (node --test, Chromium, de echte GraphApi)"
widget_resultaat=0
(cd src/Widgets && npm test) || widget_resultaat=$?

if [ "$dotnet_resultaat" != 0 ] || [ "$widget_resultaat" != 0 ]; then
  echo "Niet alle tests zijn geslaagd (dotnet test: $dotnet_resultaat, widgettests: $widget_resultaat)." >&2
  exit 1
fi
