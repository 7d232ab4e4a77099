#!/usr/bin/env bash
# Measures how long the packaged service takes to answer its first ready health check, and its resident memory then.
# Usage: scripts/measure-startup.sh [ROUNDS]   (builds target/quarkus-app if missing)
set -euo pipefail
cd "$(dirname "$0")/.."
rounds=${1:-3}
[ -f target/quarkus-app/quarkus-run.jar ] || mvn -B -q package -DskipTests
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
for round in $(seq 1 "$rounds"); do
  data=$(mktemp -d)
  start=$(date +%s%N)
  EFS_DATA_DIR="$data" EFS_HTTP_PORT="$port" EFS_HTTP_HOST=127.0.0.1 EFS_ADMIN_PASSWORD=measure-startup \
    java ${JAVA_OPTS:-} -jar target/quarkus-app/quarkus-run.jar > "$data/service.log" 2>&1 &
  pid=$!
  for _ in $(seq 1 600); do
    if curl -fs "http://127.0.0.1:$port/q/health/ready" > /dev/null 2>&1; then break; fi
    sleep 0.05
  done
  ready=$(( ($(date +%s%N) - start) / 1000000 ))
  sleep 1
  rss=$(awk '/VmRSS/ {print $2}' /proc/$pid/status)
  printf 'round %d: ready after %d ms (first start on an empty data dir, migrations included), RSS %d MiB\n' \
    "$round" "$ready" "$((rss / 1024))"
  kill "$pid"; wait "$pid" 2>/dev/null || true
  rm -rf "$data"
done
