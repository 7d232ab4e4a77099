#!/usr/bin/env bash
# Lighthouse (desktop preset) on the overview and the influence page, signed in, with the national dataset: prints
# the performance and accessibility scores of each page and the JavaScript it loaded, file by file.
# Usage: scripts/measure-lighthouse.sh [SCALE, default 1.0]   (builds target/quarkus-app if missing; needs chromium)
# PAGES replaces the pages measured (PAGES='/ /influence /influence?view=matrix'); OUT=<dir> keeps the reports.
set -euo pipefail
cd "$(dirname "$0")/.."
scale=${1:-1.0}
pages=${PAGES:-"/ /influence"}
chrome=${CHROME_PATH:-$(command -v chromium || command -v chromium-browser || true)}
[ -n "$chrome" ] || { echo "chromium is missing: apt-get install chromium" >&2; exit 1; }
[ -f target/quarkus-app/quarkus-run.jar ] || mvn -B -q package -DskipTests
[ -x tools/lighthouse/node_modules/.bin/lighthouse ] || (cd tools/lighthouse && npm ci --no-audit --no-fund)

port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
data=$(mktemp -d)
pid=
trap '[ -n "$pid" ] && kill $pid 2>/dev/null; rm -rf "$data"' EXIT
password=Measure-Lighthouse-1
EFS_DATA_DIR="$data" EFS_HTTP_PORT="$port" EFS_HTTP_HOST=127.0.0.1 EFS_ADMIN_PASSWORD=$password \
  EFS_NATIONAL_DATA="$scale" java -jar target/quarkus-app/quarkus-run.jar > "$data/service.log" 2>&1 &
pid=$!
echo "loading the national dataset at scale $scale…"
for _ in $(seq 1 3600); do
  if curl -fs "http://127.0.0.1:$port/q/health/ready" > /dev/null 2>&1; then break; fi
  kill -0 "$pid" 2>/dev/null || { cat "$data/service.log" >&2; exit 1; }
  sleep 0.5
done
# The search index rebuilds after the load; the pages are measured once the service has settled.
curl -fs -u "admin:$password" "http://127.0.0.1:$port/api/v1/influence/map" > /dev/null
sleep 5

auth=$(printf 'admin:%s' "$password" | base64)
for path in $pages; do
  name=$(echo "$path" | tr -c 'a-zA-Z0-9\n' '_')
  CHROME_PATH="$chrome" tools/lighthouse/node_modules/.bin/lighthouse "http://127.0.0.1:$port$path" \
    --preset=desktop --only-categories=performance,accessibility --quiet --output=json \
    --output-path="$data/lh$name.json" --extra-headers="{\"Authorization\":\"Basic $auth\"}" \
    --chrome-flags="--headless=new --no-sandbox --disable-background-networking --disable-component-update \
--disable-default-apps --disable-sync --no-first-run --metrics-recording-only"
  node -e '
    const r = require(process.argv[1]);
    const s = (c) => r.categories[c].score.toFixed(2);
    const a = (id) => r.audits[id].displayValue || "";
    console.log(`${process.argv[2]}: performance ${s("performance")}, accessibility ${s("accessibility")}; ` +
      `FCP ${a("first-contentful-paint")}, LCP ${a("largest-contentful-paint")}, TBT ${a("total-blocking-time")}, ` +
      `CLS ${a("cumulative-layout-shift")}, interactive ${a("interactive")}`);
    const scripts = r.audits["network-requests"].details.items.filter((i) => i.resourceType === "Script");
    let total = 0;
    for (const i of scripts) {
      total += i.transferSize;
      console.log(`  ${(i.transferSize / 1024).toFixed(1).padStart(7)} KiB sent (${(i.resourceSize / 1024)
        .toFixed(1)} KiB)  ${new URL(i.url).pathname}`);
    }
    console.log(`  ${(total / 1024).toFixed(1).padStart(7)} KiB of JavaScript in all`);
    for (const shift of (r.audits["layout-shifts"]?.details?.items ?? []).slice(0, 5)) {
      console.log(`  layout shift ${shift.score.toFixed(3)}: ${shift.node?.selector ?? "?"} ${shift.node?.nodeLabel ?? ""}`
        .slice(0, 160));
    }
    for (const [id, audit] of Object.entries(r.audits)) {
      if (audit.score !== null && audit.score < 1 && r.categories.accessibility.auditRefs.some((x) => x.id === id)) {
        console.log(`  accessibility: ${id} — ${audit.title}`);
      }
    }
  ' "$data/lh$name.json" "$path"
  [ -z "${OUT:-}" ] || { mkdir -p "$OUT" && cp "$data/lh$name.json" "$OUT/"; }
done
