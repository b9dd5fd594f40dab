#!/usr/bin/env python3
"""neuroio-billing report: the PDF exists, has the expected pages, its text holds the title and
the server's totals, and its first page renders to a PNG (poppler-utils read it back).

Usage: cli_report.py APP MOCK PDFINFO PDFTOTEXT PDFTOPPM (the programs CMake found)"""
import json
import os
import re
import subprocess
import sys
import tempfile
import urllib.request

APP, MOCK, PDFINFO, PDFTOTEXT, PDFTOPPM = sys.argv[1:6]
checks = 0


def check(condition, message):
    global checks
    if not condition:
        print("FAIL: " + message)
        sys.exit(1)
    checks += 1


DATA_HOME = tempfile.mkdtemp(prefix="neuroio-report-data-")
LOG = os.path.join(DATA_HOME, "NeuroIO", "NeuroIO Billing", "neuroio-billing.log")


def report(args, token="demo-manager-token"):
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    env["XDG_DATA_HOME"] = DATA_HOME  # the log goes here, not to the user's own
    if token:
        env["NEUROIO_API_TOKEN"] = token
    return subprocess.run([APP, "report"] + args, env=env, capture_output=True, text=True,
                          timeout=120)


def pages(path):
    info = subprocess.run([PDFINFO, path], capture_output=True, text=True).stdout
    return int(re.search(r"Pages:\s+(\d+)", info).group(1))


def text(path, page):
    return subprocess.run([PDFTOTEXT, "-f", str(page), "-l", str(page), "-layout", path, "-"],
                          capture_output=True, text=True).stdout


with tempfile.TemporaryDirectory() as folder:
    pdf = os.path.join(folder, "report.pdf")
    # No display is needed: DISPLAY is removed above.
    run = report(["--demo", "--from", "2025-11", "--to", "2026-10", "--output", pdf])
    check(run.returncode == 0, "demo report: %d %s" % (run.returncode, run.stderr))
    # The totals and their findings; the charts; every space.
    check(pages(pdf) == 3, "demo report has %d pages" % pages(pdf))
    first = text(pdf, 1)
    check("NeuroIO usage report" in first, "title missing: %r" % first[:300])
    check("2025-11 to 2026-10" in first and "Page 1 of 3" in first, "range or page number")
    subprocess.run([PDFTOPPM, "-r", "50", "-f", "1", "-l", "1", "-png", pdf,
                    os.path.join(folder, "page")], check=True)
    png = os.path.join(folder, "page-1.png")
    check(os.path.getsize(png) > 10000, "first page renders to a real picture")

    # Against the local server in its own process: many spaces spill onto more pages, and the
    # totals printed are the server's.
    mock = subprocess.Popen([MOCK, "--port", "0", "--spaces", "70", "--last-month", "2026-10"],
                            stdout=subprocess.PIPE, text=True)
    try:
        base = re.fullmatch(r"listening on (\S+)", mock.stdout.readline().strip()).group(1)
        run = report(["--base-url", base, "--from", "2026-01", "--to", "2026-06", "--output",
                      pdf, "--event-types", "api-calls,source-licenses"])
        check(run.returncode == 0, "report: %s" % run.stderr)
        check(run.stderr.startswith("neuroio-billing: months 2026-01 to 2026-06 (--from and --to)"),
              "the months said: %r" % run.stderr)
        # stderr holds our own words only; Qt's platform chatter goes to the log.
        check(all(line.startswith("neuroio-billing:") for line in run.stderr.splitlines()),
              "stderr: %r" % run.stderr)
        count = pages(pdf)
        check(count == 3, "70 spaces: %d pages" % count)
        check("Page 3 of 3" in text(pdf, 3), "last page number")
        request = urllib.request.Request(
            base + "/v1/billing/usage/total/?month_from=2026-01&month_to=2026-06&event_types=1,4",
            headers={"Authorization": "Token demo-manager-token"})
        totals = json.loads(urllib.request.urlopen(request).read())["results"]
        first = text(pdf, 1)
        for t in totals:
            check("{:,}".format(t["quantity"]) in first, "total %s not printed" % t)
        all_text = "".join(text(pdf, p) for p in range(1, count + 1))
        check("Reception \"Main Gate\"" in all_text, "space names in the table")
        check("Tokyo Shinagawa 品川" in all_text, "CJK names drawn as letters")
        # Licences are a level: their total is in license-months, beside June's level.
        june = json.loads(urllib.request.urlopen(urllib.request.Request(
            base + "/v1/billing/usage/total/?month_from=2026-06&month_to=2026-06&event_types=4",
            headers={"Authorization": "Token demo-manager-token"})).read())["results"][0]
        check("license-months" in first, "unit-months named")
        check("{:,} (2026-06)".format(june["quantity"]) in first,
              "June's licence level %s printed" % june)

        with open(pdf, "rb") as f:
            earlier = f.read()
        for args, token, code in [
                (["--base-url", base, "--from", "2026-01", "--to", "2026-1", "--output", pdf],
                 "x", 2),
                (["--base-url", base, "--from", "2026-13", "--to", "2026-01", "--output", pdf],
                 "x", 2),
                (["--base-url", base, "--from", "2026-01", "--to", "2026-02", "--output", pdf],
                 "wrong", 3),
                (["--base-url", base, "--from", "2026-01", "--to", "2026-02", "--account", "11",
                  "--output", pdf], "demo-account-token", 3)]:
            run = report(args, token)
            check(run.returncode == code, "%s: %d %s" % (args, run.returncode, run.stderr))
            if token == "wrong":
                with open(LOG, encoding="utf-8") as log:
                    check("answered 401 on GET /v1/billing/usage/total/" in log.read(),
                          "the refused request's detail is in the log")
        with open(pdf, "rb") as f:
            check(f.read() == earlier, "a failed report touched the earlier file")
    finally:
        mock.terminate()
        mock.wait()

print("%d passed, 0 failed" % checks)
