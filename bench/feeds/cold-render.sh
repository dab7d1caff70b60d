#!/usr/bin/env bash
# The first feed after a bulk load (see docs/benchmarks.md, "Cold render"), as a new operator meets it: for each of
# RUNS runs, a fresh catalogue (the packaged service on an empty H2 file: migrated and seeded), EVENTS events of
# one organizer imported through POST /api/imports (bench/feeds/calendar.py, files of 2,000 events), the service
# left to finish its background work, then
#   cold:    the first /calendar.ics (cap 10,000): wall time, the service's CPU time during it, VEVENT count;
#   one:     one event changed by a re-import of it, then the feed again;
#   langs:   the same feed in each of LANGS (lang=fr, ...): each language is a variant of its own; before the sixth
#            pass none of its events was rendered, so each was another full render with a warm JIT; since, events
#            without translations (all of these) share one rendering in every language, so it is a join;
#   background: the renders after each import file (FeedPrerender, sixth pass; "-" for builds without it), summed:
#            events rendered, wall and CPU ms of that one thread, CPU microseconds per event (render-only cost).
# Prints one row per run, then median and p90 of each column (the language renders of all runs pooled).
# The import takes minutes on a busy machine (a whole catalogue written through the API): RUNS defaults to 3.
# Usage: bench/feeds/cold-render.sh   (BENCH_BUILD=false reuses the jar, BENCH_JAR another build, RUNS (3),
#        EVENTS (10000), BENCH_JAVA_OPTS e.g. -XX:StartFlightRecording=filename=/tmp/x.jfr; BENCH_DIR, LC_PORT)
set -euo pipefail
cd "$(dirname "$0")/../.."
source bench/feeds/lib.sh
need curl python3
build
EVENTS=${EVENTS:-10000}
ADMIN=cold-render-admin
trap stop_service EXIT
feed="http://127.0.0.1:$LC_PORT/calendar.ics"
files="$BENCH_DIR.files"
rm -rf "$files"; mkdir -p "$files"
first_day=$(date -u -d tomorrow +%F)
python3 bench/feeds/calendar.py "$EVENTS" 2000 "$first_day" "$files/load"
python3 bench/feeds/calendar.py 1 1 "$first_day" "$files/one" " (one changed)"
ticks=$(getconf CLK_TCK)
cpu_ms() { awk -v t="$ticks" '{ printf "%d", ($14 + $15) * 1000 / t }' "/proc/$server_pid/stat"; }

import_all() {  # import_all PREFIX: every file of PREFIX; prints the wall ms
  local started=$(date +%s%N)
  for file in "$files/$1"-*.ics; do
    curl -fs -o /dev/null -H "Authorization: Bearer $ADMIN" -H 'Content-Type: text/calendar' \
      --data-binary "@$file" "http://127.0.0.1:$LC_PORT/api/imports?organizer=um6p&language=und" \
      || { echo "import of $file failed" >&2; exit 1; }
  done
  echo $(( ($(date +%s%N) - started) / 1000000 ))
}

fetch() {  # fetch [QUERY]: the feed once; prints "wall_ms cpu_ms events"
  local cpu0 wall events
  cpu0=$(cpu_ms)
  wall=$(curl -fs -o "$BENCH_DIR.feed" -w '%{time_total}' "$feed${1:-}")
  events=$(grep -c BEGIN:VEVENT "$BENCH_DIR.feed")
  awk -v w="$wall" -v c="$(( $(cpu_ms) - cpu0 ))" -v e="$events" 'BEGIN { printf "%.0f %d %d\n", w * 1000, c, e }'
}

rows="$BENCH_DIR.cold-rows"
langs="$BENCH_DIR.lang-rows"
: >"$rows"; : >"$langs"
echo "| run | import ms | cold: wall / CPU ms, events | after one change: wall / CPU ms | each other language: wall / CPU ms | background: events, wall / CPU ms, CPU µs per event | load average |"
echo "| ---: | ---: | --- | --- | --- | --- | --- |"
for run in $(seq 1 "${RUNS:-3}"); do
  rm -rf "$BENCH_DIR"; mkdir -p "$BENCH_DIR"
  LEARNCAL_ADMIN_TOKEN=$ADMIN LEARNCAL_ADMIN_WRITES_PER_MINUTE=1000000 LEARNCAL_FEEDS_MAX_EVENTS=10000 \
    start_service ${BENCH_JAVA_OPTS:-}
  wait_idle
  imported=$(import_all load)
  wait_idle
  read -r cold_wall cold_cpu cold_events < <(fetch)
  import_all one >/dev/null; wait_idle
  read -r one_wall one_cpu _ < <(fetch)
  each=""
  for lang in ${LANGS:-fr es ar de ja}; do
    wait_idle
    read -r lang_wall lang_cpu lang_events < <(fetch "?lang=$lang")
    [ "$lang_events" = "$cold_events" ] || echo "lang=$lang: $lang_events events, not $cold_events" >&2
    echo "$lang_wall $lang_cpu" >>"$langs"
    each="$each $lang_wall / $lang_cpu ·"
  done
  background=$(awk '/Feeds after a bulk write:/ { n += $(NF-11); w += $(NF-5); c += $(NF-3) }
    END { if (n) printf "%d, %d / %d, %.0f", n, w, c, c * 1000 / n; else print "-" }' "$BENCH_DIR/server.log")
  echo "$cold_wall $cold_cpu $one_wall $one_cpu" >>"$rows"
  echo "| $run | $imported | $cold_wall / $cold_cpu, $cold_events | $one_wall / $one_cpu |${each% ·} | $background | $(load) |"
  stop_service
done
pick() {  # pick FILE COLUMN Q: the Q-quantile (nearest rank) of a column
  awk -v c="$2" '{ print $c }' "$1" | sort -n | awk -v q="$3" '{ v[NR] = $1 } END { print v[1 + int(q * (NR - 1) + 0.5)] }'
}
for q in 0.5 0.9; do
  label=$([ "$q" = 0.5 ] && echo median || echo p90)
  echo "| $label | | $(pick "$rows" 1 $q) / $(pick "$rows" 2 $q) | $(pick "$rows" 3 $q) / $(pick "$rows" 4 $q) |" \
    "$(pick "$langs" 1 $q) / $(pick "$langs" 2 $q) | |"
done
