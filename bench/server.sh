# Starting and stopping the packaged service for a benchmark; sourced by bench/*/run.sh, which set BENCH_DIR
# (the H2 data folder, also where server.log goes), PORT, BASE (http://host:PORT) and JAR. START_WAIT is how
# many half-seconds to wait for /health (a startup that records 100,000 changes needs minutes).
server_pid=""
start_server() {
  LEARNCAL_DATA_DIR="$BENCH_DIR" MICRONAUT_SERVER_PORT="$PORT" LEARNCAL_PUBLIC_URL="$BASE" \
    java -jar "$JAR" >"$BENCH_DIR/server.log" 2>&1 &
  server_pid=$!
  for _ in $(seq 1 "${START_WAIT:-120}"); do
    curl -fs "$BASE/health" >/dev/null 2>&1 && return 0
    sleep 0.5
  done
  echo "service did not start, see $BENCH_DIR/server.log" >&2; exit 1
}
stop_server() {
  if [ -n "$server_pid" ]; then kill "$server_pid"; wait "$server_pid" 2>/dev/null || true; server_pid=""; fi
}
trap stop_server EXIT
# Waits until the service's own CPU time grows by less than 5 % over 2 s (up to IDLE_WAIT s, default 600): after a
# start it warms feeds, counts facet totals and records changes in the background, which timed requests would
# otherwise share the cores with (docs/benchmarks.md, listing: the first page measured at 42 ms instead of 3.6).
wait_idle() {
  local waited=0 before after
  while [ "$waited" -lt "${IDLE_WAIT:-600}" ]; do
    before=$(awk '{print $14 + $15}' "/proc/$server_pid/stat")
    sleep 2; waited=$((waited + 2))
    after=$(awk '{print $14 + $15}' "/proc/$server_pid/stat")
    # clock ticks are 1/100 s: 10 ticks in 2 s is 5 % of one core
    [ $((after - before)) -lt 10 ] && { echo "== service idle after ${waited} s"; return 0; }
  done
  echo "== service still busy after ${waited} s; timing anyway" >&2
}
