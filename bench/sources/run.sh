#!/usr/bin/env bash
# Sources at scale: N calendars of M events (default 200 x 500) served on loopback, pulled by the packaged
# service on PostgreSQL. Round "full" pulls every calendar in full (all events created); then the calendar server
# moves one event in ten of every calendar by an hour (SEQUENCE up) and round "changed" pulls them all (200s);
# round "not-modified" pulls them all again and each answers 304. Each round is N sequential
# POST /api/sources/{id}/refresh calls. Prints per round the wall time, the service's CPU time (utime+stime from
# /proc) and the database's row writes (pg_stat_database: inserted + updated + deleted), the seconds of each refresh
# (the first and last 20 sources' mean: whether a refresh costs more as the catalogue grows; median, p90), then the
# load average.
# Usage: bench/sources/run.sh [N] [M]   (needs target/learncal.jar: ./mvnw -DskipTests package; JAR= another)
# Env: PORT, CAL_PORT, DB (a helper's own), JAVA_OPTS (e.g. -XX:StartFlightRecording=filename=/tmp/x.jfr)
set -euo pipefail
cd "$(dirname "$0")/../.."
N=${1:-200}; M=${2:-500}
PORT=${PORT:-18400}; CAL_PORT=${CAL_PORT:-18401}; DB=${DB:-learncal_sources_bench}
psql -q -h 127.0.0.1 -U postgres -d postgres -c "DROP DATABASE IF EXISTS $DB" -c "CREATE DATABASE $DB"
python3 bench/sources/calendars.py $CAL_PORT "$N" "$M" & cal=$!
DATASOURCES_DEFAULT_URL=jdbc:postgresql://127.0.0.1:5432/$DB DATASOURCES_DEFAULT_USERNAME=postgres \
  DATASOURCES_DEFAULT_PASSWORD= DATASOURCES_DEFAULT_DIALECT=POSTGRES MICRONAUT_SERVER_PORT=$PORT \
  LEARNCAL_PUBLIC_URL=http://localhost:$PORT LEARNCAL_ADMIN_TOKEN=bench-admin LEARNCAL_WRITES_PER_MINUTE=1000000 \
  LEARNCAL_ADMIN_WRITES_PER_MINUTE=1000000 LEARNCAL_SOURCES_ALLOW_PRIVATE=true LEARNCAL_SOURCES_POLLER_ENABLED=false \
  java -Xmx1g ${JAVA_OPTS:-} -jar "${JAR:-target/learncal.jar}" >/tmp/$DB.log 2>&1 & pid=$!
trap 'kill $pid $cal; wait $pid $cal 2>/dev/null || true' EXIT
# a loaded machine may take minutes to start the jar (migrations included)
for _ in $(seq 1 1200); do curl -fs -o /dev/null "http://localhost:$PORT/health" && break; sleep 0.5; done
curl -fs -o /dev/null "http://localhost:$PORT/health" || { echo "the service did not start; see /tmp/$DB.log"; exit 1; }
api() { curl -fs -H 'Authorization: Bearer bench-admin' -H 'Content-Type: application/json' "$@"; }
ids=()
for i in $(seq 0 $((N - 1))); do
  ids+=("$(api "http://localhost:$PORT/api/sources" -d '{"url": "http://127.0.0.1:'$CAL_PORT'/cal/'$i'.ics",
    "organizer": "um6p", "trust": "publish", "interval": "PT15M"}' | python3 -c 'import json,sys; print(json.load(sys.stdin)["id"])')")
done
cpu() { awk '{print $14 + $15}' /proc/$pid/stat; }
writes() { psql -tA -h 127.0.0.1 -U postgres -d postgres -c \
  "SELECT tup_inserted + tup_updated + tup_deleted FROM pg_stat_database WHERE datname = '$DB'"; }
tables() { psql -tA -F' ' -h 127.0.0.1 -U postgres -d $DB -c \
  "SELECT relname, n_tup_ins + n_tup_upd + n_tup_del FROM pg_stat_user_tables" | LC_ALL=C sort; }
# the row writes of a round per table, most first: where the writes go
per_table() { LC_ALL=C join -a2 -e0 -o 0,1.2,2.2 "$1" "$2" | awk '$3 > $2 {print $1, $3 - $2}' | sort -k2 -nr \
  | awk '{printf "%s%s %d", (NR > 1 ? ", " : ""), $1, $2}'; }
round() {
  local name=$1 ticks0 w0 t0 outcome
  tables >/tmp/$DB-tables0.txt
  ticks0=$(cpu); w0=$(writes); t0=$(date +%s.%N)
  local s0
  for id in "${ids[@]}"; do
    s0=$(date +%s.%N)
    outcome=$(api -X POST "http://localhost:$PORT/api/sources/$id/refresh" | python3 -c \
      'import json,sys; print(json.load(sys.stdin)["health"]["lastOutcome"])')
    echo "$outcome" >>"/tmp/$DB-$name.txt"
    echo "$(date +%s.%N) - $s0" | bc >>"/tmp/$DB-$name-seconds.txt"
  done
  local t1 ticks1 w1
  t1=$(date +%s.%N); ticks1=$(cpu); sleep 1; w1=$(writes); tables >/tmp/$DB-tables1.txt
  printf '%s: %d sources x %d events, %.1f s wall, %.1f s CPU, %d row writes, outcomes: %s\n' "$name" "$N" "$M" \
    "$(echo "$t1 - $t0" | bc)" "$(echo "($ticks1 - $ticks0) / $(getconf CLK_TCK)" | bc -l)" "$((w1 - w0))" \
    "$(sort "/tmp/$DB-$name.txt" | uniq -c | tr '\n' ' ')"
  echo "  row writes by table: $(per_table /tmp/$DB-tables0.txt /tmp/$DB-tables1.txt)"
  # per source, in order: does a refresh cost more as the catalogue grows?
  awk '{ t[NR] = $1 } END { n = NR < 20 ? NR : 20; for (i = 1; i <= n; i++) { a += t[i]; b += t[NR - n + i] }
    printf "  seconds a refresh: first %d sources %.2f on average, last %d %.2f; ", n, a / n, n, b / n }' \
    "/tmp/$DB-$name-seconds.txt"
  sort -n "/tmp/$DB-$name-seconds.txt" | awk '{ t[NR] = $1 } END { printf "median %.2f, p90 %.2f\n",
    t[int((NR + 1) / 2)], t[int(NR * 0.9 + 0.5)] }'
}
rm -f /tmp/$DB-*.txt
round full
# every calendar now moves one event in ten by an hour (SEQUENCE up): a 200 with a tenth of its events changed
curl -fs -X POST "http://127.0.0.1:$CAL_PORT/change" >/dev/null
round changed
round not-modified
echo "load: $(cut -d' ' -f1-3 /proc/loadavg)"
