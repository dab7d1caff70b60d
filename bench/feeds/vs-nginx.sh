#!/usr/bin/env bash
# LearnCal's feeds side by side with nginx serving the same bytes (see docs/benchmarks.md, "Feeds against
# nginx"). A generated catalogue in H2, the packaged service with a 10,000-event cap, the feed /calendar.ics
# (about 10,000 events) fetched once and written where nginx serves it (feed.ics, and LearnCal's own gzip
# bytes as feed.ics.gz for gzip_static); then wrk with 8 and 64 connections against both, for the identity
# body, gzip and a 304. Prints medians and p90 of wrk's latencies and the ratios LearnCal / nginx, and the CPU
# time each server used per request during its run (user + system, from /proc; nginx: master and workers).
# Usage: bench/feeds/vs-nginx.sh   (BENCH_BUILD=false to reuse the jar, BENCH_JAR for another build,
#        WRK_SECONDS per run, default 8; nginx and wrk are installed from Debian when missing)
set -euo pipefail
cd "$(dirname "$0")/../.."
source bench/feeds/lib.sh
NGINX_PORT=${NGINX_PORT:-18411}
need nginx wrk curl
build
catalogue

nginx_dir="$BENCH_DIR/nginx"
nginx_pid=""
cleanup() {
  stop_service
  if [ -n "$nginx_pid" ]; then kill "$nginx_pid" 2>/dev/null; wait "$nginx_pid" 2>/dev/null || true; fi
}
trap cleanup EXIT

LEARNCAL_FEEDS_MAX_EVENTS=10000 start_service ${BENCH_JAVA_OPTS:-}
wait_idle   # the warm-up of every event and the other start-up work, not measured with the first rows
feed="http://127.0.0.1:$LC_PORT/calendar.ics"
rm -rf "$nginx_dir"; mkdir -p "$nginx_dir/www" "$nginx_dir/tmp"
curl -fs -o "$nginx_dir/www/feed.ics" "$feed"
curl -fs -H 'Accept-Encoding: gzip' -o "$nginx_dir/www/feed.ics.gz" "$feed"
lc_etag=$(curl -fsI "$feed" | awk -F': ' 'tolower($1) == "etag" { print $2 }' | tr -d '\r')
sed -e "s|@DIR@|$nginx_dir|g" -e "s|@PORT@|$NGINX_PORT|g" bench/feeds/nginx.conf >"$nginx_dir/nginx.conf"
nginx -c "$nginx_dir/nginx.conf" -p "$nginx_dir" &
nginx_pid=$!
static="http://127.0.0.1:$NGINX_PORT/feed.ics"
for _ in $(seq 1 100); do curl -fs -o /dev/null "$static" && break; sleep 0.1; done
nginx_etag=$(curl -fsI "$static" | awk -F': ' 'tolower($1) == "etag" { print $2 }' | tr -d '\r')
cmp <(curl -fs "$static") "$nginx_dir/www/feed.ics"
cmp <(curl -fs -H 'Accept-Encoding: gzip' "$static") "$nginx_dir/www/feed.ics.gz"

events=$(grep -c BEGIN:VEVENT "$nginx_dir/www/feed.ics")
echo
echo "$events events, identity $(stat -c %s "$nginx_dir/www/feed.ics") bytes, gzip $(stat -c %s "$nginx_dir/www/feed.ics.gz") bytes;" \
  "wrk ${WRK_SECONDS:-8} s per run, 2 threads; load average before: $(load)"
echo
echo "| request | connections | LearnCal p50 / p90 ms | nginx p50 / p90 ms | p50 ratio | LearnCal req/s | nginx req/s | errors | load average | LearnCal CPU µs/request | nginx CPU µs/request |"
echo "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- | ---: | ---: |"
ticks=$(getconf CLK_TCK)
cpu_ms() {  # cpu_ms PID...: user + system CPU time of these processes, ms
  for pid in "$@"; do cat "/proc/$pid/stat"; done | awk -v t="$ticks" '{ s += $14 + $15 } END { printf "%d", s * 1000 / t }'
}
nginx_pids() { echo "$nginx_pid" $(pgrep -P "$nginx_pid"); }
row() {  # row LABEL CONNECTIONS LEARNCAL-HEADER NGINX-HEADER
  local label=$1 connections=$2 lc_cpu ng_cpu
  lc_cpu=$(cpu_ms "$server_pid")
  read -r lc_p50 lc_p90 lc_rps lc_err < <(wrk_run "$connections" "$feed" ${3:+"$3"})
  lc_cpu=$(( $(cpu_ms "$server_pid") - lc_cpu ))
  ng_cpu=$(cpu_ms $(nginx_pids))
  read -r ng_p50 ng_p90 ng_rps ng_err < <(wrk_run "$connections" "$static" ${4:+"$4"})
  ng_cpu=$(( $(cpu_ms $(nginx_pids)) - ng_cpu ))
  awk -v l="$label" -v c="$connections" -v a="$lc_p50" -v b="$lc_p90" -v x="$ng_p50" -v y="$ng_p90" \
      -v r="$lc_rps" -v s="$ng_rps" -v e="$lc_err/$ng_err" -v la="$(load)" -v lcpu="$lc_cpu" -v ncpu="$ng_cpu" \
      -v secs="${WRK_SECONDS:-8}" \
    'BEGIN { printf "| %s | %d | %.2f / %.2f | %.2f / %.2f | %.2f | %.0f | %.0f | %s | %s | %.1f | %.1f |\n", l, c, a, b, x, y,
               a / x, r, s, e, la, lcpu * 1000 / (r * secs), ncpu * 1000 / (s * secs) }'
}
for connections in 8 64; do
  row "warm feed, identity" "$connections" "" ""
  row "warm feed, gzip" "$connections" "Accept-Encoding: gzip" "Accept-Encoding: gzip"
  row "304 (If-None-Match)" "$connections" "If-None-Match: $lc_etag" "If-None-Match: $nginx_etag"
done
echo
echo "load average after: $(load)"
