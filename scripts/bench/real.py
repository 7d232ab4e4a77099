#!/usr/bin/env python3
"""Helper of scripts/bench-real.sh (docs/benchmark.md, "Реалистичная нагрузка / Realistic load").

Python 3 standard library only. Every command reads BASE (http://host:port) and AUTH (the Authorization header)
from the environment and works in the directory DIR.

  real.py prepare DIR              id lists, vocabulary and request targets through the API: DIR/targets.tsv
                                   (for scripts/bench/RealLoad.java), DIR/ids.json (for the writers and checks)
  real.py cold DIR                 first requests of 20 never-asked deficits' recommendations and 20 never-asked
                                   deficits list pages, one at a time: DIR/cold.txt
  real.py writer DIR LABEL FLAG SECONDS RATE
                                   once FLAG exists, RATE writes a second for SECONDS: practices and deficits
                                   changed (PUT with If-Match), projects created; DIR/writes-LABEL.txt
  real.py check DIR BASE_A BASE_B  after a change through A, does B answer it: search, kept list page, object
  real.py summary DIR              the final table from what the other commands and RealLoad wrote
"""
import http.client
import json
import math
import os
import random
import re
import statistics
import sys
import threading
import time
import urllib.parse

PAGE = 100


class Api:
    """One kept-alive connection to BASE, HTTP Basic as the administrator."""

    def __init__(self, base=None):
        url = urllib.parse.urlsplit(base or os.environ["BASE"])
        self.host, self.port = url.hostname, url.port
        self.auth = os.environ["AUTH"]
        self.connection = None

    def call(self, method, path, body=None, headers=None):
        """(status, headers as a lower-case dict, body bytes, seconds)."""
        all_headers = {"Authorization": self.auth, "Accept": "application/json"}
        if body is not None:
            body = json.dumps(body).encode("utf-8")
            all_headers["Content-Type"] = "application/json"
        all_headers.update(headers or {})
        for attempt in (1, 2):
            if self.connection is None:
                self.connection = http.client.HTTPConnection(self.host, self.port, timeout=60)
            try:
                started = time.perf_counter()
                self.connection.request(method, path, body=body, headers=all_headers)
                answer = self.connection.getresponse()
                data = answer.read()
                seconds = time.perf_counter() - started
                return answer.status, {k.lower(): v for k, v in answer.getheaders()}, data, seconds
            except (http.client.HTTPException, OSError):
                self.connection.close()
                self.connection = None
                if attempt == 2:
                    raise
        raise AssertionError("unreachable")

    def get(self, path):
        status, _, data, _ = self.call("GET", path)
        if status != 200:
            raise SystemExit("GET %s answered %d: %s" % (path, status, data[:300].decode("utf-8", "replace")))
        return json.loads(data)

    def all_items(self, path, order="id"):
        """Every item of a list, page by page (PAGE a page, in a stable order)."""
        items, page = [], 0
        join = "&" if "?" in path else "?"
        while True:
            answer = self.get("%s%spage=%d&size=%d&sort=%s,asc" % (path, join, page, PAGE, order))
            items.extend(answer["items"])
            page += 1
            if page >= answer["totalPages"]:
                return items


def encode(path, params):
    return path + ("?" + urllib.parse.urlencode(params) if params else "")


def pages(count, size=20):
    """The pages a person opens of a list of count items: the first most often, then up to four more."""
    last = max(1, math.ceil(count / size))
    return [0, 0, 0] + list(range(1, min(last, 5)))


def words(title):
    return [w for w in re.findall(r"[а-яё]+", title.lower()) if len(w) >= 4]


