#!/usr/bin/env bash
# Listing benchmark: 100,000 generated events in an H2 file database (or PostgreSQL), the packaged service on a
# spare port, and repeated requests after warm-up. Not run by CI. Usage: bench/listing/run.sh [--no-build] [--reuse-db] [--generate-only]
#   --reuse-db keeps the generated database (BENCH_DIR for H2, BENCH_PG_DATABASE for PostgreSQL) when it exists;
#   --generate-only makes it and stops, so the timed runs can follow later, e.g. alternating two builds.
#   BENCH_DIR (default /tmp/learncal-bench), BENCH_PORT (18090), BENCH_EVENTS (100000), BENCH_RUNS (50),
#   BENCH_WARMUP (30), BENCH_DEEP_PAGE (500), BENCH_JAR (target/learncal.jar: another build, e.g. of main, to compare),
#   BENCH_ONLY (a regular expression: only the rows whose label matches are timed, e.g. 'distance|facets'),
#   BENCH_DB (h2, or postgres: the machine's PostgreSQL on 127.0.0.1:5432, user postgres, database
#   BENCH_PG_DATABASE, default learncal_search_bench, dropped and made again unless --reuse-db)
set -euo pipefail
cd "$(dirname "$0")/../.."

BENCH_DIR=${BENCH_DIR:-/tmp/learncal-bench}
PORT=${BENCH_PORT:-18090}
EVENTS=${BENCH_EVENTS:-100000}
RUNS=${BENCH_RUNS:-50}
WARMUP=${BENCH_WARMUP:-30}
DEEP=${BENCH_DEEP_PAGE:-500}
JAR=${BENCH_JAR:-target/learncal.jar}
BASE="http://localhost:$PORT"
DB=${BENCH_DB:-h2}
PG_DATABASE=${BENCH_PG_DATABASE:-learncal_search_bench}
PG_URL="jdbc:postgresql://127.0.0.1:5432/$PG_DATABASE"
build=true; reuse=false; generate_only=false
for arg in "$@"; do
  case "$arg" in --no-build) build=false ;; --reuse-db) reuse=true ;; --generate-only) generate_only=true ;; *) echo "unknown $arg" >&2; exit 2 ;; esac
done

command -v curl >/dev/null || { echo "needs curl (apt-get install curl)" >&2; exit 1; }
$build && ./mvnw -q -B -o package -DskipTests

if [ "$DB" = postgres ]; then
  export DATASOURCES_DEFAULT_URL="$PG_URL" DATASOURCES_DEFAULT_USERNAME=postgres DATASOURCES_DEFAULT_PASSWORD= \
    DATASOURCES_DEFAULT_DIALECT=POSTGRES
fi
START_WAIT=${START_WAIT:-600}  # up to 5 minutes: a loaded machine starts 100,000 events slowly
source bench/server.sh

if [ "$DB" = postgres ]; then
  if ! $reuse; then
    rm -rf "$BENCH_DIR"; mkdir -p "$BENCH_DIR"
    psql -q -h 127.0.0.1 -U postgres -c "DROP DATABASE IF EXISTS $PG_DATABASE" -c "CREATE DATABASE $PG_DATABASE"
    echo "== migrating and seeding $PG_DATABASE"
    start_server; stop_server
    echo "== generating $EVENTS events"
    java -cp "$JAR" bench/listing/GenerateEvents.java "$PG_URL" "$EVENTS" postgres ""
  fi
elif ! $reuse || [ ! -f "$BENCH_DIR/learncal.mv.db" ]; then
  rm -rf "$BENCH_DIR"; mkdir -p "$BENCH_DIR"
  echo "== migrating and seeding $BENCH_DIR"
  start_server; stop_server
  echo "== generating $EVENTS events"
  java -cp "$JAR" bench/listing/GenerateEvents.java "jdbc:h2:file:$BENCH_DIR/learncal" "$EVENTS"
fi
$generate_only && exit 0
start_server
wait_idle

# Times one URL: WARMUP untimed requests, then RUNS timed ones over one keep-alive connection (one curl process).
measure() {
  local label=$1 url=$2 args=()
  [[ -z "${BENCH_ONLY:-}" || "$label" =~ $BENCH_ONLY ]] || return 0
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
echo "== following $((DEEP - 1)) cursors to page $DEEP of /api/events?limit=20"
page500=$(deep_page "$BASE/api/events?limit=20" "$DEEP")
echo "== page $DEEP starts with an event at $(curl -fs "$page500" | grep -o '"start":"[^"]*"' | head -n 1)"
echo "| request | runs | median ms | p90 ms |"
echo "|---|---|---|---|"
measure "first page \`/api/events?limit=20\`" "$BASE/api/events?limit=20"
measure "page $DEEP (by cursor) \`/api/events?limit=20&cursor=...\`" "$page500"
measure "filtered \`topic=literacy&language=fr\`" "$BASE/api/events?topic=literacy&language=fr"
measure "filtered \`country=MA\`" "$BASE/api/events?country=MA"
measure "filtered \`q=climate\`" "$BASE/api/events?q=climate"
measure "filtered \`q=alphabetisation&format=online\`" "$BASE/api/events?q=alphabetisation&format=online"
measure "q, common word \`q=benchmark\`" "$BASE/api/events?q=benchmark"
measure "q, two words \`q=climate education\`" "$BASE/api/events?q=climate+education"
measure "q, rare word \`q=4821\` (one event's number)" "$BASE/api/events?q=4821"
measure "q, prefix \`q=alphab\`" "$BASE/api/events?q=alphab"
measure "q, two rare words \`q=villes numeracy\`" "$BASE/api/events?q=villes+numeracy"
measure "q + two filters \`q=literacy&format=online&language=fr\`" "$BASE/api/events?q=literacy&format=online&language=fr"
measure "q by relevance \`q=climate&sort=relevance\`" "$BASE/api/events?q=climate&sort=relevance"
measure "facets on the whole catalogue (all 8)" "$BASE/api/events?facets=topic,language,country,city,network,organizer,format,free"
measure "near \`near=paris&within=50km\`" "$BASE/api/events?near=paris&within=50km"
measure "near by distance \`near=paris&within=500km&sort=distance\`" "$BASE/api/events?near=paris&within=500km&sort=distance"
echo "== load: $(uptime | sed 's/.*load average: //')"
