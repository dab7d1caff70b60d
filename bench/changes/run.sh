#!/usr/bin/env bash
# Change-feed benchmark: 100,000 generated events (bench/listing/GenerateEvents.java) in an H2 file database,
# the packaged service on a spare port (its startup records a change for each), then whole walks of
# /api/changes from the start to the last page. Not run by CI.
# Usage: bench/changes/run.sh [--no-build]   BENCH_DIR (/tmp/learncal-bench-changes), BENCH_PORT (18610),
#   BENCH_EVENTS (100000), BENCH_RUNS (5), BENCH_LIMITS ("500 1000")
set -euo pipefail
cd "$(dirname "$0")/../.."

BENCH_DIR=${BENCH_DIR:-/tmp/learncal-bench-changes}
PORT=${BENCH_PORT:-18610}
EVENTS=${BENCH_EVENTS:-100000}
RUNS=${BENCH_RUNS:-5}
LIMITS=${BENCH_LIMITS:-"500 1000"}
BASE="http://127.0.0.1:$PORT"
[ "${1:-}" = "--no-build" ] || ./mvnw -q -B -o package -DskipTests

JAR=target/learncal.jar
START_WAIT=600
source bench/server.sh

rm -rf "$BENCH_DIR"; mkdir -p "$BENCH_DIR"
echo "== migrating and seeding $BENCH_DIR"
start_server; stop_server
echo "== generating $EVENTS events"
java -cp target/learncal.jar bench/listing/GenerateEvents.java "jdbc:h2:file:$BENCH_DIR/learncal" "$EVENTS"
started=$(date +%s.%N)
start_server
echo "== startup with recording $EVENTS changes: $(echo "$(date +%s.%N) - $started" | bc) s"
echo "== load average: $(cut -d' ' -f1-3 /proc/loadavg)"
python3 bench/changes/walk.py "$BASE" 500 >/dev/null   # warm-up walk
for limit in $LIMITS; do
  for _ in $(seq 1 "$RUNS"); do
    echo "limit=$limit $(python3 bench/changes/walk.py "$BASE" "$limit")"
  done
done
echo "== load average: $(cut -d' ' -f1-3 /proc/loadavg)"
