#!/usr/bin/env python3
"""Outage test: a running instance on PostgreSQL while PostgreSQL stops for about 10 s, then starts again.

Asserts: requests that need the database get 503 problem+json (type .../unavailable, Retry-After) within 3 s of
the stop, and at once (under 0.5 s) once the instance knows the database is down; a feed fetched before keeps answering 200 or 304 throughout; /health goes DOWN, then UP again; and the
service recovers without a restart. The caller (60-outage.sh) always starts PostgreSQL again.
"""
import http.client, json, os, subprocess, sys, threading, time

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "..", "bench", "writes"))
from writes import Service  # noqa: E402

PORT = int(os.environ.get("OUTAGE_PORT", "18120"))
FEED = "/calendar/networks/gnlc.ics"
failures = []


def get(path, headers=None, timeout=10):
    connection = http.client.HTTPConnection("127.0.0.1", PORT, timeout=timeout)
    started = time.time()
    connection.request("GET", path, headers=headers or {})
    answer = connection.getresponse()
    body = answer.read()
    connection.close()
    return answer, body, time.time() - started


def check(condition, message):
    print(("ok    " if condition else "FAIL  ") + message)
    if not condition:
        failures.append(message)


class FeedPoller(threading.Thread):
    """Fetches the cached feed every 0.2 s, by turns plainly and with If-None-Match; records every answer."""

    def __init__(self, etag):
        super().__init__(daemon=True)
        self.etag, self.answers, self.stopping = etag, [], threading.Event()

    def run(self):
        turn = 0
        while not self.stopping.is_set():
            turn += 1
            headers = {"If-None-Match": self.etag} if turn % 2 else {}
            try:
                answer, _, took = get(FEED, headers)
                self.answers.append((answer.status, answer.getheader("ETag"), took))
            except OSError as error:
                self.answers.append((repr(error), None, 0))
            time.sleep(0.2)


def wait_for(predicate, seconds):
    deadline = time.time() + seconds
    while time.time() < deadline:
        if predicate():
            return True
        time.sleep(0.2)
    return False


def main():
    stop, start, down_seconds = os.environ["OUTAGE_PG_STOP"], os.environ["OUTAGE_PG_START"], 10
    with open(os.environ.get("OUTAGE_LOG", "target/outage-service.log"), "a") as log:
        service = Service(os.environ.get("OUTAGE_JAR", "target/learncal.jar"), PORT, log)
        service.start()
        try:
            answer, _, _ = get(FEED)
            check(answer.status == 200, f"feed before the outage: {answer.status}")
            poller = FeedPoller(answer.getheader("ETag"))
            poller.start()
            time.sleep(1)

            print("-- stopping PostgreSQL:", stop)
            subprocess.run(stop, shell=True, check=True)
            stopped = time.time()
            answer, body, took = get("/api/events")
            first_503 = time.time() - stopped
            problem = json.loads(body) if answer.getheader("Content-Type") == "application/problem+json" else {}
            check(answer.status == 503, f"/api/events during the outage: {answer.status}")
            check(first_503 < 3, f"503 within 3 s of the stop: {first_503:.2f} s (request took {took:.2f} s)")
            check(problem.get("type") == "https://learncal.org/problems/unavailable", f"problem type {problem}")
            check(answer.getheader("Retry-After") is not None, f"Retry-After: {answer.getheader('Retry-After')}")
            refusals = [get(f"/api/events?q=outage{i}") for i in range(10)]
            slowest_refusal = max(took for _, _, took in refusals)
            check(all(answer.status == 503 for answer, _, _ in refusals) and slowest_refusal < 0.5,
                  f"once known down, 10 more requests refused at once: statuses "
                  f"{sorted(set(answer.status for answer, _, _ in refusals))}, slowest {slowest_refusal:.3f} s, "
                  f"median {sorted(took for _, _, took in refusals)[5]:.3f} s")
            answer, body, took = get("/health")
            check(answer.status == 503 and b'"DOWN"' in body, f"/health during the outage: {answer.status} "
                  f"{body[:60]!r} in {took:.2f} s")
            time.sleep(max(0, down_seconds - (time.time() - stopped)))

            print("-- starting PostgreSQL:", start)
            subprocess.run(start, shell=True, check=True)
            back = time.time()
            recovered = wait_for(lambda: get("/api/events")[0].status == 200, 30)
            check(recovered, f"/api/events answers 200 again after {time.time() - back:.2f} s")
            check(wait_for(lambda: get("/health")[0].status == 200, 15), "/health UP again")
            time.sleep(1)
            poller.stopping.set()
            poller.join(10)
            statuses = [status for status, _, _ in poller.answers]
            slowest = max(took for _, _, took in poller.answers)
            check(all(status in (200, 304) for status in statuses),
                  f"feed answered 200/304 throughout: {len(statuses)} polls, statuses {sorted(set(map(str, statuses)))}, "
                  f"slowest {slowest:.2f} s")
        finally:
            service.kill(15)
    print(f"outage test: {len(failures)} failure(s)")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