def prepare(directory):
    api = Api()
    regions = api.all_items("/api/v1/regions", "code")
    districts = api.get("/api/v1/federal-districts")
    open_deficits = api.all_items("/api/v1/deficits?status=OPEN")
    deficits = api.all_items("/api/v1/deficits")
    practices = api.all_items("/api/v1/practices")
    projects = api.all_items("/api/v1/projects")
    subjects = api.all_items("/api/v1/subjects")
    portfolios = api.all_items("/api/v1/portfolios")

    # One or two neighbouring words of the titles actually loaded, so that every search finds something.
    phrases = set()
    for item in deficits + practices:
        found = words(item["title"])
        phrases.update(found)
        phrases.update(" ".join(found[i:i + 2]) for i in range(len(found) - 1))
    phrases = sorted(phrases)

    def count(items, *fields):
        counts = {}
        for item in items:
            key = tuple(item[f] for f in fields)
            counts[key] = counts.get(key, 0) + 1
        return counts

    targets = []

    def add(kind, path, params=None):
        targets.append((kind, encode(path, params)))

    for d in open_deficits:
        add("recommendations", "/api/v1/deficits/%d/recommendations" % d["id"])
    by_region_status = count(deficits, "regionCode", "status")
    by_region = count(deficits, "regionCode")
    practices_by = count(practices, "regionCode", "status")
    practices_by_region = count(practices, "regionCode")
    projects_by_region = count(projects, "regionCode")
    subjects_by_region = count(subjects, "regionCode")
    for region in (r["code"] for r in regions):
        for status in (None, "OPEN", "ADDRESSED", "CLOSED"):
            n = by_region.get((region,), 0) if status is None else by_region_status.get((region, status), 0)
            for sort in (None, "updatedAt,desc", "severity,desc"):
                for page in pages(n):
                    params = {"regionCode": region}
                    if status:
                        params["status"] = status
                    params.update(page=page, size=20)
                    if sort:
                        params["sort"] = sort
                    add("list deficits", "/api/v1/deficits", params)
        for status in (None, "RECOMMENDED", "VERIFIED"):
            n = practices_by_region.get((region,), 0) if status is None else practices_by.get((region, status), 0)
            for page in pages(n):
                params = {"regionCode": region}
                if status:
                    params["status"] = status
                params["page"] = page
                add("list practices", "/api/v1/practices", params)
        for page in pages(projects_by_region.get((region,), 0)):
            add("list projects", "/api/v1/projects", {"regionCode": region, "page": page})
        add("list subjects", "/api/v1/subjects", {"regionCode": region})
    for phrase in phrases:
        add("search", "/api/v1/search", {"q": phrase})
    for kind, path, items in (("object deficit", "deficits", deficits), ("object practice", "practices", practices),
                              ("object project", "projects", projects), ("object subject", "subjects", subjects)):
        for item in items:
            add(kind, "/api/v1/%s/%d" % (path, item["id"]))
    for district in districts:
        add("district map", "/api/v1/influence/map", {"federalDistrictCode": district["code"]})
    add("national map", "/api/v1/influence/map")
    add("static", "/")

    # Subject list pages with every filter the list has, each of its pages: not kept by the service.
    filters = [{}]
    filters += [{"regionCode": r["code"]} for r in regions]
    filters += [{"federalDistrictCode": d["code"]} for d in districts]
    filters += [{"type": t} for t in sorted({s["type"] for s in subjects})]
    filters += [{"level": lv} for lv in sorted({s["level"] for s in subjects})]
    district_of = {r["code"]: r["federalDistrictCode"] for r in regions}

    def matches(subject, f):
        for key, value in f.items():
            if key == "federalDistrictCode":
                return district_of.get(subject["regionCode"]) == value
            return subject.get(key) == value
        return True
    for f in filters:
        n = sum(1 for s in subjects if matches(s, f))
        for sort in (None, "name,asc", "shortName,asc", "id,desc"):
            for page in range(max(1, math.ceil(n / 20))):
                params = dict(f, page=page, size=20)
                if sort:
                    params["sort"] = sort
                add("subjects pages", "/api/v1/subjects", params)

    with open(os.path.join(directory, "targets.tsv"), "w", encoding="utf-8") as out:
        for kind, path in targets:
            out.write("%s\t%s\n" % (kind, path))

    rng = random.Random(20231207)
    regions_with_open = sorted({d["regionCode"] for d in open_deficits})
    cold_regions = rng.sample(regions_with_open, min(20, len(regions_with_open)))
    ids = {
        "openDeficits": [d["id"] for d in open_deficits],
        "openByRegion": {},
        "practices": [p["id"] for p in practices],
        # A project may borrow a practice of another region only once it is published.
        "publishedPractices": [p["id"] for p in practices if p["status"] in ("SUBMITTED", "VERIFIED", "RECOMMENDED")],
        "subjectsByRegion": {},
        "draftPortfolios": [{"id": p["id"], "regionCode": p["regionCode"]} for p in portfolios
                            if p["status"] == "DRAFT"],
        "cold": {
            "recommendations": rng.sample([d["id"] for d in open_deficits], min(20, len(open_deficits))),
            "lists": [encode("/api/v1/deficits", {"regionCode": r, "status": "OPEN", "page": 0, "size": 20,
                                                  "sort": "title,asc"}) for r in cold_regions],
        },
    }
    for d in open_deficits:
        ids["openByRegion"].setdefault(d["regionCode"], []).append(d["id"])
    for s in subjects:
        ids["subjectsByRegion"].setdefault(s["regionCode"], []).append(s["id"])
    with open(os.path.join(directory, "ids.json"), "w", encoding="utf-8") as out:
        json.dump(ids, out)

    # Do the searches hit? A sample of the phrases, asked now (they are asked again under load anyway).
    sample = rng.sample(phrases, min(30, len(phrases)))
    hits = sum(1 for q in sample if api.get(encode("/api/v1/search", {"q": q}))["totalItems"] > 0)
    kinds = {}
    for kind, _ in targets:
        kinds[kind] = kinds.get(kind, 0) + 1
    print("targets: %d regions, %d districts, %d open deficits of %d, %d practices, %d projects, %d subjects, "
          "%d draft portfolios, %d search phrases (%d of %d sampled find something)"
          % (len(regions), len(districts), len(open_deficits), len(deficits), len(practices), len(projects),
             len(subjects), len(ids["draftPortfolios"]), len(phrases), hits, len(sample)))
    print("distinct requests: " + ", ".join("%s %d" % kv for kv in kinds.items()))
    write_pairs(directory, "prepare.txt", {"searchHits": "%d/%d" % (hits, len(sample)),
                                           "openDeficits": len(open_deficits), "phrases": len(phrases)})


