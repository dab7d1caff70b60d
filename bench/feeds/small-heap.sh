#!/usr/bin/env bash
# Feeds in a small heap (see docs/benchmarks.md, "Feeds in a small heap"): the packaged service under
# -Xmx192m on the generated catalogue of lib.sh, then
#   1. cap 10,000: /calendar.ics (about 10,000 events) to 64 concurrent wrk clients for 30 s;
#   2. the live heap after a full GC (jcmd GC.run, GC.heap_info) with those events loaded and the feed cache
#      warm (identity and gzip);
#   3. the default cap (2,000): the same feed to 256 concurrent clients for 30 s.
# Errors are wrk's socket errors and non-2xx answers, plus OutOfMemoryErrors in the service's log.
# Usage: bench/feeds/small-heap.sh   (BENCH_BUILD=false to reuse the jar; HEAP, default 192m; SECONDS_UNDER_LOAD)
set -euo pipefail
cd "$(dirname "$0")/../.."
source bench/feeds/lib.sh
HEAP=${HEAP:-192m}
need wrk curl
build
catalogue
trap stop_service EXIT
feed="http://127.0.0.1:$LC_PORT/calendar.ics"

# under_load CONNECTIONS: the feed to that many clients; prints the wrk figures and the log's OOMs
under_load() {
  local connections=$1 before after
  curl -fs -o /dev/null "$feed"; curl -fs -o /dev/null -H 'Accept-Encoding: gzip' "$feed"
  before=$(grep -c OutOfMemoryError "$BENCH_DIR/server.log" || true)
  read -r p50 p90 rps errors < <(WRK_SECONDS=${SECONDS_UNDER_LOAD:-30} wrk_run "$connections" "$feed")
  after=$(grep -c OutOfMemoryError "$BENCH_DIR/server.log" || true)
  echo "| $2 | $connections | $(curl -fs "$feed" | grep -c BEGIN:VEVENT) | $p50 / $p90 | $rps | $errors | $((after - before)) | $(load) |"
}

live_heap() {
  jcmd "$server_pid" GC.run >/dev/null
  jcmd "$server_pid" GC.heap_info | awk '/ used / || /used [0-9]/ { for (i = 1; i <= NF; i++) if ($i == "used") { print $(i + 1); exit } }'
}

echo "| cap | clients | events in feed | p50 / p90 ms | req/s | wrk errors | OutOfMemoryErrors | load average |"
echo "| --- | ---: | ---: | ---: | ---: | ---: | ---: | --- |"
LEARNCAL_FEEDS_MAX_EVENTS=10000 start_service "-Xmx$HEAP"
under_load 64 "10,000"
sleep 1
heap=$(live_heap)
direct=$(curl -fs "http://127.0.0.1:$LC_PORT/prometheus" | awk '/^jvm_buffer_memory_used_bytes\{id="direct"/ { printf "%.1f MB", $2 / 1e6 }')
stop_service
LEARNCAL_FEEDS_MAX_EVENTS=2000 start_service "-Xmx$HEAP"
under_load 256 "2,000 (default)"
stop_service
echo
echo "live heap after a full GC, cap 10,000, feed and gzip cached, events warmed: $heap (-Xmx$HEAP);" \
  "direct buffers (the shared feed bodies, Netty's): $direct"
