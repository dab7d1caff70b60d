#!/usr/bin/env bash
# The change feed (/api/changes) walked by @openactive/rpde-validator, OpenActive's RPDE validator, through its
# library API (headless): a catalogue of the seed plus 1,200 generated events, three of them then cancelled
# through the write API, so the walk meets deletions. Fails on any validator error. Own instance, own data.
set -euo pipefail
cd "$(dirname "$0")/../.."

work="$PWD/target/ci-rpde"
events=${RPDE_EVENTS:-1200}
mkdir -p "$work"
if [ ! -d "$work/node_modules/@openactive/rpde-validator" ]; then
  command -v npm >/dev/null || { apt-get update -qq && apt-get install -y -qq nodejs npm; }
  npm install --prefix "$work" --no-audit --no-fund --silent @openactive/rpde-validator@3.0.3571
fi
[ -f target/learncal.jar ] || ./mvnw -B -ntp -q package -DskipTests

port=$(node -e "const s=require('net').createServer().listen(0,()=>{console.log(s.address().port);s.close()})")
base="http://127.0.0.1:$port"
service=""
start() {
  MICRONAUT_SERVER_PORT=$port LEARNCAL_DATA_DIR="$work/data" LEARNCAL_PUBLIC_URL="$base" \
    LEARNCAL_ADMIN_TOKEN=ci-rpde-admin java -jar target/learncal.jar > "$work/service.log" 2>&1 &
  service=$!
  for _ in $(seq 1 90); do
    curl -sf "$base/health" >/dev/null && return 0
    kill -0 "$service" 2>/dev/null || { cat "$work/service.log"; exit 1; }
    sleep 1
  done
  echo "service did not start" >&2; exit 1
}
stop() {
  if [ -n "$service" ]; then kill "$service" 2>/dev/null || true; wait "$service" 2>/dev/null || true; service=""; fi
}
trap stop EXIT

rm -rf "$work/data"
start; stop   # migrations and seed
java -cp target/learncal.jar bench/listing/GenerateEvents.java "jdbc:h2:file:$work/data/learncal" "$events" >/dev/null
start         # records a change for every generated event
for id in $(curl -sf "$base/api/events?limit=3" | node -e \
    "let s='';process.stdin.on('data',d=>s+=d).on('end',()=>JSON.parse(s).items.forEach(e=>console.log(e.id)))"); do
  curl -sf -X POST -H "Authorization: Bearer ci-rpde-admin" -H "Content-Type: application/json" \
    -d '{"reason":"CI: a deletion for the validator to see"}' "$base/api/events/$id/cancel" >/dev/null
done
NODE_PATH="$work/node_modules" node .ci/stages/35-rpde-validator.mjs "$base/api/changes" 100 | tee "$work/validator.log"
