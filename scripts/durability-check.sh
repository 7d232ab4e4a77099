#!/usr/bin/env bash
# Durability under kill -9: every write the service acknowledged (201) must survive a hard crash.
#
#   scripts/durability-check.sh [ROUNDS]     (default 10)
#
# Each round starts the packaged service on a fresh data directory and a free port on 127.0.0.1, fires
# acknowledged writes (POST /api/v1/subjects as the administrator, several writers in parallel), kills the
# process with kill -9 at a random moment while writes are in flight, starts it again on the same data
# directory and checks that every subject whose creation was answered 201 is there (GET 200).
# Exits non-zero if any acknowledged write is lost. Only 127.0.0.1 is contacted; every loop is bounded.
set -euo pipefail

ROUNDS="${1:-10}"
WRITERS="${DURABILITY_WRITERS:-4}"
MAX_WRITES_PER_WRITER=2000      # bound per writer and round; the kill comes long before
READY_TIMEOUT_S=120
ADMIN_USER=admin
ADMIN_PASSWORD="durability-$RANDOM$RANDOM"

if ! [[ "$ROUNDS" =~ ^[1-9][0-9]*$ ]]; then
    echo "usage: $0 [ROUNDS]   (a positive number, default 10)" >&2
    exit 2
fi
for tool in curl java; do
    command -v "$tool" >/dev/null || { echo "durability: $tool is needed" >&2; exit 2; }
done

cd "$(dirname "$0")/.."
JAR=target/quarkus-app/quarkus-run.jar
if [[ ! -f "$JAR" ]]; then
    echo "durability: building the service ($JAR is missing)"
    mvn -B -q package -DskipTests
fi

WORK="$(mktemp -d -t efs-durability.XXXXXX)"
SERVICE_PID=""

stop_service() {
    local signal="$1"
    if [[ -n "$SERVICE_PID" ]] && kill -0 "$SERVICE_PID" 2>/dev/null; then
        kill "-$signal" "$SERVICE_PID" 2>/dev/null || true
        wait "$SERVICE_PID" 2>/dev/null || true
    fi
    SERVICE_PID=""
}

cleanup() {
    stop_service TERM
    rm -rf "$WORK"
}
trap cleanup EXIT

# A port nothing listens on, below the kernel's ephemeral range (32768+), so that no client connection of the
# writers can hold it when the service starts again.
free_port() {
    local port attempt
    for attempt in $(seq 1 200); do
        port=$((20000 + RANDOM % 12000))
        if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
            echo "$port"
            return 0
        fi
    done
    echo "durability: no free port found" >&2
    return 1
}

# Starts the service on data directory $1 and port $2, logging to $3; waits until it is ready.
start_service() {
    local data_dir="$1" port="$2" log="$3" waited=0
    EFS_DATA_DIR="$data_dir" EFS_HTTP_PORT="$port" EFS_HTTP_HOST=127.0.0.1 \
        EFS_ADMIN_USER="$ADMIN_USER" EFS_ADMIN_PASSWORD="$ADMIN_PASSWORD" \
        java -jar "$JAR" >"$log" 2>&1 &
    SERVICE_PID=$!
    while ! curl -fsS --max-time 2 -o /dev/null "http://127.0.0.1:$port/q/health/ready" 2>/dev/null; do
        if ! kill -0 "$SERVICE_PID" 2>/dev/null; then
            echo "durability: the service stopped while starting; its log:" >&2
            tail -n 40 "$log" >&2
            return 1
        fi
        if ((waited >= READY_TIMEOUT_S * 4)); then
            echo "durability: the service was not ready after ${READY_TIMEOUT_S}s; its log:" >&2
            tail -n 40 "$log" >&2
            return 1
        fi
        sleep 0.25
        waited=$((waited + 1))
    done
}

# Starts the service on data directory $1 (log $2) on a free port, trying another port if this one was taken in
# between; sets PORT.
start_anywhere() {
    local data_dir="$1" log="$2" attempt
    for attempt in 1 2 3; do
        PORT=$(free_port)
        if start_service "$data_dir" "$PORT" "$log"; then
            return 0
        fi
        grep -q "seems to be in use" "$log" || return 1
        echo "durability: port $PORT was taken, trying another" >&2
    done
    return 1
}

