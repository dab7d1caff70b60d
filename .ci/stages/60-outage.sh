#!/usr/bin/env bash
# Outage test: stops the machine's PostgreSQL for about 10 s while an instance runs on it (60-outage.py says what
# is asserted), and ALWAYS starts it again, even on failure. To run it against another cluster, set
# OUTAGE_PG_PORT and OUTAGE_PG_STOP / OUTAGE_PG_START (shell commands), e.g. for a private cluster under /tmp.
set -euo pipefail
cd "$(dirname "$0")/../.."

[ -f target/learncal.jar ] || ./mvnw -B -ntp -q package -DskipTests
pg_port=${OUTAGE_PG_PORT:-5432}
cluster="pg_ctlcluster --skip-systemctl-redirect $(ls /etc/postgresql 2>/dev/null | head -1) main"
export OUTAGE_PG_STOP=${OUTAGE_PG_STOP:-"$cluster stop"}
export OUTAGE_PG_START=${OUTAGE_PG_START:-"$cluster start"}
export OUTAGE_LOG=${OUTAGE_LOG:-$PWD/target/outage-service.log}

restart() {
  if ! pg_isready -q -h 127.0.0.1 -p "$pg_port"; then
    echo "-- starting PostgreSQL again: $OUTAGE_PG_START"
    eval "$OUTAGE_PG_START" || true
    for _ in $(seq 1 30); do pg_isready -q -h 127.0.0.1 -p "$pg_port" && break; sleep 1; done
  fi
}
trap restart EXIT

psql -q -h 127.0.0.1 -p "$pg_port" -U postgres -d postgres \
  -c 'DROP DATABASE IF EXISTS learncal_outage WITH (FORCE)' -c 'CREATE DATABASE learncal_outage'
DATASOURCES_DEFAULT_URL="jdbc:postgresql://127.0.0.1:$pg_port/learncal_outage" DATASOURCES_DEFAULT_USERNAME=postgres \
DATASOURCES_DEFAULT_PASSWORD= DATASOURCES_DEFAULT_DIALECT=POSTGRES \
  python3 .ci/stages/60-outage.py
