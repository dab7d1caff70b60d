#!/usr/bin/env bash
# Crash test: the packaged service as a child process, on H2 and then on PostgreSQL (a fresh learncal_crash
# database), takes concurrent POSTs and PUTs until kill -9; restarted on the same data, every acknowledged
# write must be there at its acknowledged version or later. 5 runs per database; fails on any loss.
# CRASH_PORT (18110), CRASH_RUNS (5), CRASH_SECONDS (4), PGHOST/PGPORT (127.0.0.1:5432) and CRASH_DATABASE
# (learncal_crash: dropped and created again for every run) can be overridden.
set -euo pipefail
cd "$(dirname "$0")/../.."

[ -f target/learncal.jar ] || ./mvnw -B -ntp -q package -DskipTests
port=${CRASH_PORT:-18110}
runs=${CRASH_RUNS:-5}
seconds=${CRASH_SECONDS:-4}
pg_host=${PGHOST:-127.0.0.1}
pg_port=${PGPORT:-5432}
database=${CRASH_DATABASE:-learncal_crash}
work=$(mktemp -d /tmp/learncal-crash.XXXXXX)
trap 'rm -rf "$work"' EXIT
status=0

echo "-- crash test on H2 (file mode, default settings)"
LEARNCAL_DATA_DIR="$work/h2" python3 bench/writes/writes.py crash --port "$port" --runs "$runs" \
  --seconds "$seconds" --reset "rm -rf '$work/h2'" --log "$work/h2.log" || status=1

echo "-- crash test on PostgreSQL ($pg_host:$pg_port/$database)"
fresh="psql -q -h $pg_host -p $pg_port -U postgres -d postgres -c 'DROP DATABASE IF EXISTS $database WITH (FORCE)' -c 'CREATE DATABASE $database'"
DATASOURCES_DEFAULT_URL="jdbc:postgresql://$pg_host:$pg_port/$database" DATASOURCES_DEFAULT_USERNAME=postgres \
DATASOURCES_DEFAULT_PASSWORD= DATASOURCES_DEFAULT_DIALECT=POSTGRES \
  python3 bench/writes/writes.py crash --port "$port" --runs "$runs" --seconds "$seconds" --reset "$fresh" \
  --log "$work/pg.log" || status=1
psql -q -h "$pg_host" -p "$pg_port" -U postgres -d postgres -c "DROP DATABASE IF EXISTS $database WITH (FORCE)"

if [ "$status" -ne 0 ]; then
  echo "crash test: acknowledged writes were lost (or the service failed); service logs:"
  tail -n 40 "$work"/*.log
fi
exit "$status"