def write_pairs(directory, name, pairs):
    with open(os.path.join(directory, name), "w", encoding="utf-8") as out:
        for key, value in pairs.items():
            out.write("%s\t%s\n" % (key, value))


def read_pairs(directory, name):
    path = os.path.join(directory, name)
    if not os.path.exists(path):
        return {}
    with open(path, encoding="utf-8") as f:
        return dict(line.rstrip("\n").split("\t", 1) for line in f if "\t" in line)


def cold(directory):
    api = Api()
    with open(os.path.join(directory, "ids.json"), encoding="utf-8") as f:
        ids = json.load(f)["cold"]
    results = {}
    for name, paths in (("recommendations", ["/api/v1/deficits/%d/recommendations" % i
                                             for i in ids["recommendations"]]),
                        ("lists", ids["lists"])):
        times = []
        for path in paths:
            status, _, data, seconds = api.call("GET", path)
            if status != 200:
                raise SystemExit("GET %s answered %d: %s" % (path, status, data[:300]))
            times.append(seconds * 1000)
        results[name] = "%.1f\t%.1f\t%.1f\t%d" % (statistics.median(times), min(times), max(times), len(times))
        print("first requests, %s: median %.1f ms, min %.1f, max %.1f (%d)"
              % (name, statistics.median(times), min(times), max(times), len(times)))
    write_pairs(directory, "cold.txt", results)


SUFFIX = re.compile(r" (Обновлено|Уточнено) при замере \d+\.$")


