#!/usr/bin/env bash
# Start-up with 10,000 events on file (see docs/benchmarks.md, "Start"): RUNS restarts of the packaged
# service on the generated catalogue of lib.sh (cap 10,000). For each: wall time from launch until /health
# answers, the CPU time the JVM had used by then (less sensitive than wall time to a busy machine), then the
# first /calendar.ics: its time and its event count (it must be complete however early it comes).
# Usage: bench/feeds/start.sh   (BENCH_BUILD=false, BENCH_JAR=another build, RUNS (5), BENCH_JAVA_OPTS)
set -euo pipefail
cd "$(dirname "$0")/../.."
source bench/feeds/lib.sh
need curl
build
catalogue
trap stop_service EXIT
feed="http://127.0.0.1:$LC_PORT/calendar.ics"
ticks=$(getconf CLK_TCK)

echo "| run | healthy ms | CPU ms at healthy | first feed ms | events in first feed | load average |"
echo "| ---: | ---: | ---: | ---: | ---: | --- |"
for run in $(seq 1 "${RUNS:-5}"); do
  LEARNCAL_FEEDS_MAX_EVENTS=10000 start_service ${BENCH_JAVA_OPTS:-}
  cpu=$(awk -v t="$ticks" '{ printf "%d", ($14 + $15) * 1000 / t }' "/proc/$server_pid/stat")
  started=$(date +%s%N)
  events=$(curl -fs "$feed" | grep -c BEGIN:VEVENT)
  first=$(( ($(date +%s%N) - started) / 1000000 ))
  echo "| $run | $START_MS | $cpu | $first | $events | $(load) |"
  stop_service
done
