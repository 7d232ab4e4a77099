#!/usr/bin/env bash
# Measures a spreadsheet import: a CSV file of ROWS new practices (default 20,000) across the regions and categories,
# first checked (?dryRun=true), then imported for real, with the seconds each took and the practices the service
# then lists and finds. Usage: scripts/bench-import.sh [ROWS, default 20000]
# The service is started from target/quarkus-app (built when missing) on a fresh temporary data directory.
set -euo pipefail
cd "$(dirname "$0")/.."
rows=${1:-20000}
[ -f target/quarkus-app/quarkus-run.jar ] || mvn -B -q package -DskipTests
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
data=$(mktemp -d)
base="http://127.0.0.1:$port"
EFS_DATA_DIR="$data" EFS_HTTP_PORT="$port" EFS_HTTP_HOST=127.0.0.1 EFS_ADMIN_PASSWORD=bench-password \
  java ${JAVA_OPTS:-} -jar target/quarkus-app/quarkus-run.jar > "$data/service.log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null || true; wait $pid 2>/dev/null || true; rm -rf "$data"' EXIT
until curl -fs "$base/q/health/ready" > /dev/null 2>&1; do
  kill -0 $pid 2>/dev/null || { cat "$data/service.log" >&2; exit 1; }
  sleep 0.5
done
basic="Authorization: Basic $(printf 'admin:bench-password' | base64)"
curl -fs -H "$basic" "$base/api/v1/regions?size=100" > "$data/regions.json"
curl -fs -H "$basic" "$base/api/v1/categories?size=100" > "$data/categories.json"
python3 - "$data" "$rows" <<'PY'
import csv, json, sys
data, rows = sys.argv[1], int(sys.argv[2])
regions = [r["code"] for r in json.load(open(f"{data}/regions.json"))["items"]]
categories = [c["code"] for c in json.load(open(f"{data}/categories.json"))["items"] if c.get("parentCode")]
maturity = ["Формирующаяся", "Сложившаяся", "Устойчивая"]
header = ["Название", "Краткое описание", "Подробное описание", "Код региона", "Коды категорий", "Зрелость", "Лет в работе"]
lines = [header]
for i in range(rows):
    lines.append([f"Практика наставничества № {i + 1}", f"Пары наставников и молодых педагогов, волна {i % 97 + 1}",
                  "Наставники из школ-лидеров сопровождают молодых педагогов в течение двух лет",
                  regions[i % len(regions)], ", ".join({categories[i % len(categories)],
                  categories[(i * 7 + 3) % len(categories)]}), maturity[i % 3], str(i % 10)])
with open(f"{data}/practices.csv", "w", encoding="utf-8-sig", newline="") as f:
    csv.writer(f, delimiter=";").writerows(lines)
PY
size=$(stat -c %s "$data/practices.csv")
echo "file: $rows practices, $size bytes"
# CPU seconds the service used (user + system), so that a figure can be compared on a machine busy with other work
cpu() { awk -v tck="$(getconf CLK_TCK)" '{printf "%.1f", ($14 + $15) / tck}' "/proc/$pid/stat"; }
for dry in true false; do
  before=$(cpu)
  curl -s -o "$data/report.json" -w "dryRun=$dry: HTTP %{http_code}, %{time_total} s" -H "$basic" \
    -F "file=@$data/practices.csv;type=text/csv" "$base/api/v1/imports/practices?dryRun=$dry"
  echo ", service CPU $(python3 -c "print(round($(cpu) - $before, 1))") s; load average $(cut -d' ' -f1 /proc/loadavg)"
  python3 - "$data/report.json" <<'PY'
import json, sys
answer = json.load(open(sys.argv[1]))
report = (answer.get("details") or {}).get("report", answer)
print("  rows", report.get("rowsRead"), "to create", report.get("toCreate"), "written", report.get("written"),
      "errors", len(report.get("errors") or []), (report.get("errors") or [answer.get("detail")])[:2])
PY
done
total=$(curl -fs -H "$basic" "$base/api/v1/practices?size=1" | python3 -c 'import json,sys; print(json.load(sys.stdin)["totalItems"])')
found=$(curl -fs -H "$basic" "$base/api/v1/search?q=%D0%BD%D0%B0%D1%81%D1%82%D0%B0%D0%B2%D0%BD%D0%B8%D1%87%D0%B5%D1%81%D1%82%D0%B2%D0%B0" | python3 -c 'import json,sys; print(json.load(sys.stdin).get("totalItems"))')
echo "practices listed after the import: $total; found by search: $found"
