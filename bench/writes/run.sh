#!/usr/bin/env bash
# Write throughput (see docs/benchmarks.md): writes/s of 4 posting and 2 updating clients (bench/writes/writes.py)
# against the packaged service, on a fresh database per run, for each durability setting of H2, and on
# PostgreSQL when BENCH_PG (host:port, e.g. 127.0.0.1:5432) is set (database learncal_bench_writes).
# Usage: bench/writes/run.sh [runs, default 5] [seconds per run, default 8]; port 18130.
set -euo pipefail
cd "$(dirname "$0")/../.."
[ -f target/learncal.jar ] || ./mvnw -B -ntp -q package -DskipTests
runs=${1:-5}
seconds=${2:-8}
work=$(mktemp -d /tmp/learncal-bench-writes.XXXXXX)
trap 'rm -rf "$work"' EXIT
bench() {
  echo "-- $1"
  python3 bench/writes/writes.py bench --port 18130 --runs "$runs" --seconds "$seconds" --reset "rm -rf '$work/db'" \
    --log "$work/service.log"
}

DATASOURCES_DEFAULT_URL="jdbc:h2:file:$work/db/learncal" bench "H2 as H2 ships it (WRITE_DELAY 500 ms, no fsync): before"
DATASOURCES_DEFAULT_URL="jdbc:h2:file:$work/db/learncal;WRITE_DELAY=0" bench "H2 with WRITE_DELAY=0 only"
LEARNCAL_DATA_DIR="$work/db" bench "H2 as configured now (fsync: and WRITE_DELAY=0): after"
if [ -n "${BENCH_PG:-}" ]; then
  host=${BENCH_PG%:*}
  port=${BENCH_PG#*:}
  fresh="psql -q -h $host -p $port -U postgres -d postgres -c 'DROP DATABASE IF EXISTS learncal_bench_writes WITH (FORCE)' -c 'CREATE DATABASE learncal_bench_writes'"
  echo "-- PostgreSQL (fsync on, synchronous_commit on)"
  DATASOURCES_DEFAULT_URL="jdbc:postgresql://$BENCH_PG/learncal_bench_writes" DATASOURCES_DEFAULT_USERNAME=postgres \
  DATASOURCES_DEFAULT_PASSWORD= DATASOURCES_DEFAULT_DIALECT=POSTGRES \
    python3 bench/writes/writes.py bench --port 18130 --runs "$runs" --seconds "$seconds" --reset "$fresh" \
    --log "$work/service.log"
  psql -q -h "$host" -p "$port" -U postgres -d postgres -c 'DROP DATABASE IF EXISTS learncal_bench_writes WITH (FORCE)'
fi
