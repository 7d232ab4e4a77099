#!/usr/bin/env bash
# Measures the national-scale endpoints on the generated dataset (docs/benchmark.md): the influence map of the
# country and of one district, recommendations for open deficits, Russian search and a filtered deficits page, each
# with HTTP Basic and with a session cookie, at 32 connections and 2 wrk threads.
# Usage: scripts/bench-national.sh [SCALE, default 1.0] [DURATION, default 15s] [WARM-UP, default 10s]
# The service is started from target/quarkus-app (built when missing) on a fresh temporary data directory.
# ONLY=<regex> measures only the endpoints whose name matches (e.g. ONLY=map), and times only their first request.
set -euo pipefail
cd "$(dirname "$0")/.."
scale=${1:-1.0}
duration=${2:-15s}
warmup=${3:-10s}
command -v wrk > /dev/null || { echo "wrk is needed: apt-get install -y wrk" >&2; exit 1; }
[ -f target/quarkus-app/quarkus-run.jar ] || mvn -B -q package -DskipTests
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
data=$(mktemp -d)
base="http://127.0.0.1:$port"
started=$(date +%s.%N)
EFS_DATA_DIR="$data" EFS_HTTP_PORT="$port" EFS_HTTP_HOST=127.0.0.1 EFS_ADMIN_PASSWORD=bench-password \
  EFS_NATIONAL_DATA="$scale" java ${JAVA_OPTS:-} -jar target/quarkus-app/quarkus-run.jar > "$data/service.log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null || true; wait $pid 2>/dev/null || true; rm -rf "$data"' EXIT
until curl -fs "$base/q/health/ready" > /dev/null 2>&1; do
  kill -0 $pid 2>/dev/null || { cat "$data/service.log" >&2; exit 1; }
  sleep 0.2
done
printf 'scale %s: ready after %.1f s\n' "$scale" "$(echo "$(date +%s.%N) - $started" | bc)"
grep -hoE 'National dataset \(scale [^)]*\): [0-9]+ rows in [0-9]+ ms|Search index rebuilt: [0-9]+ objects in [0-9]+ ms' \
  "$data/service.log" || true

basic="Authorization: Basic $(printf 'admin:bench-password' | base64)"
session=$(curl -s -i -H 'Content-Type: application/json' -d '{"username":"admin","password":"bench-password"}' \
  "$base/api/v1/auth/login" | awk -F'[=;]' '/^[Ss]et-[Cc]ookie: EFS_SESSION=/ {print $2}')
cookie="Cookie: EFS_SESSION=$session"

# Fifty open deficits of the Far East district to ask recommendations for, in turn.
open_ids=$(curl -fs -H "$basic" "$base/api/v1/deficits?status=OPEN&size=50&sort=id,asc" |
  python3 -c 'import json,sys; print(" ".join(str(i["id"]) for i in json.load(sys.stdin)["items"]))')
recommendations=""
for id in $open_ids; do recommendations+="/api/v1/deficits/$id/recommendations|"; done
searches=""
for q in "наставничество молодых педагогов" "методическое сопровождение" "диагностика профессиональных дефицитов" \
  "стажировки для учителей математики" "цифровая образовательная среда" "закрепление молодых специалистов" \
  "управленческий резерв директоров" "функциональная грамотность" "наставник" "сетевое взаимодействие ИРО"; do
  searches+="/api/v1/search?q=$q|"
done

# The ten edges with the most items, all items of each: what the map's side panel asks for when an edge is opened.
# That first national map is also the cold figure of the "national map" row.
map_cold=$(curl -fs -o "$data/map.json" -w '%{time_total} s, %{size_download} bytes' -H "$basic" \
  "$base/api/v1/influence/map")
