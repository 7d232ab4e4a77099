#!/usr/bin/env bash
# A realistic load on the generated national dataset (docs/benchmark.md, "Реалистичная нагрузка / Realistic load"):
# a mix of recommendations, filtered list pages, searches, single objects and influence maps with random targets
# (every open deficit, every region, words of the loaded titles), while writers change practices and deficits and
# create projects about 5 times a second; then the ceiling of the static index.html, unkept subject list pages,
# and the first requests after start. The mix: 32 connections of scripts/bench/RealLoad.java, latency per kind;
# GET / and the subject pages: wrk with scripts/bench/real.lua.
# Usage: scripts/bench-real.sh [SCALE, default 0.1] [DURATION, default 20s]
# Environment: DB=h2|pg (default h2), INSTANCES=1|2 (default 1; 2 needs DB=pg: a second instance on the same
# database and HAProxy in front, measured with instance A alone and then with both), CONNECTIONS (default 32),
# WARMUP (before each measured phase, default 10s), WRITES (writes a second during the mixed load, default 5; 0: none),
# KEEP=1 keeps the temporary directory (logs, targets, results). The service is started from target/quarkus-app
# (DB=h2) or target/quarkus-app-pg (DB=pg), each built when missing, on fresh data: a temporary directory, and
# for DB=pg a database efs_bench_<time>_<pid> of the PostgreSQL at 127.0.0.1:5432, dropped at the end.
set -euo pipefail
cd "$(dirname "$0")/.."
scale=${1:-0.1}
duration=${2:-20s}
db=${DB:-h2}
instances=${INSTANCES:-1}
connections=${CONNECTIONS:-32}
warmup=${WARMUP:-10s}
writes=${WRITES:-5}

seconds() { # 20s, 2m or 20 → seconds
  case $1 in
    *m) echo $(( ${1%m} * 60 )) ;;
    *s) echo "${1%s}" ;;
    *) echo "$1" ;;
  esac
}
duration_s=$(seconds "$duration")
warmup_s=$(seconds "$warmup")
[[ $db == h2 || $db == pg ]] || { echo "DB is h2 or pg" >&2; exit 64; }
[[ $instances == 1 || $instances == 2 ]] || { echo "INSTANCES is 1 or 2" >&2; exit 64; }
[[ $instances == 1 || $db == pg ]] || { echo "INSTANCES=2 needs DB=pg: two services share one database" >&2; exit 64; }
command -v wrk > /dev/null || { echo "wrk is needed: apt-get install -y wrk" >&2; exit 1; }
[[ $instances == 1 ]] || command -v haproxy > /dev/null || { echo "haproxy is needed: apt-get install -y haproxy" >&2
  exit 1; }
[[ $db == h2 ]] || command -v psql > /dev/null || { echo "psql is needed: apt-get install -y postgresql-client" >&2
  exit 1; }

if [ "$db" = h2 ]; then
  app=target/quarkus-app
  [ -f $app/quarkus-run.jar ] || mvn -B -q package -DskipTests
else
  # A build of its own: the database kind is fixed at build time; target/quarkus-app stays as it is.
  app=target/quarkus-app-pg
  [ -f $app/quarkus-run.jar ] ||
    mvn -B -q package -DskipTests -Dquarkus.profile=pg -Dquarkus.package.output-directory=quarkus-app-pg
fi

tmp=$(mktemp -d -t efs-bench-real.XXXXXX)
pids=()
database=""
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${pids[@]}"; do wait "$pid" 2>/dev/null || true; done
  if [ -n "$database" ]; then
    psql -h 127.0.0.1 -U postgres -q -c "drop database if exists $database with (force)" > /dev/null || true
  fi
  if [ -n "${KEEP:-}" ]; then echo "kept: $tmp"; else rm -rf "$tmp"; fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
meta() { printf '%s\t%s\n' "$1" "$2" >> "$tmp/meta.txt"; }

if [ "$db" = pg ]; then
  database="efs_bench_$(date +%Y%m%d%H%M%S)_$$"
  psql -h 127.0.0.1 -U postgres -q -v ON_ERROR_STOP=1 -c "create database $database" > /dev/null
fi

