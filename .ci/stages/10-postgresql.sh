#!/usr/bin/env bash
# The whole test suite again, against the machine's PostgreSQL, in a database made fresh for this run.
set -euo pipefail
cd "$(dirname "$0")/../.."

if ! pg_isready -q -h 127.0.0.1 -p 5432; then
  pg_ctlcluster --skip-systemctl-redirect "$(ls /etc/postgresql)" main start
  for _ in $(seq 1 30); do pg_isready -q -h 127.0.0.1 -p 5432 && break; sleep 1; done
fi
psql -q -h 127.0.0.1 -U postgres -d postgres -c "DROP DATABASE IF EXISTS learncal_ci" \
  -c "CREATE DATABASE learncal_ci"

DATASOURCES_DEFAULT_URL=jdbc:postgresql://127.0.0.1:5432/learncal_ci \
DATASOURCES_DEFAULT_USERNAME=postgres \
DATASOURCES_DEFAULT_PASSWORD= \
DATASOURCES_DEFAULT_DIALECT=POSTGRES \
  ./mvnw -B -ntp test
