"""Walks a LearnCal change feed from the start to its last page over one keep-alive connection.
Usage: python3 walk.py BASE_URL [LIMIT] ; prints items, pages and seconds as one line of JSON."""
import http.client
import json
import sys
import time
from urllib.parse import urlsplit

base = sys.argv[1]
limit = int(sys.argv[2]) if len(sys.argv) > 2 else 500
parts = urlsplit(base)
connection = http.client.HTTPConnection(parts.hostname, parts.port)
path = "/api/changes" + ("" if limit == 500 else "?limit=%d" % limit)
items = pages = deleted = 0
started = time.perf_counter()
while True:
    connection.request("GET", path)
    response = connection.getresponse()
    page = json.loads(response.read())
    pages += 1
    following = urlsplit(page["next"])
    following = following.path + ("?" + following.query if following.query else "")
    if not page["items"] and following == path:
        break
    items += len(page["items"])
    deleted += sum(1 for item in page["items"] if item["state"] == "deleted")
    path = following
elapsed = time.perf_counter() - started
print(json.dumps({"items": items, "deleted": deleted, "pages": pages, "seconds": round(elapsed, 3),
                  "events_per_second": round(items / elapsed)}))