start_instance() { # name, port, generate (yes/no) → pid in $started_pid
  local dir="$tmp/$1"
  mkdir -p "$dir"
  local -a environment=(EFS_DATA_DIR="$dir" EFS_SEARCH_DIR="$dir/search" EFS_HTTP_PORT="$2"
    EFS_HTTP_HOST=127.0.0.1 EFS_ADMIN_PASSWORD=bench-password)
  [ "$3" = yes ] && environment+=(EFS_NATIONAL_DATA="$scale")
  local -a profile=()
  if [ "$db" = pg ]; then
    environment+=(EFS_DB_URL="jdbc:postgresql://127.0.0.1:5432/$database" EFS_DB_USER=postgres)
    profile=(-Dquarkus.profile=pg)
  fi
  env "${environment[@]}" java ${JAVA_OPTS:-} "${profile[@]}" -jar $app/quarkus-run.jar > "$dir/service.log" 2>&1 &
  started_pid=$!
  pids+=("$started_pid")
}

wait_ready() { # name, port, pid, start time
  local deadline=$((SECONDS + 900))
  until curl -fs "http://127.0.0.1:$2/q/health/ready" > /dev/null 2>&1; do
    if ! kill -0 "$3" 2>/dev/null || [ $SECONDS -gt $deadline ]; then
      echo "instance $1 did not become ready:" >&2
      tail -50 "$tmp/$1/service.log" >&2
      exit 1
    fi
    sleep 0.2
  done
  printf 'instance %s (port %s): ready after %.1f s\n' "$1" "$2" "$(echo "$(date +%s.%N) - $4" | bc)"
  grep -hoE 'National dataset \(scale [^)]*\): [^/]*|Search index rebuilt: [0-9]+ objects in [0-9]+ ms' \
    "$tmp/$1/service.log" || true
}

echo "scale $scale, DB $db, $instances instance(s), $connections connections, ${duration_s} s per phase" \
  "(warm-up ${warmup_s} s), $writes writes/s; load average: $(cut -d' ' -f1-3 /proc/loadavg)"
# The code measured: the last commit that changed the service, and whether the working tree differs from it.
code=$(git log -1 --format=%h -- src pom.xml frontend 2> /dev/null || echo unknown)
[ -z "$(git status --porcelain -- src pom.xml frontend 2> /dev/null)" ] || code+=" + uncommitted changes"
meta title "scale $scale, DB $db, $instances instance(s), $connections connections, ${duration_s} s a phase, code $code"
meta loadavg-before "$(cut -d' ' -f1-3 /proc/loadavg)"

port_a=$(free_port)
t0=$(date +%s.%N)
start_instance a "$port_a" yes
pid_a=$started_pid
wait_ready a "$port_a" "$pid_a" "$t0"
base_a="http://127.0.0.1:$port_a"
basic="Basic $(printf 'admin:bench-password' | base64)"
export AUTH=$basic

# The first national map after start (one authenticated request before it, so that it pays no password check).
curl -fs -o /dev/null -H "Authorization: $basic" "$base_a/api/v1/auth/me"
read -r map_seconds map_bytes <<< "$(curl -fs -o /dev/null -w '%{time_total} %{size_download}' \
  -H "Authorization: $basic" "$base_a/api/v1/influence/map")"
meta cold-map "$(printf '%.0f ms (%d KB)' "$(echo "$map_seconds * 1000" | bc)" $((map_bytes / 1024)))"

if [ "$instances" = 2 ]; then
  port_b=$(free_port)
  t0=$(date +%s.%N)
  start_instance b "$port_b" no
  pid_b=$started_pid
  wait_ready b "$port_b" "$pid_b" "$t0"
  port_lb=$(free_port)
  cat > "$tmp/haproxy.cfg" << EOF
global
    maxconn 4096
    stats socket $tmp/haproxy.sock mode 600 level admin
defaults
    mode http
    option http-keep-alive
    timeout connect 5s
    timeout client 60s
    timeout server 60s
frontend efs
    bind 127.0.0.1:$port_lb
    default_backend instances
backend instances
    balance roundrobin
    option httpchk GET /q/health/ready
    http-check expect status 200
    server a 127.0.0.1:$port_a check inter 1s
    server b 127.0.0.1:$port_b check inter 1s
EOF
  haproxy -q -c -f "$tmp/haproxy.cfg"
  haproxy -db -f "$tmp/haproxy.cfg" > "$tmp/haproxy.log" 2>&1 &
  pids+=($!)
fi

haproxy_command() {
  python3 -c 'import socket, sys
s = socket.socket(socket.AF_UNIX); s.connect(sys.argv[1]); s.sendall((sys.argv[2] + "\n").encode())
print(s.makefile().read(), end="")' "$tmp/haproxy.sock" "$1"
}
haproxy_status() { # server → UP, DOWN, MAINT …
  haproxy_command "show stat" | awk -F, -v s="$1" '$1 == "instances" && $2 == s {print $18}'
}
wait_up() { # servers…
  local deadline=$((SECONDS + 60)) server
  for server in "$@"; do
    until [ "$(haproxy_status "$server" 2>/dev/null)" = UP ]; do
      [ $SECONDS -lt $deadline ] || { echo "HAProxy does not see instance $server up" >&2; exit 1; }
      sleep 0.2
    done
  done
}

