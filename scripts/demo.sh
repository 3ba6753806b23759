#!/usr/bin/env bash
# Quick start, command 1: installs what is missing, builds, starts factwire-ingest and
# factwire-query on one embedded SQLite file, ingests the sample articles and prints
# what the query service answers about them. The services keep running afterwards;
# `scripts/demo.sh stop` stops them.
#
# Environment: FACTWIRE_DATA (data dir, default ./demo-data), INGEST_ADDR
# (default 127.0.0.1:50051), QUERY_ADDR (default 127.0.0.1:50052).
set -euo pipefail
cd "$(dirname "$0")/.."
data="${FACTWIRE_DATA:-$PWD/demo-data}"
ingest_addr="${INGEST_ADDR:-127.0.0.1:50051}"
query_addr="${QUERY_ADDR:-127.0.0.1:50052}"
build="${FACTWIRE_BUILD_DIR:-build}"

stop_services() {
  for name in ingest query; do
    pid_file="$data/factwire-$name.pid"
    if [ -f "$pid_file" ]; then
      kill -TERM "$(cat "$pid_file")" 2>/dev/null || true
      rm -f "$pid_file"
    fi
  done
}

if [ "${1:-}" = "stop" ]; then
  stop_services
  echo "factwire: services stopped; data kept in $data"
  exit 0
fi

# Waits until host:port accepts TCP connections (the server is serving), or fails.
wait_for_port() {
  local host="${1%:*}" port="${1##*:}" pid="$2"
  for _ in $(seq 1 100); do
    if (exec 3<>"/dev/tcp/$host/$port") 2>/dev/null; then return 0; fi
    kill -0 "$pid" 2>/dev/null || { echo "factwire: service exited; see $data/*.log" >&2; exit 1; }
    sleep 0.1
  done
  echo "factwire: $1 did not come up; see $data/*.log" >&2
  exit 1
}

scripts/install-deps.sh
scripts/build.sh --pgo -DFACTWIRE_BUILD_TESTS=OFF

mkdir -p "$data"
stop_services
store="sqlite:$data/factwire.db"
"$build/ingest-service/factwire-ingest" --listen="$ingest_addr" --store="$store" \
  2>"$data/factwire-ingest.log" &
echo $! >"$data/factwire-ingest.pid"
wait_for_port "$ingest_addr" "$(cat "$data/factwire-ingest.pid")"
"$build/query-service/factwire-query" --listen="$query_addr" --store="$store" \
  2>"$data/factwire-query.log" &
echo $! >"$data/factwire-query.pid"
wait_for_port "$query_addr" "$(cat "$data/factwire-query.pid")"

cli="$build/cli/factwire"
echo "== ingest"
"$cli" ingest --ingest="$ingest_addr" examples/articles
echo
echo "== claims (factwire claims)"
"$cli" claims --query="$query_addr"
echo
echo "== figures (factwire figures)"
"$cli" figures --query="$query_addr"
echo
echo "== sources (factwire sources)"
"$cli" sources --query="$query_addr"
echo
cat <<MSG
factwire-ingest is serving on $ingest_addr and factwire-query on $query_addr.
Data: $data/factwire.db (logs: $data/*.log).
Try:  $cli claims --query=$query_addr harbor
Stop: scripts/demo.sh stop
MSG
