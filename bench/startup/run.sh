#!/usr/bin/env bash
# Start-up with 10,000 events on file (docs/benchmarks.md, "Start-up"): RUNS restarts of the packaged service on
# the generated catalogue of bench/feeds/lib.sh (18,000 events, 10,000 of them in the capped feed). For each:
# wall time from launch to the first 200 of /health, the CPU time (user + sys) the JVM had used by then (all
# threads: JIT compilers and background start-up work included) and its main thread had (the start path), the
# load average, then the first /calendar.ics after healthy (its VEVENT count: it must be complete). Prints each
# run, then median and p90 of healthy and CPU. The first start after the catalogue is generated (which records
# the generated events' changes and counts facets once, and through the launcher records its archive) is not
# counted. BENCH_LAUNCHER=true starts the jar as src/main/sh/learncal does (BENCH_JAR=target/learncal-thin.jar
# for the layout it picks by itself), else java -jar.
# Usage: bench/startup/run.sh   (RUNS (10), BENCH_BUILD=false, BENCH_JAR, BENCH_JAVA_OPTS, BENCH_LAUNCHER, BENCH_DIR,
#          LC_PORT)
set -euo pipefail
cd "$(dirname "$0")/../.."
BENCH_DIR=${BENCH_DIR:-/tmp/learncal-startbench}
LC_PORT=${LC_PORT:-18310}
source bench/feeds/lib.sh
need curl
build
catalogue
trap stop_service EXIT
export LEARNCAL_FEEDS_MAX_EVENTS=10000
start_service ${BENCH_JAVA_OPTS:-}; curl -fs -o /dev/null "http://127.0.0.1:$LC_PORT/calendar.ics"; sleep 5; stop_service
ticks=$(getconf CLK_TCK)
results=$(mktemp)
echo "| run | healthy ms | CPU ms at healthy | main thread CPU ms | first feed ms | events in first feed | load average |"
echo "| ---: | ---: | ---: | ---: | ---: | ---: | --- |"
for run in $(seq 1 "${RUNS:-10}"); do
  before=$(load)
  start_service ${BENCH_JAVA_OPTS:-}
  cpu=$(awk -v t="$ticks" '{ printf "%d", ($14 + $15) * 1000 / t }' "/proc/$server_pid/stat")
  # the launcher runs Java's main thread in a thread of its own; both keep the name "java"
  main=$(cat /proc/"$server_pid"/task/*/stat | awk -v t="$ticks" '$2 == "(java)" { s += $14 + $15 } END { printf "%d", s * 1000 / t }')
  started=$(date +%s%N)
  events=$(curl -fs "http://127.0.0.1:$LC_PORT/calendar.ics" | grep -c BEGIN:VEVENT)
  first=$(( ($(date +%s%N) - started) / 1000000 ))
  echo "| $run | $START_MS | $cpu | $main | $first | $events | $before |"
  echo "$START_MS $cpu $main" >>"$results"
  stop_service
done
# nearest-rank percentiles of column $1
percentile() { cut -d' ' -f"$1" "$results" | sort -n | awk -v p="$2" '{ v[NR] = $1 } END { i = int((NR * p + 99) / 100); print v[i < 1 ? 1 : i] }'; }
echo
echo "healthy ms: median $(percentile 1 50), p90 $(percentile 1 90); CPU ms at healthy: median $(percentile 2 50), p90 $(percentile 2 90); main thread CPU ms: median $(percentile 3 50), p90 $(percentile 3 90); load now $(load)"
rm -f "$results"