class Writer(threading.Thread):
    """Writes of one kind at a steady rate, as people write: each write starts when it is due, whether the ones
    before have ended or not (at most IN_FLIGHT at a time). A stale ETag (412/409) is counted and tried again."""

    IN_FLIGHT = 8

    def __init__(self, kind, rate, seconds, ids, seed):
        super().__init__(daemon=True)
        self.kind, self.rate, self.seconds, self.ids = kind, rate, seconds, ids
        self.random = random.Random(seed)
        self.connections = threading.local()
        self.lock = threading.Lock()
        self.made = self.failed = self.conflicts = self.late = 0
        self.latencies = []
        self.problems = []

    @property
    def api(self):
        if not hasattr(self.connections, "api"):
            self.connections.api = Api()
        return self.connections.api

    def run(self):
        slots = threading.Semaphore(self.IN_FLIGHT)
        workers = []
        started = time.monotonic()
        due = started
        while due - started < self.seconds:
            now = time.monotonic()
            if now < due:
                time.sleep(due - now)
            due += 1 / self.rate
            if not slots.acquire(blocking=False):
                with self.lock:
                    self.late += 1  # every slot busy: this write waits for one
                slots.acquire()
            worker = threading.Thread(target=self.one, args=(slots,), daemon=True)
            worker.start()
            workers.append(worker)
        for worker in workers:
            worker.join()

    def one(self, slots):
        try:
            ok = getattr(self, self.kind)()
        except (OSError, http.client.HTTPException, ValueError, KeyError) as e:
            ok = False
            self.note("%s: %s" % (self.kind, e))
        finally:
            slots.release()
        with self.lock:
            if ok:
                self.made += 1
            else:
                self.failed += 1

    def note(self, problem):
        with self.lock:
            self.problems.append(problem)

    def timed(self, method, path, body=None, headers=None):
        status, answer_headers, data, seconds = self.api.call(method, path, body, headers)
        if method != "GET":
            with self.lock:
                self.latencies.append(seconds * 1000)
        return status, answer_headers, data

    def update(self, path, body_of):
        for _ in range(5):
            status, headers, data = self.timed("GET", path)
            if status != 200:
                self.note("GET %s: %d" % (path, status))
                return False
            body = body_of(json.loads(data))
            status, _, data = self.timed("PUT", path, body, {"If-Match": headers["etag"]})
            if 200 <= status < 300:
                return True
            if status in (409, 412):
                with self.lock:
                    self.conflicts += 1
                continue
            self.note("PUT %s: %d %s" % (path, status, data[:200].decode("utf-8", "replace")))
            return False
        return False

    def stamp(self, text, word):
        return SUFFIX.sub("", text or "") + " %s при замере %d." % (word, self.random.randrange(10 ** 6))

    def practice(self):
        def body(p):
            return {"title": p["title"], "summary": self.stamp(p["summary"], "Обновлено")[-2000:],
                    "description": p.get("description"), "regionCode": p["regionCode"],
                    "subjectId": (p.get("subject") or {}).get("id"), "categoryCodes": p["categoryCodes"],
                    "targetGroups": p.get("targetGroups"), "results": p.get("results"),
                    "evidence": p.get("evidence"), "yearsInOperation": p.get("yearsInOperation"),
                    "maturity": p["maturity"]}
        return self.update("/api/v1/practices/%d" % self.random.choice(self.ids["practices"]), body)

    def deficit(self):
        def body(d):
            severity = self.random.choice([s for s in ("LOW", "MEDIUM", "HIGH", "CRITICAL") if s != d["severity"]])
            return {"title": d["title"], "description": self.stamp(d.get("description"), "Уточнено")[-8000:],
                    "regionCode": d["regionCode"], "subjectId": d.get("subjectId"),
                    "categoryCodes": d["categoryCodes"], "severity": severity, "sessionId": d.get("sessionId")}
        return self.update("/api/v1/deficits/%d" % self.random.choice(self.ids["openDeficits"]), body)

    def project(self):
        portfolio = self.random.choice(self.ids["draftPortfolios"])
        region = portfolio["regionCode"]
        body = {"portfolioId": portfolio["id"], "goal": "Закрыть дефицит региона за учебный год",
                "title": "Проект региона %s: наставничество, замер %d" % (region, self.random.randrange(10 ** 6)),
                "startDate": "2026-01-15", "endDate": "2026-12-20",
                "practiceIds": [self.random.choice(self.ids["publishedPractices"])]}
        deficits = self.ids["openByRegion"].get(region)
        if deficits:
            body["deficitIds"] = [self.random.choice(deficits)]
        subjects = self.ids["subjectsByRegion"].get(region)
        if subjects:
            body["leadSubjectId"] = self.random.choice(subjects)
        status, _, data = self.timed("POST", "/api/v1/projects", body)
        if status == 201:
            return True
        self.note("POST /api/v1/projects: %d %s" % (status, data[:200].decode("utf-8", "replace")))
        return False


def writer(directory, label, flag, seconds, rate):
    with open(os.path.join(directory, "ids.json"), encoding="utf-8") as f:
        ids = json.load(f)
    waited = time.monotonic()
    while not os.path.exists(flag):
        if time.monotonic() - waited > 300:
            raise SystemExit("the load never started")
        time.sleep(0.02)
    writers = [Writer("practice", rate * 0.4, seconds, ids, 1), Writer("deficit", rate * 0.4, seconds, ids, 2),
               Writer("project", rate * 0.2, seconds, ids, 3)]
    for w in writers:
        w.start()
    for w in writers:
        w.join()
    latencies = sorted(x for w in writers for x in w.latencies)
    p = (lambda q: latencies[max(0, math.ceil(q / 100 * len(latencies)) - 1)]) if latencies else (lambda q: 0)
    pairs = {"seconds": seconds}
    for w in writers:
        pairs[w.kind] = w.made
    pairs.update(made=sum(w.made for w in writers), failed=sum(w.failed for w in writers),
                 conflicts=sum(w.conflicts for w in writers), late=sum(w.late for w in writers),
                 p50="%.1f" % p(50), p99="%.1f" % p(99))
    write_pairs(directory, "writes-%s.txt" % label, pairs)
    for problem in [x for w in writers for x in w.problems][:10]:
        print("write refused: " + problem)


