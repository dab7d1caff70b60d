#!/usr/bin/env bash
# Facet counts right after a write, when the per-version facet cache cannot answer: runs the packaged service
# on a database made by bench/listing/run.sh, then 12 times: one event created through the API, then the
# facets of the whole catalogue timed once. Prints median and p90.
# Usage: bench/listing/facets-after-write.sh BENCH_DIR PORT [env VAR=value ...]   (e.g. the DATASOURCES_DEFAULT_*
#        variables for PostgreSQL, as run.sh sets them)
set -euo pipefail
cd "$(dirname "$0")/../.."
DIR=$1; PORT=$2; shift 2
LEARNCAL_DATA_DIR="$DIR" MICRONAUT_SERVER_PORT=$PORT LEARNCAL_PUBLIC_URL=http://localhost:$PORT \
  LEARNCAL_ADMIN_TOKEN=bench-admin "$@" java -jar target/learncal.jar >"$DIR/facets-server.log" 2>&1 &
pid=$!
trap 'kill $pid; wait $pid 2>/dev/null || true' EXIT
for _ in $(seq 1 120); do curl -fs -o /dev/null "http://localhost:$PORT/health" && break; sleep 0.5; done
facets="http://localhost:$PORT/api/events?facets=topic,language,country,city,network,organizer,format,free&limit=1"
for _ in $(seq 1 5); do curl -fs -o /dev/null "$facets"; done
times=()
for i in $(seq 1 12); do
  curl -fs -o /dev/null -H 'Authorization: Bearer bench-admin' -H 'Content-Type: application/json' \
    "http://localhost:$PORT/api/events" -d '{"title": "Facet bench '"$i"'", "description": "x", "language": "fr",
      "timeZone": "Africa/Casablanca", "start": "2027-01-20T15:00", "end": "2027-01-20T17:00",
      "format": "online", "joinUrl": "https://example.org/join", "organizers": ["um6p"], "topics": ["literacy"],
      "free": true}'
  times+=("$(curl -fs -o /dev/null -w '%{time_total}' "$facets")")
done
printf '%s\n' "${times[@]}" | sort -n | awk '{ms[NR] = $1 * 1000}
  END {printf "facets after a write: %d runs, median %.1f ms, p90 %.1f ms\n", NR, ms[int((NR + 1) / 2)], ms[int(NR * 0.9 + 0.5)]}'
echo "load: $(cut -d' ' -f1-3 /proc/loadavg)"
