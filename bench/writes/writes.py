#!/usr/bin/env python3
"""Drives concurrent event writes at a LearnCal instance it starts itself, as an operator would.

  writes.py crash  --runs 5 --seconds 6   POSTs and PUTs, kill -9 mid-traffic, restart on the same data,
                                          then checks every acknowledged write (exit 1 on any loss)
  writes.py bench  --runs 5 --seconds 10  writes/s of POSTs and PUTs on a fresh database per run

The service runs as `java -jar JAR` with the environment of this process (database settings included) plus
the port and admin token given here. --reset CMD runs before each run to give a fresh database.
"""
import argparse, http.client, json, os, signal, statistics, subprocess, sys, threading, time, urllib.request

ADMIN = "writes-admin-token"


def event_body(title):
    return json.dumps({"title": title, "description": "Charge d'écriture", "language": "fr",
                       "timeZone": "Africa/Casablanca", "start": "2027-02-20T15:00", "end": "2027-02-20T17:00",
                       "format": "online", "joinUrl": "https://meet.example.org/charge", "organizers": ["um6p"],
                       "topics": ["literacy"], "audience": ["teachers"], "free": True}).encode()


def version(etag):
    """An event ETag is "sequence-updatedMillis": both only ever grow."""
    sequence, millis = etag.strip('"').split("-")
    return int(sequence), int(millis)


class Service:
    def __init__(self, jar, port, log):
        self.jar, self.port, self.log, self.process = jar, port, log, None

    def start(self):
        # a SIGTERM to this script must still stop the service (the finally blocks run on SystemExit)
        signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))
        env = dict(os.environ, MICRONAUT_SERVER_PORT=str(self.port), LEARNCAL_ADMIN_TOKEN=ADMIN,
                   LEARNCAL_ADMIN_WRITES_PER_MINUTE="1000000",
                   LEARNCAL_WRITES_PER_MINUTE="1000000")
        self.process = subprocess.Popen(["java", "-jar", self.jar], env=env, stdout=self.log,
                                        stderr=subprocess.STDOUT, start_new_session=True)
        deadline = time.time() + 90
        while time.time() < deadline:
            if self.process.poll() is not None:
                sys.exit(f"service exited with {self.process.returncode}; see its log")
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{self.port}/health", timeout=2) as answer:
                    if answer.status == 200:
                        return
            except OSError:
                pass
            time.sleep(0.3)
        sys.exit("service did not become healthy within 90 s")

    def kill(self, sig):
        self.process.send_signal(sig)
        self.process.wait(timeout=60)


class Writers:
    """Posters create events, updaters PUT their own event again and again; acks holds what was answered."""

    def __init__(self, port, posters, updaters):
        self.port, self.posters, self.updaters = port, posters, updaters
        self.acks = {}  # event id -> (sequence, millis) last acknowledged
        self.count = 0
        self.lock = threading.Lock()
        self.stopping = threading.Event()

    def ack(self, event_id, etag):
        with self.lock:
            self.acks[event_id] = version(etag)
            self.count += 1

    def request(self, connection, method, path, body, headers):
        headers = dict(headers, Authorization="Bearer " + ADMIN, **{"Content-Type": "application/json"})
        connection.request(method, path, body, headers)
        answer = connection.getresponse()
        answer.read()
        return answer

    def post(self, connection, title):
        answer = self.request(connection, "POST", "/api/events", event_body(title), {})
        if answer.status != 201:
            raise RuntimeError(f"POST answered {answer.status}")
        event_id = answer.getheader("Location").rsplit("/", 1)[1]
        self.ack(event_id, answer.getheader("ETag"))
        return event_id, answer.getheader("ETag")

    def poster(self, number):
        connection, n = http.client.HTTPConnection("127.0.0.1", self.port, timeout=10), 0
        try:
            while not self.stopping.is_set():
                n += 1
                self.post(connection, f"Poster {number} event {n}")
        except (OSError, http.client.HTTPException):
            pass  # the service was killed: what was in flight was never acknowledged

    def updater(self, number):
        connection = http.client.HTTPConnection("127.0.0.1", self.port, timeout=10)
        try:
            event_id, etag = self.post(connection, f"Updater {number}")
            n = 0
            while not self.stopping.is_set():
                n += 1
                answer = self.request(connection, "PUT", f"/api/events/{event_id}",
                                      event_body(f"Updater {number} version {n}"), {"If-Match": etag})
                if answer.status != 200:
                    raise RuntimeError(f"PUT answered {answer.status}")
                etag = answer.getheader("ETag")
                self.ack(event_id, etag)
        except (OSError, http.client.HTTPException):
            pass

    def run(self, seconds, stop):
        threads = [threading.Thread(target=self.poster, args=(i,)) for i in range(self.posters)]
        threads += [threading.Thread(target=self.updater, args=(i,)) for i in range(self.updaters)]
        for thread in threads:
            thread.start()
        time.sleep(seconds)
        stop()
        for thread in threads:
            thread.join(30)