def check(directory, base_a, base_b):
    """A change through A, then the same questions to A and to B: does B answer what the database holds?"""
    with open(os.path.join(directory, "ids.json"), encoding="utf-8") as f:
        ids = json.load(f)
    a, b = Api(base_a), Api(base_b)
    rng = random.Random()
    word = "".join(rng.choice("бвгджзклмнпрстф") + rng.choice("аеиоу") for _ in range(6))
    # A practice gets a new word in its title through A; its search and object are asked of both.
    practice = rng.choice(ids["practices"])
    path = "/api/v1/practices/%d" % practice
    _, headers, data, _ = a.call("GET", path)
    p = json.loads(data)
    body = {"title": (p["title"] + " " + word)[:500], "summary": p["summary"], "description": p.get("description"),
            "regionCode": p["regionCode"], "subjectId": (p.get("subject") or {}).get("id"),
            "categoryCodes": p["categoryCodes"], "targetGroups": p.get("targetGroups"), "results": p.get("results"),
            "evidence": p.get("evidence"), "yearsInOperation": p.get("yearsInOperation"), "maturity": p["maturity"]}
    search = encode("/api/v1/search", {"q": word})
    b.call("GET", search)  # B has been asked once before the change
    status, _, _, _ = a.call("PUT", path, body, {"If-Match": headers["etag"]})
    if status != 200:
        raise SystemExit("the change through A was refused: %d" % status)
    time.sleep(2)
    found_a = json.loads(a.call("GET", search)[2])["totalItems"]
    found_b = json.loads(b.call("GET", search)[2])["totalItems"]
    title_b = json.loads(b.call("GET", path)[2])["title"]
    # A deficit's severity changes through A; a kept list page of its region is asked of B before and after.
    deficit = rng.choice(ids["openDeficits"])
    dpath = "/api/v1/deficits/%d" % deficit
    _, headers, data, _ = a.call("GET", dpath)
    d = json.loads(data)
    page = encode("/api/v1/deficits", {"regionCode": d["regionCode"], "size": 100, "sort": "id,asc"})
    b.call("GET", page)
    severity = "LOW" if d["severity"] != "LOW" else "HIGH"
    a.call("PUT", dpath, {"title": d["title"], "description": d.get("description"), "regionCode": d["regionCode"],
                          "subjectId": d.get("subjectId"), "categoryCodes": d["categoryCodes"], "severity": severity,
                          "sessionId": d.get("sessionId")}, {"If-Match": headers["etag"]})
    time.sleep(2)

    def severity_in(api):
        items = json.loads(api.call("GET", page)[2])["items"]
        return next((i["severity"] for i in items if i["id"] == deficit), None)
    on_a, on_b = severity_in(a), severity_in(b)
    object_b = json.loads(b.call("GET", dpath)[2])["severity"]
    pairs = {
        "search": "A finds %d, B finds %d (a word put into practice %d's title through A, 2 s before)"
                  % (found_a, found_b, practice),
        "object": "B's practice %d %s the new title; B's deficit %d says %s (the database: %s)"
                  % (practice, "has" if word in title_b else "lacks", deficit, object_b, severity),
        "list": "deficits page of region %s: A says %s, B says %s for deficit %d (the database: %s)"
                % (d["regionCode"], on_a, on_b, deficit, severity),
    }
    write_pairs(directory, "check.txt", pairs)
    for value in pairs.values():
        print("after a change through A: " + value)


