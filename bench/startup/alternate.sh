#!/usr/bin/env bash
# Start-up of several builds or JVM settings compared in the same minutes: ROUNDS rounds, each starting every
# configuration once in turn on the catalogue of bench/startup/run.sh (made by it: run that first), measured as
# run.sh measures (launch to the first 200 of /health; JVM and main-thread CPU by then; the first /calendar.ics
# and its VEVENT count). A configuration is "label=jar" or "label=jar=java options".
# Usage: bench/startup/alternate.sh 'before=/tmp/main.jar' 'after=target/learncal.jar' \
#          'after-cds=target/learncal.jar=-XX:SharedArchiveFile=target/learncal-123.jsa'   (ROUNDS (3), BENCH_DIR, LC_PORT)
set -euo pipefail
cd "$(dirname "$0")/../.."
BENCH_DIR=${BENCH_DIR:-/tmp/learncal-startbench}
LC_PORT=${LC_PORT:-18310}
source bench/feeds/lib.sh
[ -f "$BENCH_DIR/learncal.mv.db" ] || { echo "no catalogue in $BENCH_DIR: run bench/startup/run.sh first" >&2; exit 1; }
trap stop_service EXIT
export LEARNCAL_FEEDS_MAX_EVENTS=10000
ticks=$(getconf CLK_TCK)
results=$(mktemp)
echo "| round | configuration | healthy ms | CPU ms at healthy | main thread CPU ms | events in first feed | load average |"
echo "| ---: | --- | ---: | ---: | ---: | ---: | --- |"
for round in $(seq 1 "${ROUNDS:-3}"); do
  for configuration in "$@"; do
    IFS='=' read -r label JAR options <<<"$configuration"
    before=$(load)
    # shellcheck disable=SC2086 # options holds several java options
    start_service ${options:-}
    cpu=$(awk -v t="$ticks" '{ printf "%d", ($14 + $15) * 1000 / t }' "/proc/$server_pid/stat")
    main=$(cat /proc/"$server_pid"/task/*/stat | awk -v t="$ticks" '$2 == "(java)" { s += $14 + $15 } END { printf "%d", s * 1000 / t }')
    events=$(curl -fs "http://127.0.0.1:$LC_PORT/calendar.ics" | grep -c BEGIN:VEVENT)
    echo "| $round | $label | $START_MS | $cpu | $main | $events | $before |"
    echo "$label $START_MS $cpu $main" >>"$results"
    stop_service
  done
done
# nearest-rank percentile $3 of column $2 for label $1
percentile() { awk -v l="$1" '$1 == l' "$results" | cut -d' ' -f"$2" | sort -n | awk -v p="$3" '{ v[NR] = $1 } END { i = int((NR * p + 99) / 100); print v[i < 1 ? 1 : i] }'; }
echo
for configuration in "$@"; do
  label=${configuration%%=*}
  echo "$label: healthy ms median $(percentile "$label" 2 50), p90 $(percentile "$label" 2 90); CPU ms median $(percentile "$label" 3 50), p90 $(percentile "$label" 3 90); main thread CPU ms median $(percentile "$label" 4 50), p90 $(percentile "$label" 4 90)"
done
echo "load now $(load)"
rm -f "$results"
