#!/usr/bin/env python3
"""neuroio-billing export against a server that misbehaves on purpose, written here: rate
limits with both forms of Retry-After, 503s, cut bodies, resets. The export must come out
exactly as the server's rows where they can be had, and whole or not at all where they cannot,
whether it goes to a file, standard output, a named pipe or a device."""
import csv
import email.utils
import http.server
import io
import json
import os
import socket
import stat
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse

APP = sys.argv[1]
TOKEN = "resilience-token"
checks = 0


def fail(message):
    print("FAIL: " + message)
    sys.exit(1)


def check(condition, message):
    global checks
    if not condition:
        fail(message)
    checks += 1


def export(args, timeout=120, stdout_to=None):
    env = dict(os.environ, NEUROIO_API_TOKEN=TOKEN)
    return subprocess.run([APP, "export"] + args, env=env, timeout=timeout,
                          stdout=stdout_to if stdout_to is not None else subprocess.PIPE,
                          stderr=subprocess.PIPE)


ROWS = [{"id": i + 1, "month": "2026-%02d" % (i % 6 + 1), "space_id": 100 + i % 7,
         "space_name": "Space %d" % (i % 7), "event_type": i % 4 + 1, "quantity": i * 3}
        for i in range(137)]
PAGE = 10


class Server(http.server.BaseHTTPRequestHandler):
    # What the next answer to each offset is: a list of faults, used up one by one, then rows.
    faults = {}
    always = None  # a fault for every request
    lock = threading.Lock()
    served = []
    limits_asked = []

    protocol_version = "HTTP/1.1"

    def do_GET(self):
        query = urllib.parse.parse_qs(urllib.parse.urlparse(self.path).query)
        offset = int(query.get("offset", ["0"])[0])
        asked = int(query.get("limit", ["20"])[0])
        limit = min(asked, PAGE)
        with Server.lock:
            Server.limits_asked.append(asked)
            pending = Server.faults.get(offset, [])
            fault = Server.always or (pending.pop(0) if pending else None)
            Server.served.append((offset, fault))
        if fault == "reset":
            self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER,
                                       b"\x01\x00\x00\x00\x00\x00\x00\x00")
            self.connection.close()
            self.close_connection = True
            return
        if fault in ("429-date", "429-seconds", "503"):
            status = 503 if fault == "503" else 429
            after = (email.utils.formatdate(time.time() + 1, usegmt=True)
                     if fault == "429-date" else "1")
            body = json.dumps({"detail": "Slow down."}).encode()
            self.send_response(status)
            self.send_header("Retry-After", after)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)
            return
        if fault == "500":
            body = b'{"detail": "Internal error."}'
            self.send_response(500)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)
            return
        page = ROWS[offset:offset + limit]
        more = offset + limit < len(ROWS)
        body = json.dumps({"count": len(ROWS),
                           "next": ("http://%s/v1/billing/usage/?limit=%d&offset=%d"
                                    % (self.headers["Host"], limit, offset + limit))
                           if more else None,
                           "previous": None, "results": page}).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if fault == "cut":
            self.wfile.write(body[:len(body) // 2])
            self.wfile.flush()
            self.connection.shutdown(socket.SHUT_RDWR)
            self.close_connection = True
            return
        self.wfile.write(body)

    def log_message(self, *args):
        pass


def reset_server(faults=None, always=None):
    Server.faults = {k: list(v) for k, v in (faults or {}).items()}
    Server.always = always
    Server.served = []


def csv_rows(data):
    return list(csv.DictReader(io.StringIO(data.decode("utf-8"))))


httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Server)
threading.Thread(target=httpd.serve_forever, daemon=True).start()
url = "http://127.0.0.1:%d" % httpd.server_address[1]
common = ["--base-url", url, "--from", "2026-01", "--to", "2026-06"]

with tempfile.TemporaryDirectory() as folder:
    out = lambda name: os.path.join(folder, name)

    # Every kind of passing failure, each on a page of its own: the export still has exactly
    # the server's rows, each once, and stderr says what it waited for.
    reset_server({0: ["429-date"], 10: ["503"], 20: ["500", "500"], 30: ["cut"],
                  40: ["reset"], 50: ["429-seconds"]})
    run = export(common + ["--output", out("flaky.csv")])
    check(run.returncode == 0, "flaky export: %d %r" % (run.returncode, run.stderr))
    with open(out("flaky.csv"), encoding="utf-8") as f:
        got = csv_rows(f.read().encode())
    check([int(r["id"]) for r in got] == [r["id"] for r in ROWS],
          "flaky export: rows lost, repeated or out of order: %s" % [r["id"] for r in got])
    check([int(r["quantity"]) for r in got] == [r["quantity"] for r in ROWS], "quantities")
    stderr = run.stderr.decode()
    check("rate limited, HTTP 429" in stderr and "as the server asked" in stderr,
          "the wait is not said: %r" % stderr)
    check("HTTP 503" in stderr and "HTTP 500" in stderr and "cut short" in stderr,
          "each retry is said: %r" % stderr)
    # One page's retry reads only that page again.
    offsets = [o for o, _ in Server.served]
    for offset in range(60, len(ROWS), PAGE):
        check(offsets.count(offset) == 1, "page %d read %d times" % (offset, offsets.count(offset)))

    # A server that keeps failing late, on the last pages: exit 4 after the tries, saying how
    # many; no file, and nothing at all on standard output (the first pages were fine, and
    # were not streamed), for CSV and JSON alike.
    reset_server({120: ["503"] * 20, 130: ["503"] * 20})
    for fmt in ("csv", "json"):
        run = export(common + ["--format", fmt, "--output", "-", "--max-retries", "2",
                               "--timeout", "5"])
        check(run.returncode == 4, "always 503 (%s): %d %r" % (fmt, run.returncode, run.stderr))
        check(run.stdout == b"", "partial %s on stdout: %r" % (fmt, run.stdout[:80]))
        check(b"Gave up after 3 tries" in run.stderr, "tries not said: %r" % run.stderr)
    reset_server(always="503")
    run = export(common + ["--output", out("never.csv"), "--max-retries", "0"])
    check(run.returncode == 4 and not os.path.exists(out("never.csv")), "file after failure")
    check(b"tries" not in run.stderr, "one try is not 'tries': %r" % run.stderr)

    # With no retries allowed, a rate limit is final at once.
    reset_server(always="429-seconds")
    run = export(common + ["--output", "-", "--max-retries", "0"])
    check(run.returncode == 4 and run.stdout == b"", "429: %d" % run.returncode)

    # Standard output, whole: exactly what a file gets.
    reset_server()
    run = export(common + ["--format", "json", "--output", "-"])
    check(run.returncode == 0 and json.loads(run.stdout) == ROWS, "json on stdout")
    run = export(common + ["--output", "/dev/stdout"])
    check(run.returncode == 0 and [int(r["id"]) for r in csv_rows(run.stdout)]
          == [r["id"] for r in ROWS], "/dev/stdout to a pipe: %d %r" % (run.returncode,
                                                                         run.stderr))
    with open(out("redirected.csv"), "wb") as target:
        run = export(common + ["--output", "/dev/stdout"], stdout_to=target)
    check(run.returncode == 0, "/dev/stdout to a file: %r" % run.stderr)
    with open(out("redirected.csv"), "rb") as f:
        check(len(csv_rows(f.read())) == len(ROWS), "/dev/stdout to a file: rows")

    # A named pipe stays a pipe, and its reader gets the whole export; a failed export gives
    # the reader an empty end instead of leaving it waiting. A pipe no one reads is refused
    # after a short grace, not waited on forever.
    fifo = out("export.fifo")
    os.mkfifo(fifo)

    def read_pipe():
        """Opens the read end first, as a waiting `cat` would, and reads it on a thread."""
        descriptor = os.open(fifo, os.O_RDONLY | os.O_NONBLOCK)
        os.set_blocking(descriptor, True)
        got = {"bytes": b""}

        def drain():
            with os.fdopen(descriptor, "rb") as pipe:
                got["bytes"] = pipe.read()
        thread = threading.Thread(target=drain)
        return got, thread

    got, thread = read_pipe()
    run = export(common + ["--output", fifo])
    thread.start()
    thread.join(30)
    check(run.returncode == 0 and len(csv_rows(got["bytes"])) == len(ROWS),
          "fifo: %d %r" % (run.returncode, run.stderr))
    check(stat.S_ISFIFO(os.stat(fifo).st_mode), "the named pipe was replaced")
    reset_server(always="500")
    got, thread = read_pipe()
    run = export(common + ["--output", fifo, "--max-retries", "0"])
    thread.start()
    thread.join(30)
    check(run.returncode == 4 and got["bytes"] == b"", "fifo after failure: %r" % got["bytes"][:80])
    check(stat.S_ISFIFO(os.stat(fifo).st_mode), "the named pipe was replaced on failure")
    reset_server()
    run = export(common + ["--output", fifo])
    check(run.returncode == 5 and b"no program is reading this named pipe" in run.stderr,
          "fifo without a reader: %d %r" % (run.returncode, run.stderr))

    # Devices stay devices; a full one fails with exit 5 and the reason.
    reset_server()
    run = export(common + ["--output", "/dev/null"])
    check(run.returncode == 0, "/dev/null: %r" % run.stderr)
    check(stat.S_ISCHR(os.stat("/dev/null").st_mode), "/dev/null is no longer a device")
    if os.path.exists("/dev/full"):
        for fmt in ("csv", "json"):
            run = export(common + ["--format", fmt, "--output", "/dev/full"])
            check(run.returncode == 5 and b"No space left on device" in run.stderr,
                  "/dev/full (%s): %d %r" % (fmt, run.returncode, run.stderr))
        check(stat.S_ISCHR(os.stat("/dev/full").st_mode), "/dev/full is no longer a device")

    # A process substitution, as bash's >(gzip > x.gz) makes it: /dev/fd/N, a pipe.
    run = subprocess.run(["bash", "-c", 'NEUROIO_API_TOKEN=%s "%s" export %s --output '
                          '>(cat > "%s")' % (TOKEN, APP, " ".join(common),
                                               out("substituted.csv"))],
                         capture_output=True, timeout=60)
    time.sleep(0.5)  # the substituted cat ends after bash
    with open(out("substituted.csv"), "rb") as f:
        check(run.returncode == 0 and len(csv_rows(f.read())) == len(ROWS),
              "process substitution: %d %r" % (run.returncode, run.stderr))

    # Bad values for the new options name them.
    for args, word in ((["--timeout", "0"], b"--timeout"), (["--timeout", "abc"], b"--timeout"),
                       (["--max-retries", "-1"], b"--max-retries"),
                       (["--max-retries", "99"], b"--max-retries"),
                       (["--max-parallel", "0"], b"--max-parallel"),
                       (["--max-parallel", "33"], b"--max-parallel"),
                       (["--page-size", "0"], b"--page-size"),
                       (["--page-size", "1e3"], b"--page-size"),
                       (["--page-size", "10", "--totals"], b"--page-size")):
        run = export(common + args + ["--output", out("x.csv")])
        check(run.returncode == 2 and word in run.stderr, "%s: %r" % (args, run.stderr))

    # --page-size asks for that many rows a page; a server that caps lower is followed.
    for size, first, rest in ((4, 4, 4), (50, 50, 10), (1, 1, 1)):
        reset_server()
        Server.limits_asked = []
        run = export(common + ["--page-size", str(size), "--max-parallel", "3",
                               "--output", out("sized.csv")])
        check(run.returncode == 0, "--page-size %d: %d %r" % (size, run.returncode, run.stderr))
        with open(out("sized.csv"), "rb") as f:
            check([int(r["id"]) for r in csv_rows(f.read())] == [r["id"] for r in ROWS],
                  "--page-size %d: rows lost, repeated or out of order" % size)
        # The first page, and the pages sent beside it before its answer (UsagePager starts
        # with 4: at most 3 at once here, a fourth when another answers before the first), ask
        # for the size given; once the first answer shows the server's size, the rest ask for
        # that.
        asked = Server.limits_asked
        check(set(asked) == {first, rest} and asked.count(first) <= 4 if first != rest
              else set(asked) == {first},
              "--page-size %d asked for %r" % (size, asked))

    check([n for n in os.listdir(folder) if n.startswith(".")] == [],
          "temporary files left: %s" % os.listdir(folder))

httpd.shutdown()
print("%d passed, 0 failed" % checks)
