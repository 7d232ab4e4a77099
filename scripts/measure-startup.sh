#!/usr/bin/env bash
# Measures how long the packaged service takes to answer its first ready health check, and its resident memory then,
# on an existing data directory with the demo data (what a restart costs), and once on an empty one (first start).
# Usage: scripts/measure-startup.sh [ROUNDS, default 3]   (builds target/quarkus-app if missing)
# JAVA_OPTS replaces the small-heap launch options below (JAVA_OPTS=" " measures the JVM's defaults). ARCHIVE=1
# adds a class archive: the first start writes it at exit (-XX:ArchiveClassesAtExit), the restarts load it.
# AOT=1 uses the JDK's ahead-of-time cache instead (JDK 25 or later, JAVA names that java; default: Temurin 25 under
# /usr/lib/jvm): the first start trains it (-XX:AOTCacheOutput, written at exit), the restarts load it.
set -euo pipefail
cd "$(dirname "$0")/.."
rounds=${1:-3}
[ -f target/quarkus-app/quarkus-run.jar ] || mvn -B -q package -DskipTests
# A heap that starts small and a collector without G1's own memory: the resident size README gives.
opts=${JAVA_OPTS:-"-XX:+UseSerialGC -Xms32m"}
java=${JAVA:-java}
if [ -n "${AOT:-}" ] && [ -z "${JAVA:-}" ]; then
  java=$(ls -d /usr/lib/jvm/temurin-25*/bin/java 2>/dev/null | head -1)
  [ -n "$java" ] || { echo "AOT=1 needs a JDK 25: set JAVA" >&2; exit 1; }
fi
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
data=$(mktemp -d)
pid=
trap '[ -n "$pid" ] && kill $pid 2>/dev/null; rm -rf "$data"' EXIT

# One start: prints the time to ready and the resident memory a second later.
start() {
  local label=$1 started ready rss
  started=$(date +%s%N)
  EFS_DATA_DIR="$data" EFS_HTTP_PORT="$port" EFS_HTTP_HOST=127.0.0.1 EFS_ADMIN_PASSWORD=Measure-Startup-1 \
    EFS_DEMO_DATA=true "$java" $opts -jar target/quarkus-app/quarkus-run.jar > "$data/service.log" 2>&1 &
  pid=$!
  for _ in $(seq 1 1200); do
    if curl -fs "http://127.0.0.1:$port/q/health/ready" > /dev/null 2>&1; then break; fi
    kill -0 "$pid" 2>/dev/null || { cat "$data/service.log" >&2; exit 1; }
    sleep 0.02
  done
  ready=$(( ($(date +%s%N) - started) / 1000000 ))
  sleep 1
  rss=$(awk '/VmRSS/ {print $2}' /proc/$pid/status)
  printf '%s: ready after %d ms, RSS %d MiB\n' "$label" "$ready" "$((rss / 1024))"
  kill "$pid"; wait "$pid" 2>/dev/null || true
  pid=
}

echo "java: $java, options: $opts${ARCHIVE:+ (with a class archive)}${AOT:+ (with an AOT cache)}"
base_opts=$opts
[ -n "${ARCHIVE:-}" ] && opts="$base_opts -XX:ArchiveClassesAtExit=$data/classes.jsa"
[ -n "${AOT:-}" ] && opts="$base_opts -XX:AOTCacheOutput=$data/app.aot"
start "first start, empty data directory (migrations and demo data included)"
[ -n "${ARCHIVE:-}" ] && opts="$base_opts -XX:SharedArchiveFile=$data/classes.jsa"
[ -n "${AOT:-}" ] && opts="$base_opts -XX:AOTCache=$data/app.aot"
for round in $(seq 1 "$rounds"); do
  start "restart $round, existing data directory with the demo data"
done