def lost_writes(port, acks):
    """Acknowledged events missing after the restart, or back at an older version than acknowledged."""
    lost = []
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
    for event_id, acknowledged in acks.items():
        connection.request("GET", f"/api/events/{event_id}")
        answer = connection.getresponse()
        answer.read()
        if answer.status != 200 or version(answer.getheader("ETag")) < acknowledged:
            lost.append((event_id, acknowledged, answer.status, answer.getheader("ETag")))
    return lost


def crash(args, service):
    acknowledged = lost = 0
    for run in range(1, args.runs + 1):
        reset(args)
        service.start()
        writers = Writers(args.port, args.posters, args.updaters)
        writers.run(args.seconds, lambda: service.kill(signal.SIGKILL))
        writers.stopping.set()
        service.start()
        missing = lost_writes(args.port, writers.acks)
        service.kill(signal.SIGTERM)
        for item in missing[:5]:
            print("  lost:", item)
        print(f"run {run}: {writers.count} writes acknowledged ({len(writers.acks)} events), {len(missing)} lost")
        acknowledged, lost = acknowledged + writers.count, lost + len(missing)
    print(f"total: {acknowledged} acknowledged, {lost} lost")
    return 1 if lost else 0


def bench(args, service):
    rates = []
    for run in range(1, args.runs + 1):
        reset(args)
        service.start()
        writers = Writers(args.port, args.posters, args.updaters)
        started = time.time()
        writers.run(args.seconds, writers.stopping.set)
        rates.append(writers.count / (time.time() - started))
        service.kill(signal.SIGTERM)
        print(f"run {run}: {writers.count} writes, {rates[-1]:.0f} writes/s")
    slow = sorted(rates)[int(0.1 * (len(rates) - 1))]  # the rate 90 % of runs reach (p90 of time per write)
    print(f"writes/s: median {statistics.median(rates):.0f}, p90 {slow:.0f}, "
          f"runs {' '.join(f'{r:.0f}' for r in rates)}; load {os.getloadavg()[0]:.2f}")
    return 0


def reset(args):
    if args.reset:
        subprocess.run(args.reset, shell=True, check=True)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("mode", choices=["crash", "bench"])
    parser.add_argument("--jar", default="target/learncal.jar")
    parser.add_argument("--port", type=int, default=18110)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--seconds", type=float, default=6)
    parser.add_argument("--posters", type=int, default=4)
    parser.add_argument("--updaters", type=int, default=2)
    parser.add_argument("--reset", help="shell command run before each run, e.g. to empty the database")
    parser.add_argument("--log", default="target/writes-service.log")
    args = parser.parse_args()
    with open(args.log, "a") as log:
        service = Service(args.jar, args.port, log)
        try:
            sys.exit(crash(args, service) if args.mode == "crash" else bench(args, service))
        finally:
            if service.process and service.process.poll() is None:
                service.kill(signal.SIGKILL)


if __name__ == "__main__":
    main()
