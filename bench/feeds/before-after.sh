#!/usr/bin/env bash
# The feed comparison with nginx in one command (see docs/benchmarks.md, "Feeds against nginx"): builds this tree's
# jar, then runs bench/feeds/vs-nginx.sh ROUNDS times, alternating with BEFORE_JAR when given (same data, same
# minute), and prints every run's rows and then, per jar, request and connection count, the median and the
# highest p50 ratio LearnCal / nginx over the rounds, the median requests/s and CPU time per request of both and
# the load averages seen.
# Usage: [BEFORE_JAR=/path/to/other.jar] [ROUNDS=3] [WRK_SECONDS=8] bench/feeds/before-after.sh
#        (BENCH_BUILD=false reuses target/learncal.jar; BENCH_DIR, LC_PORT, NGINX_PORT as in lib.sh, vs-nginx.sh)
set -euo pipefail
cd "$(dirname "$0")/../.."
export BENCH_DIR=${BENCH_DIR:-/tmp/learncal-feedbench}
if [ "${BENCH_BUILD:-true}" = true ]; then ./mvnw -q -B -ntp package -DskipTests; fi
this="$BENCH_DIR.this.jar"   # beside BENCH_DIR, which lib.sh remakes when the catalogue changes
cp target/learncal.jar "$this"
jars=("$this")
[ -n "${BEFORE_JAR:-}" ] && jars=("$BEFORE_JAR" "$this")
rows="$BENCH_DIR.rows"
: >"$rows"
for round in $(seq 1 "${ROUNDS:-3}"); do
  for jar in "${jars[@]}"; do
    echo "## round $round: $jar"
    BENCH_BUILD=false BENCH_JAR="$jar" bench/feeds/vs-nginx.sh >"$BENCH_DIR.run"
    cat "$BENCH_DIR.run"
    awk -v jar="$(basename "$jar")" -F'|' '$6 ~ /^ *[0-9.]+ *$/ { print jar "|" $0 }' "$BENCH_DIR.run" >>"$rows"
  done
done
echo
echo "| jar | request | connections | p50 ratio, median (highest) of ${ROUNDS:-3} | LearnCal req/s, median | nginx req/s, median | LearnCal / nginx CPU µs per request, median | load averages seen |"
echo "| --- | --- | ---: | ---: | ---: | ---: | ---: | --- |"
awk -F'|' '{ key = $1 "|" $3 "|" $4; ratio[key] = ratio[key] " " $7; lc[key] = lc[key] " " $8; ng[key] = ng[key] " " $9
             lcpu[key] = lcpu[key] " " $12; ncpu[key] = ncpu[key] " " $13
             load[key] = load[key] " ·" $11; if (!(key in seen)) { seen[key] = 1; order[++n] = key } }
  function median(list,   v, c, i, j, t) { c = split(list, v, " ")
    for (i = 1; i <= c; i++) for (j = i + 1; j <= c; j++) if (v[j] + 0 < v[i] + 0) { t = v[i]; v[i] = v[j]; v[j] = t }
    return c % 2 ? v[(c + 1) / 2] : (v[c / 2] + v[c / 2 + 1]) / 2 }
  function highest(list,   v, c, i, m) { c = split(list, v, " "); m = v[1]; for (i = 2; i <= c; i++) if (v[i] + 0 > m + 0) m = v[i]; return m }
  END { for (i = 1; i <= n; i++) { split(order[i], k, "|")
    printf "| %s | %s | %s | %.2f (%.2f) | %.0f | %.0f | %.1f / %.1f |%s |\n", k[1], k[2], k[3], median(ratio[order[i]]),
      highest(ratio[order[i]]), median(lc[order[i]]), median(ng[order[i]]), median(lcpu[order[i]]),
      median(ncpu[order[i]]), load[order[i]] } }' "$rows"