BASE=$base_a python3 scripts/bench/real.py prepare "$tmp"
BASE=$base_a python3 scripts/bench/real.py cold "$tmp"

mkdir -p "$tmp/classes"
javac -nowarn -d "$tmp/classes" scripts/bench/RealLoad.java
failed=0
load() { # base, set, warm-up seconds, results file
  BASE=$1 CONNECTIONS=$connections java -cp "$tmp/classes" RealLoad "$tmp/targets.tsv" "$2" "$3" "$duration_s" \
    "$tmp/$4" || failed=1
}

# wrk over the paths of one subkind of targets.tsv after a warm-up of WARMUP; a line as RealLoad writes it.
rate() { # base, subkind, results file
  awk -F'\t' -v k="$2" '$1 == k {print $2}' "$tmp/targets.tsv" > "$tmp/paths.txt"
  PATHS_FILE="$tmp/paths.txt" wrk -t2 -c"$connections" -d"${warmup_s}s" --timeout 30s -s scripts/bench/real.lua \
    -H "Authorization: $basic" "$1" > /dev/null
  local result
  result=$(PATHS_FILE="$tmp/paths.txt" wrk -t2 -c"$connections" -d"${duration_s}s" --timeout 30s \
    -s scripts/bench/real.lua -H "Authorization: $basic" "$1" | awk '/^RESULT/ {$1 = "kind\t'"$2"'"; print}' OFS='\t')
  echo "$result" > "$tmp/$3"
  awk -F'\t' '{printf "%-22s %9s requests, %.0f req/s, p50 %s ms, p99 %s ms, max %s ms, non-2xx %s (429: %s, " \
    "5xx: %s), errors %s\n", $2, $3, $3 / $4, $5, $6, $7, $8, $9, $10, $11}' "$tmp/$3"
}

phases=()
measure() { # base, suffix, label
  local base=$1 suffix=$2 flag="$tmp/flag-mix$2"
  phases+=("mix$suffix" "static$suffix" "pages$suffix")
  meta "label-mix$suffix" "$3"
  echo
  echo "== $3: mixed load, $writes writes/s ($duration_s s, after $warmup_s s of warm-up) =="
  local writer=""
  if [ "$writes" != 0 ]; then
    BASE=$base python3 scripts/bench/real.py writer "$tmp" "mix$suffix" "$flag" "$duration_s" "$writes" &
    writer=$!
    pids+=("$writer")
  fi
  START_FLAG=$flag load "$base" mix "$warmup_s" "results-mix$suffix.tsv"
  [ -z "$writer" ] || wait "$writer" || failed=1
  echo "== $3: wrk, GET / (index.html, the ceiling) and subject list pages of every filter (not kept) =="
  rate "$base" static "results-static$suffix.tsv"
  rate "$base" "subjects pages" "results-pages$suffix.tsv"
}

if [ "$instances" = 1 ]; then
  measure "$base_a" "" "1 instance"
else
  base_lb="http://127.0.0.1:$port_lb"
  wait_up a b
  echo "HAProxy (port $port_lb): instances a and b up"
  haproxy_command "disable server instances/b" > /dev/null
  measure "$base_lb" -1 "A alone via HAProxy"
  haproxy_command "enable server instances/b" > /dev/null
  wait_up a b
  measure "$base_lb" -2 "A and B via HAProxy"
  echo
  python3 scripts/bench/real.py check "$tmp" "$base_a" "http://127.0.0.1:$port_b" || failed=1
fi

meta phases "${phases[*]}"
meta loadavg-after "$(cut -d' ' -f1-3 /proc/loadavg)"
python3 scripts/bench/real.py summary "$tmp"
read -r non2xx server errors writes_failed <<< "$(awk -F'\t' '{v[$1]=$2}
  END {print v["non2xx"], v["server"], v["errors"], v["writesFailed"]}' "$tmp/verdict.txt")"
if [ "$server" -gt 0 ]; then
  echo "FAILED: the service answered 5xx ($server times): a bug of the service (see the lines 'not 2xx' above)" >&2
  failed=1
elif [ "$non2xx" -gt 0 ] || [ "$errors" -gt 0 ] || [ "$writes_failed" -gt 0 ]; then
  echo "FAILED: $non2xx answers were not 2xx, $errors connections broke, $writes_failed writes failed" \
    "(see the lines 'not 2xx' and 'write refused' above)" >&2
  failed=1
fi
exit $failed
