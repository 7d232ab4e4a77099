#!/usr/bin/env python3
"""Loads a country's worth of objects through the public API, one object per request (docs/benchmark.md).

Usage: scripts/bench/h2-load.py BASE_URL USER PASSWORD [SCALE, default 0.1] [CLIENTS, default 4]

Subjects, people, deficits, practices, a portfolio per region and year, projects in them, then every deficit
changed twice (If-Match with the ETag of the last answer): at scale 1.0 the counts of the national dataset.
Each request is its own transaction, as an integrator's would be. Standard library only; exits 1 on any error.
"""
import base64
import http.client
import json
import random
import sys
import threading
import time
import urllib.parse
from concurrent.futures import ThreadPoolExecutor

YEARS = (2023, 2024, 2025)
# Passes over objects already counted: their writes are counted as "… changes" / "… transitions".
PASSES = ("practices verified", "deficits changed twice")
SUBJECT_TYPES = ("EDUCATION_DEVELOPMENT_INSTITUTE", "CNPPM", "UNIVERSITY", "ASSESSMENT_CENTER",
                 "MUNICIPAL_SERVICE", "SCHOOL_SERVICE", "REGIONAL_AUTHORITY")
SEVERITIES = ("LOW", "MEDIUM", "HIGH", "CRITICAL")
MATURITIES = ("EMERGING", "ESTABLISHED", "SUSTAINABLE")
WORDS = ("наставничество молодых педагогов методическое сопровождение диагностика профессиональных дефицитов "
         "стажировки для учителей математики цифровая образовательная среда закрепление молодых специалистов "
         "управленческий резерв директоров функциональная грамотность сетевое взаимодействие институт развития "
         "образования школы края муниципальные методические службы индивидуальный образовательный маршрут "
         "повышение квалификации педагогические классы вузы партнёры сельские школы мониторинг результатов "
         "естественнонаучная грамотность читательская грамотность классное руководство воспитательная работа").split()
SURNAMES = ("Кочешкова", "Иванова", "Петров", "Смирнова", "Кузнецов", "Попова", "Соколов", "Лебедева", "Новиков")
NAMES = ("Ирина Юрьевна", "Анна Сергеевна", "Павел Олегович", "Елена Викторовна", "Дмитрий Андреевич")


class Api:
    """HTTP Basic requests on one keep-alive connection per thread."""

    def __init__(self, base, user, password):
        url = urllib.parse.urlsplit(base)
        self.host, self.port = url.hostname, url.port
        self.auth = "Basic " + base64.b64encode(f"{user}:{password}".encode()).decode()
        self.local = threading.local()

    def call(self, method, path, body=None, etag=None):
        headers = {"Authorization": self.auth, "Accept": "application/json"}
        data = None
        if body is not None:
            data = json.dumps(body).encode()
            headers["Content-Type"] = "application/json"
        if etag:
            headers["If-Match"] = etag
        for attempt in range(3):
            connection = getattr(self.local, "connection", None)
            if connection is None:
                connection = self.local.connection = http.client.HTTPConnection(self.host, self.port, timeout=60)
            try:
                connection.request(method, path, data, headers)
                response = connection.getresponse()
                text = response.read()
                return response.status, response.getheader("ETag"), json.loads(text) if text else None
            except (http.client.HTTPException, ConnectionError):
                connection.close()
                self.local.connection = None
                if attempt == 2:
                    raise
        raise AssertionError("unreachable")


