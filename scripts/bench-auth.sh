#!/usr/bin/env bash
# Compares the cost of authentication: HTTP Basic (as integrators call) against a browser session cookie,
# at 32 concurrent connections with wrk. Usage: scripts/bench-auth.sh [DURATION, default 15s]
set -euo pipefail
cd "$(dirname "$0")/.."
duration=${1:-15s}
command -v wrk > /dev/null || { echo "wrk is needed: apt-get install -y wrk" >&2; exit 1; }
[ -f target/quarkus-app/quarkus-run.jar ] || mvn -B -q package -DskipTests
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
data=$(mktemp -d)
EFS_DATA_DIR="$data" EFS_HTTP_PORT="$port" EFS_HTTP_HOST=127.0.0.1 EFS_ADMIN_PASSWORD=bench-password \
  java ${JAVA_OPTS:-} -jar target/quarkus-app/quarkus-run.jar > "$data/service.log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null || true; rm -rf "$data"' EXIT
for _ in $(seq 1 600); do curl -fs "http://127.0.0.1:$port/q/health/ready" > /dev/null 2>&1 && break; sleep 0.05; done
base="http://127.0.0.1:$port"
url="$base/api/v1/regions/27"
basic=$(printf 'admin:bench-password' | base64)
cookie=$(curl -s -i -H 'Content-Type: application/json' -d '{"username":"admin","password":"bench-password"}' \
  "$base/api/v1/auth/login" | awk -F'[=;]' '/^[Ss]et-[Cc]ookie: EFS_SESSION=/ {print $2}')
run() { # name, header
  echo "== $1 (32 connections, $duration) =="
  wrk -t2 -c32 -d"$duration" --latency -H "$2" "$url" | grep -E 'Requests/sec|50%|99%|Non-2xx'
}
# The JIT needs a while: warm both paths up for 15 s each before measuring, then measure them in turns.
curl -fs -H "Authorization: Basic $basic" "$url" > /dev/null
wrk -t2 -c32 -d15s -H "Authorization: Basic $basic" "$url" > /dev/null
wrk -t2 -c32 -d15s -H "Cookie: EFS_SESSION=$cookie" "$url" > /dev/null
for turn in 1 2; do
  run "HTTP Basic, turn $turn" "Authorization: Basic $basic"
  run "session cookie, turn $turn" "Cookie: EFS_SESSION=$cookie"
done
