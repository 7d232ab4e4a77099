#!/usr/bin/env bash
# Measures list exports on the generated national dataset (docs/benchmark.md): all 20,000 deficits of the country
# (scale 1.0) as XLSX and as CSV, five times each, with the service's resident memory before and after, so that a
# file's size and its rows can be compared with the memory the service holds.
# Usage: scripts/bench-export.sh [SCALE, default 1.0] [ROUNDS, default 5]
# SETTLE_SECONDS (default 45) waits for the start's background work. JAVA_OPTS=-Xmx200m shows that the files
# are streamed: the whole export runs in a heap smaller than its rows.
# The service is started from target/quarkus-app (built when missing) on a fresh temporary data directory.
set -euo pipefail
cd "$(dirname "$0")/.."
scale=${1:-1.0}
rounds=${2:-5}
[ -f target/quarkus-app/quarkus-run.jar ] || mvn -B -q package -DskipTests
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
data=$(mktemp -d)
base="http://127.0.0.1:$port"
EFS_DATA_DIR="$data" EFS_HTTP_PORT="$port" EFS_HTTP_HOST=127.0.0.1 EFS_ADMIN_PASSWORD=bench-password \
  EFS_NATIONAL_DATA="$scale" java ${JAVA_OPTS:-} -jar target/quarkus-app/quarkus-run.jar > "$data/service.log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null || true; wait $pid 2>/dev/null || true; rm -rf "$data"' EXIT
until curl -fs "$base/q/health/ready" > /dev/null 2>&1; do
  kill -0 $pid 2>/dev/null || { cat "$data/service.log" >&2; exit 1; }
  sleep 0.5
done
# the search index and the kept state are built in the background after start: let them finish first
sleep "${SETTLE_SECONDS:-45}"
basic="Authorization: Basic $(printf 'admin:bench-password' | base64)"
rss() { awk '/VmRSS/ {printf "%.0f MB", $2 / 1024}' "/proc/$pid/status"; }
# the live heap after a full collection: what the service keeps, whatever the last export allocated on its way
heap() {
  jcmd "$pid" GC.run > /dev/null
  jcmd "$pid" GC.heap_info | awk '/heap/ && /used/ {for (i = 1; i <= NF; i++) if ($i == "used")
    {v = $(i + 1); sub(/K.*/, "", v); printf "%.0f MB", v / 1024}}'
}
total=$(curl -fs -H "$basic" "$base/api/v1/deficits?size=1" | python3 -c 'import json,sys; print(json.load(sys.stdin)["totalItems"])')
echo "scale $scale: $total deficits; resident before: $(rss), live heap: $(heap)"
for format in xlsx csv; do
  for round in $(seq 1 "$rounds"); do
    curl -fs -o "$data/export.$format" -w "$format round $round: %{time_total} s, %{size_download} bytes\n" \
      -H "$basic" "$base/api/v1/deficits?format=$format"
  done
done
rows=$(python3 - "$data/export.csv" <<'PY'
import csv, sys
with open(sys.argv[1], encoding='utf-8-sig', newline='') as f:
    print(sum(1 for _ in csv.reader(f, delimiter=';')) - 1)
PY
)
echo "rows in the CSV file: $rows; resident after: $(rss), live heap: $(heap)"
