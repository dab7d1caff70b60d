#!/usr/bin/env bash
# Facet counts right after a write, when the per-version facet cache cannot answer: runs the packaged service
# on a database made by bench/listing/run.sh, then 12 times: one event created through the API, then the
# facets of the whole catalogue timed once; then the same with a filter of format (format=online: read from the
# format and cost slices of the totals since V205), and with one of topic (topic=literacy: the other 7 facets are
# counted on the filtered set). Prints median and p90 of each.
# Usage: bench/listing/facets-after-write.sh BENCH_DIR PORT [env VAR=value ...]   (e.g. the DATASOURCES_DEFAULT_*
#        variables for PostgreSQL, as run.sh sets them); BENCH_JAR (default target/learncal.jar) for another build;
#        BENCH_ONLY, a regular expression: only the rows whose label matches are timed
set -euo pipefail
cd "$(dirname "$0")/../.."
DIR=$1; PORT=$2; shift 2
LEARNCAL_DATA_DIR="$DIR" MICRONAUT_SERVER_PORT=$PORT LEARNCAL_PUBLIC_URL=http://localhost:$PORT \
  LEARNCAL_ADMIN_TOKEN=bench-admin "$@" java -jar "${BENCH_JAR:-target/learncal.jar}" >"$DIR/facets-server.log" 2>&1 &
pid=$!
trap 'kill $pid; wait $pid 2>/dev/null || true' EXIT
# START_WAIT half-seconds for /health (a loaded machine starts 100,000 events slowly); BENCH_WAIT_FOR, a line to
# wait for in the service's log, e.g. "Facet totals counted" when the totals are counted at this start (after
# another build or GenerateEvents wrote to the database): until then facets are counted on every match
for _ in $(seq 1 "${START_WAIT:-120}"); do curl -fs -o /dev/null "http://localhost:$PORT/health" && break; sleep 0.5; done
if [ -n "${BENCH_WAIT_FOR:-}" ]; then
  for _ in $(seq 1 "${START_WAIT:-120}"); do grep -q "$BENCH_WAIT_FOR" "$DIR/facets-server.log" && break; sleep 0.5; done
fi
all="facets=topic,language,country,city,network,organizer,format,free&limit=1"
# Creates one event, then times one request of $1; 12 times. Prints median and p90.
after_writes() {
  local label=$1 url=$2 times=() i
  [[ -z "${BENCH_ONLY:-}" || "$label" =~ $BENCH_ONLY ]] || return 0
  for _ in $(seq 1 5); do curl -fs -o /dev/null "$url"; done
  for i in $(seq 1 12); do
    curl -fs -o /dev/null -H 'Authorization: Bearer bench-admin' -H 'Content-Type: application/json' \
      "http://localhost:$PORT/api/events" -d '{"title": "Facet bench '"$i"'", "description": "x", "language": "fr",
        "timeZone": "Africa/Casablanca", "start": "2027-01-20T15:00", "end": "2027-01-20T17:00",
        "format": "online", "joinUrl": "https://example.org/join", "organizers": ["um6p"], "topics": ["literacy"],
        "free": true}'
    times+=("$(curl -fs -o /dev/null -w '%{time_total}' "$url")")
  done
  printf '%s\n' "${times[@]}" | sort -n | awk -v label="$label" '{ms[NR] = $1 * 1000}
    END {printf "%s: %d runs, median %.1f ms, p90 %.1f ms\n", label, NR, ms[int((NR + 1) / 2)], ms[int(NR * 0.9 + 0.5)]}'
}
echo "load: $(cut -d' ' -f1-3 /proc/loadavg)"
after_writes "facets after a write" "http://localhost:$PORT/api/events?$all"
after_writes "facets of format=online after a write" "http://localhost:$PORT/api/events?format=online&$all"
after_writes "facets of topic=literacy after a write" "http://localhost:$PORT/api/events?topic=literacy&$all"
echo "load: $(cut -d' ' -f1-3 /proc/loadavg)"
