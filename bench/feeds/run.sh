#!/usr/bin/env bash
# Feed benchmark (see docs/benchmarks.md): builds the classes, then runs bench/feeds/FeedBench.java against an
# in-process service on a throw-away H2 file database. Usage: bench/feeds/run.sh [events, default 10000]
set -euo pipefail
cd "$(dirname "$0")/../.."
./mvnw -B -q -ntp compile dependency:build-classpath -Dmdep.outputFile=target/bench.classpath \
  -Dmdep.includeScope=runtime
java -Xmx2g -cp "target/classes:$(cat target/bench.classpath)" bench/feeds/FeedBench.java "${1:-10000}"
