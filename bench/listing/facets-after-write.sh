#!/usr/bin/env bash
# Facet counts right after a write, when the per-version facet cache cannot answer: runs the packaged service
# on a database made by bench/listing/run.sh, then 12 times: one event created through the API, then the
# facets of the whole catalogue timed once; then the same with a filter of format (format=online: read from the
# format and cost slices of the totals since V205), and with one of topic (topic=literacy: the other 7 facets are
# counted on the filtered set). Prints median and p90 of each, and the CPU time each request took.
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
# then until the service is idle (its CPU time grows by less than 5 % of a core over 2 s, IDLE_WAIT s at most): after
# a start it records changes, warms feeds and counts facet totals in the background, which would share the cores
# with the timed requests and count in their CPU time
waited=0
while [ "$waited" -lt "${IDLE_WAIT:-600}" ]; do
  before=$(awk '{print $14 + $15}' "/proc/$pid/stat"); sleep 2; waited=$((waited + 2))
  [ $(($(awk '{print $14 + $15}' "/proc/$pid/stat") - before)) -lt 10 ] && break
done
echo "idle after $waited s"
all="facets=topic,language,country,city,network,organizer,format,free&limit=1"
# The PostgreSQL database of the service, if any (from DATASOURCES_DEFAULT_URL among the arguments): its backends'
# CPU time is counted with the service's
database=$(printf '%s\n' "$@" | sed -n 's|^DATASOURCES_DEFAULT_URL=jdbc:postgresql://[^/]*/\([^?]*\).*|\1|p')
# CPU time, in clock ticks (1/100 s), of the service and of the database's backends (the service's pooled
# connections): timed requests on a shared machine are measured by the CPU they take too, not by wall time alone
cpu_ticks() {
  local pids=$pid
  [ -n "$database" ] && pids="$pids $(psql -h 127.0.0.1 -U postgres -d postgres -Atc \
    "SELECT pid FROM pg_stat_activity WHERE datname = '$database'" | tr '\n' ' ')"
  for p in $pids; do awk '{print $14 + $15}' "/proc/$p/stat" 2>/dev/null || true; done | awk '{t += $1} END {print t + 0}'
}
# Creates one event, then times one request of $1; 12 times. Prints median and p90, and the CPU time the 12
# requests took (service and database backends) per request.
after_writes() {
  local label=$1 url=$2 times=() i cpu=0 before
  [[ -z "${BENCH_ONLY:-}" || "$label" =~ $BENCH_ONLY ]] || return 0
  for _ in $(seq 1 5); do curl -fs -o /dev/null "$url"; done
  for i in $(seq 1 12); do
    curl -fs -o /dev/null -H 'Authorization: Bearer bench-admin' -H 'Content-Type: application/json' \
      "http://localhost:$PORT/api/events" -d '{"title": "Facet bench '"$i"'", "description": "x", "language": "fr",
        "timeZone": "Africa/Casablanca", "start": "2027-01-20T15:00", "end": "2027-01-20T17:00",
        "format": "online", "joinUrl": "https://example.org/join", "organizers": ["um6p"], "topics": ["literacy"],
        "free": true}'
    before=$(cpu_ticks)
    times+=("$(curl -fs -o /dev/null -w '%{time_total}' "$url")")
    cpu=$((cpu + $(cpu_ticks) - before))
  done
  printf '%s\n' "${times[@]}" | sort -n | awk -v label="$label" -v cpu="$cpu" '{ms[NR] = $1 * 1000}
    END {printf "%s: %d runs, median %.1f ms, p90 %.1f ms, CPU %.1f ms per request\n", label, NR,
         ms[int((NR + 1) / 2)], ms[int(NR * 0.9 + 0.5)], cpu * 10 / NR}'
}
echo "load: $(cut -d' ' -f1-3 /proc/loadavg)"
after_writes "facets after a write" "http://localhost:$PORT/api/events?$all"
after_writes "facets of format=online after a write" "http://localhost:$PORT/api/events?format=online&$all"
after_writes "facets of topic=literacy after a write" "http://localhost:$PORT/api/events?topic=literacy&$all"
echo "load: $(cut -d' ' -f1-3 /proc/loadavg)"