def summary(directory):
    meta = read_pairs(directory, "meta.txt")
    phases = meta.get("phases", "").split()

    def results(name):
        path = os.path.join(directory, "results-%s.tsv" % name)
        rows = {}
        if os.path.exists(path):
            with open(path, encoding="utf-8") as f:
                for line in f:
                    level, kind, n, seconds, p50, p99, top, non2xx, throttled, server, errors = \
                        line.rstrip("\n").split("\t")
                    rows[kind] = dict(level=level, n=int(n), rps=int(n) / float(seconds), p50=p50, p99=p99,
                                      max=top, non2xx=int(non2xx), throttled=int(throttled), server=int(server),
                                      errors=int(errors))
        return rows

    print()
    print("== Реалистичная нагрузка / Realistic load: %s ==" % meta.get("title", ""))
    print("load average of the machine: %s before, %s after" % (meta.get("loadavg-before"),
                                                                  meta.get("loadavg-after")))
    mixes = [p for p in phases if p.startswith("mix")]
    columns = [(p, results(p)) for p in mixes]
    header = "%-22s" % "kind"
    for phase, _ in columns:
        header += " | %-29s" % meta.get("label-" + phase, phase)
    if len(columns) == 2:
        header += " | req/s change"
    print(header)
    sub = "%-22s" % ""
    for _ in columns:
        sub += " | %7s %7s %7s %6s" % ("req/s", "p50 ms", "p99 ms", "non2xx")
    print(sub)
    kinds = list(columns[0][1].keys()) if columns else []
    for kind in kinds:
        row = columns[0][1][kind]
        line = "%-22s" % (("  " if row["level"] == "subkind" else "") + kind)
        for _, rows in columns:
            r = rows.get(kind)
            line += " | %7.0f %7s %7s %6d" % (r["rps"], r["p50"], r["p99"], r["non2xx"]) if r else " | %29s" % ""
        if len(columns) == 2 and kind in columns[1][1] and columns[0][1][kind]["rps"] > 0:
            line += " | %+6.0f %%" % ((columns[1][1][kind]["rps"] / columns[0][1][kind]["rps"] - 1) * 100)
        print(line)
    for phase in mixes:
        w = read_pairs(directory, "writes-%s.txt" % phase)
        if w:
            print("writes (%s): %s made in %s s (practices %s, deficits %s, projects created %s), %s failed, "
                  "%s stale ETags retried, %s started late; PUT/POST p50 %s ms, p99 %s ms"
                  % (meta.get("label-" + phase, phase), w["made"], w["seconds"], w["practice"], w["deficit"],
                     w["project"], w["failed"], w["conflicts"], w["late"], w["p50"], w["p99"]))
    for suffix in sorted({p.split("-", 1)[1] if "-" in p else "" for p in phases if p.startswith("static")}):
        tail = "-" + suffix if suffix else ""
        static = results("static" + tail).get("static")
        unkept = results("pages" + tail).get("subjects pages")
        label = meta.get("label-mix" + tail, "")
        if static:
            print("GET / (index.html, the ceiling), wrk, %s: %.0f req/s, p50 %s ms, p99 %s ms, non-2xx %d"
                  % (label, static["rps"], static["p50"], static["p99"], static["non2xx"]))
        if static and unkept:
            print("subject list pages, unkept, wrk, %s: %.0f req/s = %.0f %% of GET /, p50 %s ms, p99 %s ms, "
                  "non-2xx %d"
                  % (label, unkept["rps"], unkept["rps"] / static["rps"] * 100, unkept["p50"], unkept["p99"],
                     unkept["non2xx"]))
    c = read_pairs(directory, "cold.txt")
    first = meta.get("cold-map")
    if first or c:
        line = "first requests after start:"
        if first:
            line += " national map %s;" % first
        for name, label in (("recommendations", "recommendations of a never-asked deficit"),
                            ("lists", "a never-asked deficits page")):
            if name in c:
                median, low, high, n = c[name].split("\t")
                line += " %s median %s ms (%s–%s, %s asked);" % (label, median, low, high, n)
        print(line.rstrip(";"))
    p = read_pairs(directory, "prepare.txt")
    if p:
        print("search phrases: %s from the loaded titles, %s of a sample find something" % (p["phrases"],
                                                                                              p["searchHits"]))
    for key, value in read_pairs(directory, "check.txt").items():
        print("two instances, after a change through A (%s): %s" % (key, value))
    totals = [rows.get("all") or next(iter(rows.values())) for rows in map(results, phases) if rows]
    verdict = {key: sum(r[key] for r in totals) for key in ("non2xx", "throttled", "server", "errors")}
    verdict["writesFailed"] = sum(int(read_pairs(directory, "writes-%s.txt" % p).get("failed", 0)) for p in mixes)
    print("non-2xx answers in all phases: %(non2xx)d (429: %(throttled)d, 5xx: %(server)d), "
          "connection errors: %(errors)d, failed writes: %(writesFailed)d" % verdict)
    write_pairs(directory, "verdict.txt", verdict)


def main():
    command, args = sys.argv[1], sys.argv[2:]
    if command == "prepare":
        prepare(*args)
    elif command == "cold":
        cold(*args)
    elif command == "writer":
        writer(args[0], args[1], args[2], float(args[3]), float(args[4]))
    elif command == "check":
        check(*args)
    elif command == "summary":
        summary(*args)
    else:
        raise SystemExit(__doc__)


if __name__ == "__main__":
    main()
