#!/usr/bin/env python3
"""The token never appears in any output or written file, even with every Qt logging category
on: the command line (export, report, a refused token) and the application (a screenshot run,
which also writes its settings)."""
import os
import re
import subprocess
import sys
import tempfile

APP, MOCK = sys.argv[1], sys.argv[2]
SECRET = "tok-8f3a91c2e7d54b60a1f2c3d4e5f60718"
checks = 0


def check(condition, message):
    global checks
    if not condition:
        print("FAIL: " + message)
        sys.exit(1)
    checks += 1


with tempfile.TemporaryDirectory() as home:
    env = dict(os.environ, HOME=home, XDG_CONFIG_HOME=os.path.join(home, "config"),
               XDG_DATA_HOME=os.path.join(home, "data"), XDG_CACHE_HOME=os.path.join(home, "cache"),
               QT_LOGGING_RULES="*.debug=true", QT_QPA_PLATFORM="offscreen",
               NEUROIO_API_TOKEN=SECRET)
    env["DBUS_SESSION_BUS_ADDRESS"] = "unix:path=/nonexistent/neuroio-test-bus"
    mock = subprocess.Popen([MOCK, "--port", "0", "--manager-token", SECRET, "--token",
                             "other-token", "--last-month", "2026-10"],
                            stdout=subprocess.PIPE, text=True)
    base = re.fullmatch(r"listening on (\S+)", mock.stdout.readline().strip()).group(1)
    outputs = []
    try:
        runs = [
            [APP, "export", "--base-url", base, "--output", os.path.join(home, "usage.csv")],
            [APP, "export", "--base-url", base, "--format", "json", "--output", "-"],
            [APP, "export", "--base-url", base, "--accounts-overview", "--output", "-"],
            [APP, "report", "--base-url", base, "--from", "2026-01", "--to", "2026-03",
             "--output", os.path.join(home, "report.pdf")],
            [APP, "--server", base, "--screenshot", os.path.join(home, "shot.png")],
        ]
        for args in runs:
            run = subprocess.run(args, env=env, capture_output=True, timeout=120)
            check(run.returncode == 0, "%s: %d %s" % (args[1:3], run.returncode, run.stderr[-500:]))
            outputs.append((args[1:3], run.stdout + run.stderr))
        # A refused token must not be echoed either.
        refused = dict(env, NEUROIO_API_TOKEN=SECRET + "-wrong")
        run = subprocess.run([APP, "export", "--base-url", base, "--output", "-"], env=refused,
                             capture_output=True, timeout=60)
        check(run.returncode == 3, "refused token: %d" % run.returncode)
        outputs.append(("refused", run.stdout + run.stderr))
    finally:
        mock.terminate()
        mock.wait()

    debug_lines = sum(out.count(b"\n") for _, out in outputs)
    check(debug_lines > 20, "debug logging did not come on (%d lines)" % debug_lines)
    for name, out in outputs:
        check(SECRET.encode() not in out, "the token is in the output of %s" % (name,))
    written = 0
    for folder, _, files in os.walk(home):
        for name in files:
            with open(os.path.join(folder, name), "rb") as f:
                data = f.read()
            written += 1
            check(SECRET.encode() not in data, "the token is in %s" % os.path.join(folder, name))
    check(written >= 3, "expected the export, report and screenshot files, saw %d" % written)

print("%d passed, 0 failed" % checks)
