#!/usr/bin/env bash
# The cost of rendering a whole feed with a warm JIT, without an import before it (see docs/benchmarks.md, "Cold
# render"): the generated catalogue of lib.sh (BENCH_EVENTS events, about 10,700 in a feed's window), the service
# started with the cap at 10,000 and left until idle (its warm-up renders the original texts), then /calendar.ics
# once in each of LANGS: each language is a variant of its own. Before one rendering served every language (sixth
# pass) each request was a full render of 10,000 events (selection, loading, writing, joining, ETag); since, the
# generated events having no translations, each is a join of the rendered events (selection, joining, ETag). The
# first ROUNDS_SKIPPED languages warm the JIT and are not counted. Per language: wall ms, the service's CPU ms
# during it (/proc), and CPU microseconds per event; then median and p90 of the counted ones. CPU per event is the
# figure that least depends on the load.
# Usage: bench/feeds/render-cost.sh   (BENCH_BUILD=false reuses the jar, BENCH_JAR another build; BENCH_DIR, LC_PORT;
#        SAVE_FEEDS=/tmp/x saves a few feeds, identity and gzip, with their headers, to compare two builds)
set -euo pipefail
cd "$(dirname "$0")/../.."
source bench/feeds/lib.sh
need curl
build
catalogue
trap stop_service EXIT
LANGS=${LANGS:-fr es ar de ja it pt nl sv pl ru zh ko tr}
SKIPPED=${ROUNDS_SKIPPED:-2}
ticks=$(getconf CLK_TCK)
cpu_ms() { awk -v t="$ticks" '{ printf "%d", ($14 + $15) * 1000 / t }' "/proc/$server_pid/stat"; }
LEARNCAL_FEEDS_MAX_EVENTS=10000 start_service ${BENCH_JAVA_OPTS:-}
wait_idle
rows="$BENCH_DIR.render-rows"
: >"$rows"
echo "| lang | wall ms | CPU ms | events | CPU µs per event | load average |"
echo "| --- | ---: | ---: | ---: | ---: | --- |"
n=0
for lang in $LANGS; do
  n=$((n + 1))
  cpu0=$(cpu_ms)
  wall=$(curl -fs -o "$BENCH_DIR.feed" -w '%{time_total}' "http://127.0.0.1:$LC_PORT/calendar.ics?lang=$lang")
  cpu=$(( $(cpu_ms) - cpu0 ))
  events=$(grep -c BEGIN:VEVENT "$BENCH_DIR.feed")
  row=$(awk -v w="$wall" -v c="$cpu" -v e="$events" 'BEGIN { printf "%.0f %d %d %.0f", w * 1000, c, e, c * 1000 / e }')
  [ "$n" -gt "$SKIPPED" ] && echo "$row" >>"$rows"
  echo "| $lang$([ "$n" -le "$SKIPPED" ] && echo ' (warm-up)') | ${row// / | } | $(load) |"
  sleep 1
done
if [ -n "${SAVE_FEEDS:-}" ]; then  # for a byte-for-byte comparison of two builds: bodies and headers of a few feeds
  for path in calendar.ics 'calendar.ics?lang=fr' calendar/organizers/um6p.ics; do
    name=$SAVE_FEEDS.$(echo "$path" | tr '/?=' '___')
    curl -fs -D "$name.headers" -o "$name" "http://127.0.0.1:$LC_PORT/$path"
    curl -fs -H 'Accept-Encoding: gzip' -D "$name.gz.headers" -o "$name.gz" "http://127.0.0.1:$LC_PORT/$path"
  done
fi
pick() {  # pick COLUMN Q: the Q-quantile (nearest rank) of a column
  awk -v c="$1" '{ print $c }' "$rows" | sort -n | awk -v q="$2" '{ v[NR] = $1 } END { print v[1 + int(q * (NR - 1) + 0.5)] }'
}
for q in 0.5 0.9; do
  echo "| $([ "$q" = 0.5 ] && echo median || echo p90) | $(pick 1 $q) | $(pick 2 $q) | | $(pick 4 $q) | |"
done
