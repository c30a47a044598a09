#!/usr/bin/env bash
# The benchmark of docs/performance.md: builds GraphApi (Release) and the bench, makes the scale data once
# (demo-data reset --schaal N --geschiedenis D, kept in the work folder) and measures every row side by side with the
# baseline endpoint in bench/Bench/Basislijn.cs. Prints a table.
#
#   bench/run.sh                 # the full run: 100× with a year of history, 1000 requests per series (10,000 for the cached rows)
#   bench/run.sh --snel          # a quick check: 1× with 30 days, 200 requests per series (2,000 for the cached rows)
#   bench/run.sh --schaal 10 --geschiedenis 90 --verzoeken 500 --traag 20 --reacties-seconden 10
#   bench/run.sh --nieuwe-data   # make the data files again (after a migration, or on another day)
#   bench/run.sh --geen-build    # use the builds as they are
#   bench/run.sh --alleen-reacties --rondes 2 --tegen other/SociaalNetwerk.GraphApi.dll   # only the reacties row, builds in turn
#   bench/run.sh --alleen-agenda --rondes 5 --tegen other/SociaalNetwerk.GraphApi.dll     # only the agenda row: builds and baseline in turn, median of the rounds
#   bench/run.sh --help          # this text
#
# Options: --werkmap DIR (default /tmp/sn-bench). Needs the .NET 10 SDK, Node.js and /usr/bin/chromium (CHROMIUM_PATH).
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
cd "$repo"

hulp() { sed -n '2,/^# Options/p' "$0" | sed 's/^# \{0,1\}//'; }

# Every option is checked before anything is built or started: a typo must not start a full run.
bouwen=1
argumenten=()
verwacht_waarde=""
for a in "$@"; do
  if [[ -n "$verwacht_waarde" ]]; then
    argumenten+=("$a"); verwacht_waarde=""; continue
  fi
  case "$a" in
    -h|--help) hulp; exit 0 ;;
    --geen-build) bouwen=0 ;;
    --snel|--nieuwe-data|--alleen-reacties|--alleen-agenda) argumenten+=("$a") ;;
    --werkmap|--schaal|--geschiedenis|--verzoeken|--traag|--reacties-seconden|--tegen|--rondes)
      argumenten+=("$a"); verwacht_waarde="$a" ;;
    *) echo "bench/run.sh: onbekende optie '$a' (zie bench/run.sh --help)" >&2; exit 2 ;;
  esac
done
if [[ -n "$verwacht_waarde" ]]; then
  echo "bench/run.sh: $verwacht_waarde vraagt een waarde (zie bench/run.sh --help)" >&2; exit 2
fi

# The script row loads a page in Debian's Chromium, as the widget tests do: installed here as ./test.sh does.
export CHROMIUM_PATH="${CHROMIUM_PATH:-/usr/bin/chromium}"
if [[ ! -x "$CHROMIUM_PATH" ]]; then
  if [[ "$(id -u)" == "0" ]] && command -v apt-get >/dev/null 2>&1; then
    echo "Chromium ontbreekt (voor de scriptrij): installeren met apt-get…"
    apt-get update -qq && apt-get install -y -qq chromium >/dev/null
  else
    echo "Chromium is nodig voor de scriptrij. Installeer Debian's pakket: sudo apt-get install chromium (of zet CHROMIUM_PATH)." >&2
    exit 1
  fi
fi

if [[ $bouwen == 1 ]]; then
  [[ -d src/Widgets/node_modules ]] || (cd src/Widgets && npm ci --no-audit --no-fund)
  dotnet build src/GraphApi -c Release -nologo -v q
  dotnet build bench/Bench -c Release -nologo -v q
fi

exec dotnet bench/Bench/bin/Release/net10.0/SociaalNetwerk.Bench.dll meet --repository "$repo" "${argumenten[@]}"
