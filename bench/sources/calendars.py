#!/usr/bin/env python3
"""Serves N calendars of M events each on 127.0.0.1:PORT (/cal/0.ics ... /cal/N-1.ics), shaped like a Google
Calendar export, with a strong ETag: a conditional GET with it gets a 304. POST /change moves one event in ten of
every calendar by an hour, with SEQUENCE 1 (new bodies, new ETags). Usage: calendars.py PORT N M"""
import hashlib
import sys
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

PORT, SOURCES, EVENTS = int(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3])


def calendar(index, changed=False):
    lines = ["BEGIN:VCALENDAR", "PRODID:-//Google Inc//Google Calendar 70.9054//EN", "VERSION:2.0",
             "CALSCALE:GREGORIAN", "METHOD:PUBLISH", f"X-WR-CALNAME:Bench city {index}",
             "X-WR-TIMEZONE:Europe/Paris"]
    for event in range(EVENTS):
        day, hour = 1 + event % 28, 8 + event % 10
        moved = changed and event % 10 == 0
        hour += 1 if moved else 0
        month = 1 + (event // 28) % 12
        lines += ["BEGIN:VEVENT", f"DTSTART:2027{month:02d}{day:02d}T{hour:02d}0000Z",
                  f"DTEND:2027{month:02d}{day:02d}T{hour + 1:02d}0000Z", "DTSTAMP:20261130T101500Z",
                  f"UID:bench-{index}-{event}@google.com", f"SEQUENCE:{1 if moved else 0}", "STATUS:CONFIRMED",
                  f"SUMMARY:Atelier {event} de la ville {index}",
                  f"DESCRIPTION:Atelier numéro {event} pour les adultes en formation.",
                  f"LOCATION:Médiathèque {event % 7}\\, Nantes", "CATEGORIES:literacy", "END:VEVENT"]
    lines.append("END:VCALENDAR")
    return ("\r\n".join(lines) + "\r\n").encode()


def serve(changed):
    global BODIES, ETAGS
    BODIES = [calendar(i, changed) for i in range(SOURCES)]
    ETAGS = ['"' + hashlib.sha256(body).hexdigest()[:16] + '"' for body in BODIES]


serve(False)


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def do_GET(self):
        index = int(self.path.split("/")[-1].split(".")[0])
        if self.headers.get("If-None-Match") == ETAGS[index]:
            self.send_response(304)
            self.send_header("ETag", ETAGS[index])
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        self.send_response(200)
        self.send_header("Content-Type", "text/calendar; charset=utf-8")
        self.send_header("ETag", ETAGS[index])
        self.send_header("Content-Length", str(len(BODIES[index])))
        self.end_headers()
        self.wfile.write(BODIES[index])

    def do_POST(self):
        serve(True)
        self.send_response(204)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def log_message(self, *args):
        pass


ThreadingHTTPServer(("127.0.0.1", PORT), Handler).serve_forever()