# One writer: creates subjects until the service goes away, recording the id of every 201 it got.
writer() {
    local base="$1" round="$2" number="$3" acked="$4" others="$5" n code headers body id
    headers="$WORK/headers.$number"
    for n in $(seq 1 "$MAX_WRITES_PER_WRITER"); do
        body="{\"name\":\"Институт развития образования, проверка устойчивости $round-$number-$n\",\"type\":\"EDUCATION_DEVELOPMENT_INSTITUTE\",\"regionCode\":\"27\"}"
        # No complete answer (connection refused or cut by the kill): not acknowledged, and the writer stops.
        code=$(curl -sS --max-time 15 -o /dev/null -D "$headers" -w '%{http_code}' \
            -u "$ADMIN_USER:$ADMIN_PASSWORD" -H 'Content-Type: application/json' -H 'Accept: application/json' \
            --data-binary "$body" "$base/api/v1/subjects" 2>/dev/null) || break
        if [[ "$code" == 201 ]]; then
            id=$(tr -d '\r' <"$headers" | sed -n 's#^[Ll]ocation:.*/api/v1/subjects/\([0-9][0-9]*\)$#\1#p')
            if [[ -z "$id" ]]; then
                echo "201 without a Location id" >>"$others"
            else
                echo "$id" >>"$acked"
            fi
        else
            echo "$code" >>"$others"
        fi
    done
}

total_acked=0
total_lost=0
total_other=0
for round in $(seq 1 "$ROUNDS"); do
    dir="$WORK/round-$round"
    mkdir -p "$dir/data"
    acked="$dir/acked"
    others="$dir/others"
    : >"$acked"
    : >"$others"

    start_anywhere "$dir/data" "$dir/first.log"
    base="http://127.0.0.1:$PORT"

    writer_pids=()
    for w in $(seq 1 "$WRITERS"); do
        writer "$base" "$round" "$w" "$acked" "$others" &
        writer_pids+=("$!")
    done
    # Once writes are being acknowledged, the kill comes at a random moment 0.5 to 3.4 s later.
    for attempt in $(seq 1 240); do
        [[ -s "$acked" ]] && break
        sleep 0.25
    done
    sleep "$((RANDOM % 3)).$((5 + RANDOM % 5))"
    kill -9 "$SERVICE_PID"
    wait "$SERVICE_PID" 2>/dev/null || true
    SERVICE_PID=""
    for pid in "${writer_pids[@]}"; do
        wait "$pid" || true
    done

    start_anywhere "$dir/data" "$dir/second.log"
    base="http://127.0.0.1:$PORT"

    count=$(sort -u "$acked" | wc -l)
    lost=0
    if ((count > 0)); then
        # One curl for all ids (one connection), each transfer answering "<status> <url>". A control id that
        # was never created must answer 404, or the check could not see a loss at all.
        control="$base/api/v1/subjects/9000000000"
        {
            sort -u "$acked" | sed "s#^#$base/api/v1/subjects/#"
            echo "$control"
        } | awk '{ printf "url = \"%s\"\noutput = \"/dev/null\"\n", $1 }' >"$dir/check.curl"
        curl -s --max-time 300 -u "$ADMIN_USER:$ADMIN_PASSWORD" -w '%{http_code} %{url_effective}\n' \
            -K "$dir/check.curl" >"$dir/check.out" || true
        if ! grep -qx "404 $control" "$dir/check.out"; then
            echo "durability: the control GET of a never-created subject did not answer 404; the check is blind" >&2
            exit 1
        fi
        found=$(grep -v " $control\$" "$dir/check.out" | grep -c '^200 ' || true)
        lost=$((count - found))
        grep -v " $control\$" "$dir/check.out" | grep -v '^200 ' | head -n 20 | sed 's/^/    lost: /' || true
    fi
    stop_service TERM
    other=$(wc -l <"$others")
    echo "round $round: $count acknowledged writes, $lost lost, $other other answers"
    if ((other > 0)); then
        sort "$others" | uniq -c | sed 's/^/    other answer: /'
    fi
    total_acked=$((total_acked + count))
    total_lost=$((total_lost + lost))
    total_other=$((total_other + other))
    rm -rf "$dir"
done

echo "durability: $ROUNDS rounds, $total_acked acknowledged writes, $total_lost lost"
if ((total_lost > 0)); then
    exit 1
fi
