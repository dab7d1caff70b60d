#!/usr/bin/env bash
# Two instances on one PostgreSQL behind nginx as load balancer and cache (bench/topology/), and three proofs:
#   1. a write through either instance is visible through the cache once nginx revalidates;
#   2. the cache answers most feed polls: the instances' own request counters (/prometheus) see few of them;
#   3. killing one instance under load loses no request that nginx could retry (GETs go to the other).
# Feeds get max-age=2 here so that revalidation happens within the test. Stops everything it started.
set -euo pipefail
cd "$(dirname "$0")/../.."
export TOPO_REFRESH=PT2S TOPO_DIR=${TOPO_DIR:-/tmp/learncal-topology-ci} TOPO_ADMIN_TOKEN=topology-ci-admin
TOPO_PORT=${TOPO_PORT:-18430}; A=${TOPO_PORT_A:-18431}; B=${TOPO_PORT_B:-18432}
command -v wrk >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null; }
[ -f target/learncal.jar ] || ./mvnw -q -B -ntp package -DskipTests
trap 'bench/topology/topology.sh stop' EXIT
bench/topology/topology.sh start

base="http://127.0.0.1:$TOPO_PORT"
feed="$base/calendar/organizers/um6p.ics"
auth="Authorization: Bearer $TOPO_ADMIN_TOKEN"
fail() { echo "FAILED: $*" >&2; exit 1; }
# feed_requests PORT: feed requests that reached that instance (200 or 304: each is a feed cache hit or miss
# there), from its Prometheus counters
feed_requests() {
  curl -fs "http://127.0.0.1:$1/prometheus" |
    awk '/^learncal_feed_cache_(hits|misses)_total / { n += $2 } END { printf "%d\n", n }'
}
# until_feed PATTERN WHAT: polls the feed through nginx (every 0.2 s, at most 10 s) until awk finds PATTERN
until_feed() {
  for _ in $(seq 1 50); do
    curl -fs -D "$TOPO_DIR/last.headers" -o "$TOPO_DIR/last.ics" "$feed"
    awk "$1" "$TOPO_DIR/last.ics" | grep -q . && return 0
    sleep 0.2
  done
  fail "$2 not visible through the cache after 10 s"
}
cache_status() { awk -F': ' 'tolower($1) == "x-cache-status" { print $2 }' "$TOPO_DIR/last.headers" | tr -d '\r'; }

echo "== 1. writes through either instance, read through the cache"
curl -fs -o /dev/null "$feed"; curl -fs -o /dev/null "$feed"
created=$(curl -fs -X POST -H "$auth" -H 'Content-Type: application/json' "http://127.0.0.1:$A/api/events" -d '{
  "title": "Topology check", "description": "Written through instance a", "language": "en",
  "timeZone": "Africa/Casablanca", "start": "2027-02-20T15:00", "end": "2027-02-20T17:00", "format": "online",
  "joinUrl": "https://meet.example.org/topology", "organizers": ["um6p"], "topics": ["literacy"],
  "audience": ["teachers"], "free": true}')
id=$(echo "$created" | sed -n 's/.*"id":"\([0-9a-f-]*\)".*/\1/p')
[ -n "$id" ] || fail "no event id in $created"
until_feed "/^UID:$id@/" "the event created through instance a"
echo "created through a, seen through nginx (X-Cache-Status: $(cache_status))"
curl -fs -o /dev/null -X POST -H "$auth" -H 'Content-Type: application/json' \
  "http://127.0.0.1:$B/api/events/$id/cancel" -d '{"reason": "Topology check"}'
until_feed "/^BEGIN:VEVENT/ { s = \"\" } /^UID:$id@/ { u = 1 } /^STATUS:CANCELLED/ { s = 1 } /^END:VEVENT/ { if (u && s) print; u = 0 }" \
  "the cancellation made through instance b"
echo "cancelled through b, seen through nginx (X-Cache-Status: $(cache_status))"
sleep 3.5  # max-age 2 s, and nginx counts whole seconds
curl -fs -D "$TOPO_DIR/last.headers" -o /dev/null "$feed"
[ "$(cache_status)" = REVALIDATED ] || fail "expected nginx to revalidate an unchanged feed, got $(cache_status)"
echo "unchanged feed after max-age: REVALIDATED (a 304 from LearnCal, the body from the cache)"

echo "== 2. the cache answers most polls"
before=$(( $(feed_requests "$A") + $(feed_requests "$B") ))
[ "$before" -gt 0 ] || fail "the instances' feed counters read 0 after the feed was served"
polls=$(wrk -t 2 -c 16 -d 6s "$feed" | awk '/requests in/ { print $1 }')
reached=$(( $(feed_requests "$A") + $(feed_requests "$B") - before ))
echo "$polls polls through nginx in 6 s, $reached reached an instance"
[ "$polls" -gt 100 ] || fail "too few polls ($polls) to judge"
[ $(( reached * 20 )) -lt "$polls" ] || fail "$reached of $polls polls reached LearnCal (5 % allowed)"

echo "== 3. one instance killed under load"
wrk -t 2 -c 8 -d 8s --timeout 15s "$base/api/events?limit=5" >"$TOPO_DIR/wrk-kill.txt" &
wrk_pid=$!
sleep 3
kill -9 "$(cat "$TOPO_DIR/a.pid")"
echo "killed instance a (pid $(cat "$TOPO_DIR/a.pid")) under load"
wait "$wrk_pid"
cat "$TOPO_DIR/wrk-kill.txt"
requests=$(awk '/requests in/ { print $1 }' "$TOPO_DIR/wrk-kill.txt")
grep -q "Non-2xx" "$TOPO_DIR/wrk-kill.txt" && fail "some requests failed while an instance died"
grep -q "Socket errors" "$TOPO_DIR/wrk-kill.txt" && fail "socket errors while an instance died"
retried=$(grep -c "upstream=127.0.0.1:$A, 127.0.0.1:$B" "$TOPO_DIR/nginx-access.log" || true)
echo "$requests API requests, none lost; nginx retried $retried of them on instance b"
echo "== topology stage passed"