edges=$(python3 -c 'import json,sys
edges = sorted(json.load(open(sys.argv[1]))["edges"], key=lambda e: -e["itemCount"])[:10]
print("".join("/api/v1/influence/edges/%s/%s|" % (e["fromRegionCode"], e["toRegionCode"]) for e in edges))' \
  "$data/map.json")

# Ten pages of one filter, for the row measured while a deficit changes five times a second: every change puts
# the kept pages out of date, so this row shows fresh pages among kept ones.
deficit_pages=""
for page in 0 1 2 3 4 5 6 7 8 9; do
  deficit_pages+="/api/v1/deficits?page=$page&size=20&status=OPEN&federalDistrictCode=SIBFD&sort=updatedAt,desc|"
done

declare -a names=("national map" "national map, 3 items/edge" "district map (FEFD)" "one edge, all items"
  "recommendations" "search" "deficits page" "deficits pages, writing")
declare -a paths=("/api/v1/influence/map" "/api/v1/influence/map?itemsPerEdge=3"
  "/api/v1/influence/map?federalDistrictCode=FEFD" "$edges" "$recommendations"
  "$searches" "/api/v1/deficits?page=3&size=20&status=OPEN&federalDistrictCode=SIBFD&sort=updatedAt,desc"
  "$deficit_pages")
declare -a writes=(0 0 0 0 0 0 0 5)

# Changes one deficit's severity back and forth, $1 times a second, as the administrator (If-Match with the ETag
# each answer gives), until killed; writes the number of changes made to $data/writes.
write_deficits() {
  local id etag made=0 pause
  pause=$(echo "scale=3; 1 / $1" | bc)
  id=$(curl -fs -H "$basic" "$base/api/v1/deficits?size=1&status=OPEN&federalDistrictCode=SIBFD" |
    python3 -c 'import json,sys; print(json.load(sys.stdin)["items"][0]["id"])')
  declare -A body
  for severity in LOW HIGH; do
    body[$severity]=$(curl -fs -H "$basic" "$base/api/v1/deficits/$id" | SEVERITY=$severity python3 -c 'import json,os,sys
d = json.load(sys.stdin)
print(json.dumps({"title": d["title"], "description": d["description"], "regionCode": d["regionCode"],
  "subjectId": d["subjectId"], "categoryCodes": d["categoryCodes"], "severity": os.environ["SEVERITY"],
  "sessionId": d["sessionId"]}))')
  done
  etag=$(curl -fsI -H "$basic" "$base/api/v1/deficits/$id" | awk -F': ' 'tolower($1) == "etag" {print $2}' | tr -d '\r')
  trap 'echo $made > "$data/writes"; exit 0' TERM
  while true; do
    for severity in LOW HIGH; do
      etag=$(curl -fs -o /dev/null -D - -X PUT -H "$basic" -H 'Content-Type: application/json' -H "If-Match: $etag" \
        -d "${body[$severity]}" "$base/api/v1/deficits/$id" | awk -F': ' 'tolower($1) == "etag" {print $2}' | tr -d '\r')
      [ -n "$etag" ] || { echo "a change of deficit $id was refused" >&2; echo $made > "$data/writes"; exit 1; }
      made=$((made + 1))
      sleep "$pause"
    done
  done
}

only=${ONLY:-.}

measure() { # paths, header, duration → "p50 p99 rps non2xx errors"
  PATHS="$1" wrk -t2 -c32 -d"$3" --timeout 30s -s scripts/bench/national.lua -H "$2" "$base" |
    awk '/^RESULT/ {print $2, $3, $4, $5, $6}'
}

cold() { # one request of a path (with its query) → "seconds s, bytes bytes"
  local path=${1%%\?*} query="" pairs=() args=()
  [[ $1 == *\?* ]] && query=${1#*\?}
  IFS='&' read -ra pairs <<< "$query"
  for pair in "${pairs[@]}"; do args+=(--data-urlencode "$pair"); done
  curl -s -o /dev/null -G -H "$basic" -w '%{time_total} s, %{size_download} bytes' "${args[@]}" "$base$path"
}
# The first request of each endpoint after startup, one at a time: what it costs before anything is kept.
echo
for i in "${!names[@]}"; do
  [[ ${names[$i]} =~ $only ]] || continue
  if [ "$i" -eq 0 ]; then
    echo "cold (first request) ${names[$i]}: $map_cold"
  else
    echo "cold (first request) ${names[$i]}: $(cold "${paths[$i]%%|*}")"
  fi
done
printf '\n%-22s %-8s %10s %10s %9s %7s\n' endpoint auth "p50, ms" "p99, ms" "req/s" "non-2xx"
for i in "${!names[@]}"; do
  [[ ${names[$i]} =~ $only ]] || continue
  # JIT warm-up of both paths, and the answers a running service would have kept.
  measure "${paths[$i]}" "$basic" "$warmup" > /dev/null
  measure "${paths[$i]}" "$cookie" "$warmup" > /dev/null
  for auth in basic cookie; do
    header=$basic
    [ $auth = cookie ] && header=$cookie
    writer=""
    if [ "${writes[$i]}" -gt 0 ]; then
      write_deficits "${writes[$i]}" &
      writer=$!
    fi
    read -r p50 p99 rps non2xx errors <<< "$(measure "${paths[$i]}" "$header" "$duration")"
    made=""
    if [ -n "$writer" ]; then
      kill -TERM $writer && wait $writer || true
      made=" ($(cat "$data/writes") changes)"
    fi
    printf '%-22s %-8s %10s %10s %9s %7s%s\n' "${names[$i]}" "$auth" "$p50" "$p99" "$rps" "$((non2xx + errors))" \
      "$made"
  done
done
