# Shared by the feed benchmarks (bench/feeds/*.sh): a generated catalogue, the packaged service, wrk.
# Ports: 18400-18499 (this benchmark's range on the shared machine). Sourced, not run.
BENCH_DIR=${BENCH_DIR:-/tmp/learncal-feedbench}
BENCH_EVENTS=${BENCH_EVENTS:-18000}   # generated over 2024-2030: about 10,700 are in a feed's window today
LC_PORT=${LC_PORT:-18410}
JAR=${BENCH_JAR:-target/learncal.jar}
server_pid=""

need() {  # installs Debian packages that are missing
  local missing=()
  for tool in "$@"; do command -v "$tool" >/dev/null || missing+=("$tool"); done
  if [ ${#missing[@]} -gt 0 ]; then
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
  fi
}

build() {
  [ "${BENCH_BUILD:-true}" = true ] && ./mvnw -q -B -ntp package -DskipTests
  [ -f "$JAR" ] || { echo "no $JAR: build first" >&2; exit 1; }
}

# start_service [java options...]: the jar on LC_PORT over BENCH_DIR, waits until /health answers,
# sets START_MS (launch to healthy). With BENCH_LAUNCHER=true the jar runs through src/main/sh/learncal (its
# class-data archive and settings; the options go in JAVA_OPTS), as an operator runs it, else with java -jar.
start_service() {
  local started
  started=$(date +%s%N)
  if [ "${BENCH_LAUNCHER:-false}" = true ]; then
    LEARNCAL_DATA_DIR="$BENCH_DIR" MICRONAUT_SERVER_PORT="$LC_PORT" LEARNCAL_PUBLIC_URL="http://127.0.0.1:$LC_PORT" \
      LEARNCAL_JAR="$JAR" JAVA_OPTS="$*" src/main/sh/learncal >>"$BENCH_DIR/server.log" 2>&1 &
  else
    LEARNCAL_DATA_DIR="$BENCH_DIR" MICRONAUT_SERVER_PORT="$LC_PORT" LEARNCAL_PUBLIC_URL="http://127.0.0.1:$LC_PORT" \
      java "$@" -jar "$JAR" >>"$BENCH_DIR/server.log" 2>&1 &
  fi
  server_pid=$!
  for _ in $(seq 1 3000); do
    # curl only once the port accepts: a connection attempt costs microseconds, a curl process about 10 ms of CPU
    # (a third of a core every 20 ms, taken from the start being measured on 2 cores)
    (exec 3<>"/dev/tcp/127.0.0.1/$LC_PORT") 2>/dev/null && curl -fs "http://127.0.0.1:$LC_PORT/health" >/dev/null 2>&1 &&
      { START_MS=$(( ($(date +%s%N) - started) / 1000000 )); return 0; }
    kill -0 "$server_pid" 2>/dev/null || break
    sleep 0.02
  done
  echo "service did not start, see $BENCH_DIR/server.log" >&2; exit 1
}

stop_service() {
  if [ -n "$server_pid" ]; then kill "$server_pid" 2>/dev/null; wait "$server_pid" 2>/dev/null || true; server_pid=""; fi
}

# A database with BENCH_EVENTS generated events, made once (migrated and seeded by one start first).
catalogue() {
  if [ ! -f "$BENCH_DIR/learncal.mv.db" ] || [ ! -f "$BENCH_DIR/generated-$BENCH_EVENTS" ]; then
    rm -rf "$BENCH_DIR"; mkdir -p "$BENCH_DIR"
    start_service; stop_service
    java -cp "$JAR" bench/listing/GenerateEvents.java "jdbc:h2:file:$BENCH_DIR/learncal" "$BENCH_EVENTS"
    touch "$BENCH_DIR/generated-$BENCH_EVENTS"
  fi
}

load() { cut -d' ' -f1-3 /proc/loadavg; }

# Waits until the service's CPU time grows by less than 5 % of a core over 2 s (at most 10 minutes): after a
# start it warms every feed's events, counts facets and records changes in the background, which measured
# requests would otherwise share the cores with.
wait_idle() {
  local ticks before after
  ticks=$(getconf CLK_TCK)
  for _ in $(seq 1 300); do
    before=$(awk '{ print $14 + $15 }' "/proc/$server_pid/stat"); sleep 2
    after=$(awk '{ print $14 + $15 }' "/proc/$server_pid/stat")
    [ $(( (after - before) * 1000 / ticks )) -lt 100 ] && return 0
  done
}

# wrk_run LABEL CONNECTIONS URL [header...]: one wrk run; prints "p50_ms p90_ms req_per_s errors"
wrk_run() {
  local connections=$1 url=$2; shift 2
  local args=(-t 2 -c "$connections" -d "${WRK_SECONDS:-8}s" --latency --timeout 30s)
  for header in "$@"; do args+=(-H "$header"); done
  wrk "${args[@]}" "$url" | awk '
    function ms(v) { if (v ~ /us$/) return v / 1000; if (v ~ /ms$/) return v + 0; if (v ~ /m$/) return v * 60000; return v * 1000 }
    / 50% / { p50 = ms($2) } / 90% / { p90 = ms($2) } /Requests\/sec/ { rps = $2 }
    /Non-2xx or 3xx/ { errors += $5 } /Socket errors/ { gsub(",", ""); errors += $4 + $6 + $8 + $10 }
    END { printf "%.3f %.3f %.1f %d\n", p50, p90, rps, errors }'
}