class Loader:
    def __init__(self, api, scale, clients):
        self.api, self.clients = api, clients
        self.random = random.Random(20231207)
        self.counts = {}
        self.errors = []
        self.lock = threading.Lock()
        self.scale = scale

    def sentence(self, words):
        return " ".join(self.random.choice(WORDS) for _ in range(words)).capitalize()

    def run(self, kind, bodies, send):
        """Sends each body with send(body) → (ok, description) on the clients in parallel; counts the oks."""
        started = time.monotonic()
        results = []
        with ThreadPoolExecutor(self.clients) as pool:
            for ok, answer in pool.map(send, bodies):
                if ok:
                    results.append(answer)
                else:
                    self.errors.append(f"{kind}: {answer}")
        self.counts[kind] = len(results)
        print(f"  {kind}: {len(results)} in {time.monotonic() - started:.1f} s", flush=True)
        return results

    def create(self, path):
        def send(body):
            status, etag, answer = self.api.call("POST", path, body)
            if status != 201:
                return False, f"{status} {json.dumps(answer, ensure_ascii=False)[:300]}"
            return True, answer
        return send

    def load(self):
        regions = [r["code"] for r in self.api.call("GET", "/api/v1/regions?size=100")[2]["items"]]
        categories = [c["code"] for c in self.api.call("GET", "/api/v1/categories?size=100")[2]["items"]
                      if c.get("parentCode")]
        rnd = self.random
        count = lambda full: max(1, round(full * self.scale))

        subjects = self.run("subjects", [{
            "name": f"{rnd.choice(('ИРО', 'ЦНППМ', 'Университет', 'Методический центр'))} "
                    f"{self.sentence(3)} №{i}",
            "shortName": f"ЕФС-{i}", "type": rnd.choice(SUBJECT_TYPES), "regionCode": rnd.choice(regions),
            "description": self.sentence(20)} for i in range(count(2000))], self.create("/api/v1/subjects"))
        by_region = {}
        for subject in subjects:
            by_region.setdefault(subject["regionCode"], []).append(subject["id"])
        subject_ids = [s["id"] for s in subjects]

        self.run("people", [{
            "fullName": f"{rnd.choice(SURNAMES)} {rnd.choice(NAMES)} {i}", "position": "руководитель проекта",
            "subjectId": rnd.choice(subject_ids), "notes": self.sentence(12)} for i in range(count(3000))],
            self.create("/api/v1/people"))

        def regional(body, region):
            body["regionCode"] = region
            if by_region.get(region):
                body["subjectId"] = rnd.choice(by_region[region])
            body["categoryCodes"] = rnd.sample(categories, rnd.randint(1, 3))
            return body

        deficits = self.run("deficits", [regional({
            "title": f"{self.sentence(6)} ({i})", "description": self.sentence(60),
            "severity": rnd.choice(SEVERITIES)}, rnd.choice(regions)) for i in range(count(20000))],
            self.create("/api/v1/deficits"))
        practices = self.run("practices", [regional({
            "title": f"{self.sentence(4)} ({i})", "summary": self.sentence(25), "description": self.sentence(120),
            "targetGroups": self.sentence(6), "results": self.sentence(20), "evidence": self.sentence(8),
            "yearsInOperation": rnd.randint(1, 8), "maturity": rnd.choice(MATURITIES)}, rnd.choice(regions))
            for i in range(count(20000))], self.create("/api/v1/practices"))

        def verify(practice):
            path, etag = f"/api/v1/practices/{practice['id']}/transitions", '"%d"' % practice["version"]
            for status in ("SUBMITTED", "VERIFIED"):
                code, etag, answer = self.api.call("POST", path, {"to": status}, etag)
                if code != 200:
                    return False, f"{status} {code} {json.dumps(answer, ensure_ascii=False)[:300]}"
            return True, practice["id"]

        # A quarter of the practices verified (two transitions each): projects may use only those.
        verified = self.run("practices verified", practices[::4], verify)
        self.counts["practice transitions"] = 2 * len(verified)
        portfolios = self.run("portfolios", [{
            "regionCode": region, "year": year, "summary": self.sentence(30)}
            for region in regions for year in YEARS], self.create("/api/v1/portfolios"))

        deficits_of = {}
        for deficit in deficits:
            deficits_of.setdefault(deficit["regionCode"], []).append(deficit["id"])
        practice_ids = verified

        def project(i):
            portfolio = rnd.choice(portfolios)
            region = portfolio["regionCode"]
            own = deficits_of.get(region, [])
            body = {"portfolioId": portfolio["id"], "title": f"{self.sentence(4)} ({i})", "goal": self.sentence(15),
                    "description": self.sentence(80), "expectedResults": self.sentence(20),
                    "startDate": f"{portfolio['year']}-02-01", "endDate": f"{portfolio['year'] + 1}-12-31",
                    "deficitIds": rnd.sample(own, min(len(own), rnd.randint(1, 3))),
                    "practiceIds": rnd.sample(practice_ids, min(len(practice_ids), rnd.randint(0, 2))),
                    "partnerSubjectIds": rnd.sample(subject_ids, rnd.randint(0, 2))}
            if by_region.get(region):
                body["leadSubjectId"] = rnd.choice(by_region[region])
            return body

        self.run("projects", [project(i) for i in range(count(5000))], self.create("/api/v1/projects"))

        severities = {d["id"]: rnd.sample(SEVERITIES, 2) for d in deficits}

        def change_twice(deficit):
            path = f"/api/v1/deficits/{deficit['id']}"
            status, etag, current = self.api.call("GET", path)
            if status != 200:
                return False, f"GET {status}"
            for severity in severities[deficit["id"]]:
                body = {key: current[key] for key in ("title", "regionCode", "subjectId", "categoryCodes",
                                                      "sessionId")}
                body["severity"] = severity
                body["description"] = current["description"] + " Уточнено."
                status, etag, answer = self.api.call("PUT", path, body, etag)
                if status != 200:
                    return False, f"PUT {status} {json.dumps(answer, ensure_ascii=False)[:300]}"
                current = answer
            return True, deficit["id"]

        changed = self.run("deficits changed twice", deficits, change_twice)
        self.counts["deficit changes"] = 2 * len(changed)


def main():
    if len(sys.argv) < 4:
        print(__doc__, file=sys.stderr)
        sys.exit(2)
    base, user, password = sys.argv[1:4]
    scale = float(sys.argv[4]) if len(sys.argv) > 4 else 0.1
    clients = int(sys.argv[5]) if len(sys.argv) > 5 else 4
    loader = Loader(Api(base, user, password), scale, clients)
    started = time.monotonic()
    loader.load()
    elapsed = time.monotonic() - started
    written = sum(v for k, v in loader.counts.items() if k not in PASSES)
    print(f"loaded: {', '.join(f'{v} {k}' for k, v in loader.counts.items() if k not in PASSES)}")
    print(f"load: {written} writes (one object per request) in {elapsed:.1f} s, {written / elapsed:.0f} writes/s,"
          f" {loader.clients} clients")
    for error in loader.errors[:10]:
        print("error: " + error, file=sys.stderr)
    if loader.errors:
        print(f"{len(loader.errors)} requests failed", file=sys.stderr)
        sys.exit(1)


if __name__ == "__main__":
    main()
