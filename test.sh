#!/usr/bin/env bash
# Runs every test of Sociaal Netwerk: unit tests, HTTP tests against the real server on a SQLite file (including
# the graphql-http audit, Node.js), the widget tests in Debian's Chromium, and then the whole GraphApi suite again on
# a throwaway PostgreSQL cluster that this script starts (and removes) itself. Installs what a fresh machine lacks
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

heeft_postgresql() { ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null 2>&1; }
if ! heeft_postgresql; then
  if kan_installeren; then
    echo "PostgreSQL ontbreekt (voor de GraphApi-tests op PostgreSQL): installeren met apt-get…"
    installeer postgresql
  else
    echo "PostgreSQL is nodig voor de GraphApi-tests op PostgreSQL. Installeer Debian's pakket: sudo apt-get install postgresql (initdb en pg_ctl; er hoeft geen server te draaien)." >&2
    exit 1
  fi
fi

echo "== npm ci (tests/http-audit)"
(cd tests/http-audit && npm ci --no-audit --no-fund --loglevel=error)

echo "== dotnet test (bouwt ook de widgets: src/Widgets/Widgets.csproj)"
dotnet_resultaat=0
dotnet test SociaalNetwerk.sln --configuration Release --nologo "$@" || dotnet_resultaat=$?

# Also after failing .NET tests, so one run shows every failure; both need the Release build made above.
# The widget tests (mostly waiting on Chromium) and the same GraphApi suite on PostgreSQL (mostly CPU) run side by side:
# on 2 cores that saves minutes. The PostgreSQL run's output goes to a file, shown when it is done.
# The cluster is throwaway: a temporary folder, a free port at 127.0.0.1, stopped and removed at exit. Each test server
# makes its own database there (tests/GraphApi.Tests/Infrastructuur/TestDatabank.cs). Test classes that pin their own
# SQLite file whatever the run's provider (trait Databank=Onafhankelijk) ran in the first pass and are left out here.
pg_map=$(mktemp -d "${TMPDIR:-/tmp}/sociaalnetwerk-pg.XXXXXX")
pg_uitvoer="$pg_map.log"
trap 'tests/postgres-tijdelijk.sh stop "$pg_map"; rm -f "$pg_uitvoer"' EXIT
postgres_resultaat=0
postgres_taak=
if SN_TEST_POSTGRES=$(tests/postgres-tijdelijk.sh start "$pg_map"); then
  SN_TEST_DATABASE=PostgreSQL SN_TEST_POSTGRES="$SN_TEST_POSTGRES" \
    dotnet test tests/GraphApi.Tests --configuration Release --no-build --nologo --filter "Databank!=Onafhankelijk" "$@" >"$pg_uitvoer" 2>&1 &
  postgres_taak=$!
else
  postgres_resultaat=1
fi

echo "== widgettests (node --test, Chromium, de echte GraphApi)"
widget_resultaat=0
(cd src/Widgets && npm test) || widget_resultaat=$?

echo "== dotnet test GraphApi.Tests op PostgreSQL (tijdelijk cluster, naast de widgettests)"
if [ -n "$postgres_taak" ]; then
  wait "$postgres_taak" || postgres_resultaat=$?
  cat "$pg_uitvoer"
fi

if [ "$dotnet_resultaat" != 0 ] || [ "$widget_resultaat" != 0 ] || [ "$postgres_resultaat" != 0 ]; then
  echo "Niet alle tests zijn geslaagd (dotnet test: $dotnet_resultaat, widgettests: $widget_resultaat, GraphApi op PostgreSQL: $postgres_resultaat)." >&2
  exit 1
fi
