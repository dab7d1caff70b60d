#!/usr/bin/env bash
# Parses every feed of the running service with ical.js (the parser inside Thunderbird) and checks its
# bytes and its instants against the JSON API; fails on any error. Starts and stops its own instance.
set -euo pipefail
cd "$(dirname "$0")/../.."

work="$PWD/target/ci-feeds"
mkdir -p "$work"
if [ ! -d "$work/node_modules/ical.js" ]; then
  command -v npm >/dev/null || { apt-get update -qq && apt-get install -y -qq nodejs npm; }
  npm install --prefix "$work" --no-audit --no-fund --silent ical.js@2.2.1
fi
[ -f target/learncal.jar ] || ./mvnw -B -ntp -q package -DskipTests

port=$(node -e "const s=require('net').createServer().listen(0,()=>{console.log(s.address().port);s.close()})")
rm -rf "$work/data"
MICRONAUT_SERVER_PORT=$port LEARNCAL_DATA_DIR="$work/data" LEARNCAL_PUBLIC_URL="http://127.0.0.1:$port" \
  java -jar target/learncal.jar > "$work/service.log" 2>&1 &
service=$!
trap 'kill "$service" 2>/dev/null || true; wait "$service" 2>/dev/null || true' EXIT
for _ in $(seq 1 60); do
  curl -sf "http://127.0.0.1:$port/health" >/dev/null && break
  kill -0 "$service" 2>/dev/null || { cat "$work/service.log"; exit 1; }
  sleep 1
done

NODE_PATH="$work/node_modules" node .ci/stages/30-feeds-icaljs.mjs "http://127.0.0.1:$port"
