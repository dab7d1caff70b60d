#!/usr/bin/env bash
# Listing benchmark: 100,000 generated events in an H2 file database, the packaged service on a spare port,
# and repeated requests after warm-up. Not run by CI. Usage: bench/listing/run.sh [--no-build] [--reuse-db]
#   BENCH_DIR (default /tmp/learncal-bench), BENCH_PORT (18090), BENCH_EVENTS (100000), BENCH_RUNS (50),
#   BENCH_WARMUP (30), BENCH_JAR (target/learncal.jar: another build, e.g. of main, to compare)
set -euo pipefail
cd "$(dirname "$0")/../.."

BENCH_DIR=${BENCH_DIR:-/tmp/learncal-bench}
PORT=${BENCH_PORT:-18090}
EVENTS=${BENCH_EVENTS:-100000}
RUNS=${BENCH_RUNS:-50}
WARMUP=${BENCH_WARMUP:-30}
JAR=${BENCH_JAR:-target/learncal.jar}
BASE="http://localhost:$PORT"
build=true; reuse=false
for arg in "$@"; do
  case "$arg" in --no-build) build=false ;; --reuse-db) reuse=true ;; *) echo "unknown $arg" >&2; exit 2 ;; esac
done

command -v curl >/dev/null || { echo "needs curl (apt-get install curl)" >&2; exit 1; }
$build && ./mvnw -q -B -o package -DskipTests

source bench/server.sh

if ! $reuse || [ ! -f "$BENCH_DIR/learncal.mv.db" ]; then
  rm -rf "$BENCH_DIR"; mkdir -p "$BENCH_DIR"
  echo "== migrating and seeding $BENCH_DIR"
  start_server; stop_server
  echo "== generating $EVENTS events"
  java -cp target/learncal.jar bench/listing/GenerateEvents.java "jdbc:h2:file:$BENCH_DIR/learncal" "$EVENTS"
fi
start_server

# Times one URL: WARMUP untimed requests, then RUNS timed ones over one keep-alive connection (one curl process).
measure() {
  local label=$1 url=$2 args=()
  for _ in $(seq 1 "$WARMUP"); do args+=(-o /dev/null "$url"); done
  curl -fs "${args[@]}"
  args=()
  for _ in $(seq 1 "$RUNS"); do args+=(-o /dev/null -w '%{time_total}\n' "$url"); done
  curl -fs "${args[@]}" | sort -n | awk -v label="$label" '
    { t[NR] = $1 * 1000 }
    END { m = (NR % 2) ? t[(NR + 1) / 2] : (t[NR / 2] + t[NR / 2 + 1]) / 2; p = t[int(NR * 0.9 + 0.999)];
          printf "| %s | %d | %.1f | %.1f |\n", label, NR, m, p }'
}

# The URL of page N of a search, reached by following links.next from its first page.
deep_page() {
  local url=$1 pages=$2
  for _ in $(seq 2 "$pages"); do
    url=$(curl -fs "$url" | grep -o '"next":"http[^"]*"' | sed 's/^"next":"//; s/"$//')
    [ -n "$url" ] || { echo "search ended before page $pages" >&2; exit 1; }
  done
  echo "$url"
}

echo "== load: $(uptime | sed 's/.*load average: //')"
echo "== following 499 cursors to page 500 of /api/events?limit=20"
page500=$(deep_page "$BASE/api/events?limit=20" 500)
echo "== page 500 starts with an event at $(curl -fs "$page500" | grep -o '"start":"[^"]*"' | head -n 1)"
echo "| request | runs | median ms | p90 ms |"
echo "|---|---|---|---|"
measure "first page \`/api/events?limit=20\`" "$BASE/api/events?limit=20"
measure "page 500 (by cursor) \`/api/events?limit=20&cursor=...\`" "$page500"
measure "filtered \`topic=literacy&language=fr\`" "$BASE/api/events?topic=literacy&language=fr"
measure "filtered \`country=MA\`" "$BASE/api/events?country=MA"
measure "filtered \`q=climate\`" "$BASE/api/events?q=climate"
measure "filtered \`q=alphabetisation&format=online\`" "$BASE/api/events?q=alphabetisation&format=online"
echo "== load: $(uptime | sed 's/.*load average: //')"
