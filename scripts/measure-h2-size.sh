#!/usr/bin/env bash
# Measures how large the embedded H2 file grows when the country is loaded through the public API in many small
# transactions (docs/benchmark.md, "Размер встроенной базы / Embedded database size"): one object per request, as
# the administrator with HTTP Basic, from a few parallel clients (scripts/bench/h2-load.py).
# Usage: scripts/measure-h2-size.sh [SCALE, default 0.1] [CLIENTS, default 4]
# The service is started from target/quarkus-app (built when missing) on a fresh temporary data directory. Prints
# the rows loaded, the load's duration, the .mv.db size right after the load, after IDLE seconds (default 20)
# without requests, after a clean stop (SIGTERM) and after a restart and another stop, and the search index's size.
set -euo pipefail
cd "$(dirname "$0")/.."
scale=${1:-0.1}
clients=${2:-4}
idle=${IDLE:-20}
app=${APP_DIR:-target/quarkus-app}
[ -f "$app/quarkus-run.jar" ] || mvn -B -q package -DskipTests
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
data=$(mktemp -d)
base="http://127.0.0.1:$port"
pid=""
trap '[ -z "$pid" ] || { kill $pid 2>/dev/null || true; wait $pid 2>/dev/null || true; }; rm -rf "$data"' EXIT

start() { # → the service on $data, ready
  EFS_DATA_DIR="$data" EFS_HTTP_PORT="$port" EFS_HTTP_HOST=127.0.0.1 EFS_ADMIN_PASSWORD=measure-password \
    java ${JAVA_OPTS:-} -jar "$app/quarkus-run.jar" >> "$data/service.log" 2>&1 &
  pid=$!
  until curl -fs "$base/q/health/ready" > /dev/null 2>&1; do
    kill -0 $pid 2>/dev/null || { cat "$data/service.log" >&2; exit 1; }
    sleep 0.2
  done
}
stop() { # SIGTERM, and the wait for a clean close of the database
  kill -TERM $pid
  wait $pid 2>/dev/null || true
  pid=""
}
size() { # the database file and the search index, in MiB as du counts them
  printf 'efs.mv.db %6.1f MiB, search index %5.1f MiB' "$(du -k "$data/efs.mv.db" | awk '{print $1 / 1024}')" \
    "$(du -sk "$data/search" | awk '{print $1 / 1024}')"
}

start
url=${QUARKUS_DATASOURCE_JDBC_URL:-$(unzip -p "$app/app/"*.jar application.properties |
  sed -n 's/^quarkus.datasource.jdbc.url=//p')}
echo "scale $scale, $clients clients; JDBC URL: $url"
echo "empty database:          $(size)"
python3 scripts/bench/h2-load.py "$base" admin measure-password "$scale" "$clients"
echo "right after the load:    $(size)"
sleep "$idle"
echo "after ${idle} s idle:          $(size)"
stop
echo "after a clean stop:      $(size)"
start
echo "after a restart:         $(size)"
totals=""
for kind in subjects people deficits practices portfolios projects; do
  totals+=" $kind $(curl -fs -u admin:measure-password "$base/api/v1/$kind?size=1" |
    python3 -c 'import json,sys; print(json.load(sys.stdin)["totalItems"])'),"
done
echo "rows after the restart:  ${totals%,}"
stop
echo "after a second stop:     $(size)"
# For reference, the data itself: the file after H2's full compaction, which rewrites it whole.
java -cp "$(ls "$app"/lib/main/com.h2database.h2-*.jar)" org.h2.tools.Shell -url "jdbc:h2:file:$data/efs" -user efs \
  -password '' -sql 'SHUTDOWN COMPACT' > /dev/null
echo "after SHUTDOWN COMPACT:  $(size)"
