#!/usr/bin/env bash
# A throwaway PostgreSQL cluster for the tests: `start DIR` makes and starts one in DIR (on a free port at 127.0.0.1)
# and prints its admin connection string; `stop DIR` stops it and removes DIR. Uses Debian's postgresql binaries
# (/usr/lib/postgresql/*/bin) or whatever initdb/pg_ctl are on PATH. As root the server runs as the user `nobody`,
# since PostgreSQL refuses to run as root. Durability is off: the data is thrown away.
set -euo pipefail

zoek_bin() {
  local naam=$1 pad
  for pad in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V -r); do
    if [ -x "$pad/$naam" ]; then echo "$pad/$naam"; return 0; fi
  done
  command -v "$naam" 2>/dev/null
}

als_eigenaar() {
  if [ "$(id -u)" = "0" ]; then
    setpriv --reuid=nobody --regid=nogroup --clear-groups --inh-caps=-all -- "$@"
  else
    "$@"
  fi
}

case "${1:-}" in
  start)
    map=$2
    initdb=$(zoek_bin initdb) || { echo "initdb niet gevonden: installeer Debian's pakket postgresql (sudo apt-get install postgresql)." >&2; exit 1; }
    pg_ctl=$(zoek_bin pg_ctl) || { echo "pg_ctl niet gevonden: installeer Debian's pakket postgresql." >&2; exit 1; }
    poort=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()' 2>/dev/null \
      || node -e 'const s=require("net").createServer().listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})')
    mkdir -p "$map"
    if [ "$(id -u)" = "0" ]; then chown nobody:nogroup "$map"; fi
    chmod 700 "$map"
    als_eigenaar "$initdb" -D "$map/data" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >"$map/initdb.log" 2>&1 \
      || als_eigenaar "$initdb" -D "$map/data" -U postgres --auth=trust -E UTF8 --locale=C >"$map/initdb.log" 2>&1 \
      || { cat "$map/initdb.log" >&2; exit 1; }
    als_eigenaar "$pg_ctl" -D "$map/data" -l "$map/server.log" -w -t 60 \
      -o "-h 127.0.0.1 -p $poort -k $map -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c shared_buffers=128MB -c max_connections=300" \
      start >/dev/null || { cat "$map/server.log" >&2; exit 1; }
    echo "Host=127.0.0.1;Port=$poort;Username=postgres;Database=postgres"
    ;;
  stop)
    map=$2
    if [ -d "$map/data" ]; then
      pg_ctl=$(zoek_bin pg_ctl) && als_eigenaar "$pg_ctl" -D "$map/data" -m immediate -w stop >/dev/null 2>&1 || true
    fi
    rm -rf "$map"
    ;;
  *)
    echo "gebruik: $0 start|stop MAP" >&2
    exit 2
    ;;
esac
