#!/usr/bin/env bash
# Two LearnCal instances on one PostgreSQL database behind nginx (load balancer + proxy_cache), on one
# machine: how a network deploys LearnCal when one instance is not enough (README, "Several instances
# behind a cache"). Usage:
#   bench/topology/topology.sh start   # drops and creates TOPO_DB, starts instance a, then b, then nginx
#   bench/topology/topology.sh stop    # stops what start started (by the pids it recorded)
# Settings (environment): TOPO_DIR (/tmp/learncal-topology), TOPO_DB (learncal_feedspeed_topo), TOPO_PORT
# (nginx, 18430), TOPO_PORT_A / TOPO_PORT_B (18431 / 18432), TOPO_REFRESH (feeds' max-age, PT1H),
# TOPO_ADMIN_TOKEN, TOPO_JAR (target/learncal.jar), PGHOST/PGPORT (127.0.0.1:5432, user postgres).
set -euo pipefail
cd "$(dirname "$0")/../.."
TOPO_DIR=${TOPO_DIR:-/tmp/learncal-topology}
TOPO_DB=${TOPO_DB:-learncal_feedspeed_topo}
TOPO_PORT=${TOPO_PORT:-18430}
TOPO_PORT_A=${TOPO_PORT_A:-18431}
TOPO_PORT_B=${TOPO_PORT_B:-18432}
TOPO_JAR=${TOPO_JAR:-target/learncal.jar}
PGHOST=${PGHOST:-127.0.0.1}
PGPORT=${PGPORT:-5432}

instance() {  # instance NAME PORT: one LearnCal on the shared database, healthy before it returns
  local name=$1 port=$2
  DATASOURCES_DEFAULT_URL="jdbc:postgresql://$PGHOST:$PGPORT/$TOPO_DB" DATASOURCES_DEFAULT_USERNAME=postgres \
  DATASOURCES_DEFAULT_PASSWORD= DATASOURCES_DEFAULT_DIALECT=POSTGRES MICRONAUT_SERVER_PORT="$port" \
  LEARNCAL_PUBLIC_URL="http://127.0.0.1:$TOPO_PORT" LEARNCAL_CURSOR_SECRET=topology-shared-cursor-secret \
  LEARNCAL_ADMIN_TOKEN="${TOPO_ADMIN_TOKEN:-topology-admin-token}" \
  LEARNCAL_FEEDS_REFRESH_INTERVAL="${TOPO_REFRESH:-PT1H}" LEARNCAL_CONSOLE_TRUSTED_PROXIES=127.0.0.1 \
    java -Xmx256m -jar "$TOPO_JAR" >"$TOPO_DIR/$name.log" 2>&1 &
  echo $! >"$TOPO_DIR/$name.pid"
  for _ in $(seq 1 600); do
    curl -fs "http://127.0.0.1:$port/health" >/dev/null 2>&1 && return 0
    kill -0 "$(cat "$TOPO_DIR/$name.pid")" 2>/dev/null || break
    sleep 0.1
  done
  echo "instance $name did not start, see $TOPO_DIR/$name.log" >&2
  return 1
}

start() {
  command -v nginx >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nginx >/dev/null; }
  [ -f "$TOPO_JAR" ] || ./mvnw -q -B -ntp package -DskipTests
  rm -rf "$TOPO_DIR"; mkdir -p "$TOPO_DIR/tmp" "$TOPO_DIR/cache"
  psql -q -h "$PGHOST" -p "$PGPORT" -U postgres -d postgres -c "DROP DATABASE IF EXISTS $TOPO_DB" \
    -c "CREATE DATABASE $TOPO_DB"
  # one after the other: the first migrates and seeds, the second finds both done
  instance a "$TOPO_PORT_A"
  instance b "$TOPO_PORT_B"
  sed -e "s|@DIR@|$TOPO_DIR|g" -e "s|@PORT@|$TOPO_PORT|g" -e "s|@A@|$TOPO_PORT_A|g" -e "s|@B@|$TOPO_PORT_B|g" \
    bench/topology/nginx.conf >"$TOPO_DIR/nginx.conf"
  nginx -c "$TOPO_DIR/nginx.conf" -p "$TOPO_DIR" >"$TOPO_DIR/nginx.out" 2>&1 &
  echo $! >"$TOPO_DIR/nginx.master"
  for _ in $(seq 1 100); do curl -fs -o /dev/null "http://127.0.0.1:$TOPO_PORT/health" && break; sleep 0.1; done
  echo "LearnCal behind nginx: http://127.0.0.1:$TOPO_PORT (instances :$TOPO_PORT_A and :$TOPO_PORT_B, logs in $TOPO_DIR)"
}

stop() {
  for name in nginx.master a.pid b.pid; do
    if [ -f "$TOPO_DIR/$name" ]; then
      pid=$(cat "$TOPO_DIR/$name")
      kill "$pid" 2>/dev/null || true
      for _ in $(seq 1 100); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
      rm -f "$TOPO_DIR/$name"
    fi
  done
}

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  *) echo "usage: $0 start|stop" >&2; exit 2 ;;
esac
