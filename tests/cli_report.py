#!/usr/bin/env python3
"""neuroio-billing report: the PDF exists, has the expected pages, its text holds the title and
the server's totals, and its first page renders to a PNG (poppler-utils read it back). Its
findings (each total's changes, the forecast, budgets with --budgets, costs with --prices) say
the figures worked out here, independently, from the server's own totals.

Usage: cli_report.py APP MOCK PDFINFO PDFTOTEXT PDFTOPPM (the programs CMake found)"""
import datetime
import json
import math
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


def flat(path):
    """Every page's text in the order drawn, its runs of white space one space: a finding's
    text wraps beside its label, and -layout would interleave the two."""
    raw = subprocess.run([PDFTOTEXT, "-raw", path, "-"], capture_output=True, text=True).stdout
    return " ".join(raw.split())


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

# ---------------------------------------------------------------------------------------
# The findings, against a local server whose months run to the last closed one by this clock
# (the server's: it runs here).

def add_months(month, n):
    index = month[0] * 12 + month[1] - 1 + n
    return (index // 12, index % 12 + 1)


def month_text(month):
    return "%04d-%02d" % month


def range_text(first, last):
    return "%s to %s" % (month_text(first), month_text(last))


def half_away(value):
    return math.floor(value + 0.5) if value >= 0 else -math.floor(-value + 0.5)


def median(values):
    ordered = sorted(values)
    middle = len(ordered) // 2
    return ordered[middle] if len(ordered) % 2 else (ordered[middle - 1] + ordered[middle]) / 2


def theil_sen(quantities, ahead=3):
    """The forecast as docs/architecture.md and the README describe it: the median of the
    slopes between every two months, the median intercept, a band of two robust standard
    deviations; never below 0."""
    n = len(quantities)
    xs = [float(i - (n - 1)) for i in range(n)]
    slopes = [(quantities[j] - quantities[i]) / (xs[j] - xs[i])
              for i in range(n) for j in range(i + 1, n)]
    slope = median(slopes)
    intercept = median([y - slope * x for x, y in zip(xs, quantities)])
    half = 2 * 1.4826 * median([abs(y - (intercept + slope * x)) for x, y in zip(xs, quantities)])
    points = []
    for k in range(1, ahead + 1):
        value = max(0.0, intercept + slope * k)
        points.append((value, max(0.0, value - half), max(0.0, value + half)))
    return points


def grouped(number):
    return "{:,}".format(int(number))


def signed(number):
    return "{:+,}".format(int(number))


def one_line(text):
    return " ".join(text.split())


UNITS = {1: ("calls", "calls"), 2: ("persons", "person-months"), 4: ("licenses", "license-months")}

today = datetime.datetime.now(datetime.timezone.utc).date()
OPEN = (today.year, today.month)
LAST = add_months(OPEN, -1)
FIRST_DATA = add_months(LAST, -23)

with tempfile.TemporaryDirectory() as folder:
    pdf = os.path.join(folder, "findings.pdf")
    prices = os.path.join(folder, "prices.json")
    with open(prices, "w", encoding="utf-8") as f:
        json.dump({"format": "neuroio-billing-prices", "version": 1, "currency": "EUR",
                   "prices": [{"event_type": "api-calls", "per": 1000,
                               "tiers": [{"up_to": 1000000, "price": "0.40"},
                                         {"price": "0.25"}]},
                              {"event_type": "persons-storage", "price": "0.002"}]}, f)
    budgets = os.path.join(folder, "budgets.json")
    with open(budgets, "w", encoding="utf-8") as f:
        json.dump({"format": "neuroio-billing-budgets", "version": 1,
                   "budgets": [{"event_type": "api-calls", "limit": 1e12},
                               {"name": "Tiny storage", "event_type": "persons-storage",
                                "limit": 1}]}, f)

    mock = subprocess.Popen([MOCK, "--port", "0", "--spaces", "8", "--months", "24",
                             "--last-month", month_text(LAST)], stdout=subprocess.PIPE, text=True)
    try:
        base = re.fullmatch(r"listening on (\S+)", mock.stdout.readline().strip()).group(1)

        def totals(first, last, types="1,2,4"):
            request = urllib.request.Request(
                base + "/v1/billing/usage/total/?month_from=%s&month_to=%s&event_types=%s"
                % (month_text(first), month_text(last), types),
                headers={"Authorization": "Token demo-manager-token"})
            answer = json.loads(urllib.request.urlopen(request).read())["results"]
            return {t["event_type"]: t["quantity"] for t in answer}

        def change_text(now, before, unit, earlier):
            if before == 0:
                return "%s %s more than in %s, which had none" % (grouped(now), unit, earlier)
            percent = (now - before) / abs(before) * 100
            return "%s%.1f %% (%s %s) against %s" % ("+" if percent >= 0 else "-",
                                                     abs(percent), signed(now - before), unit,
                                                     earlier)

        def euros(cents):
            """The amount with the sign where the locale puts it: before or after."""
            amount = "{:,}.{:02d}".format(cents // 100, cents % 100)
            return ("€" + amount, amount + "€")

        # The last six closed months, with prices and budgets.
        first, last = add_months(LAST, -5), LAST
        run = report(["--base-url", base, "--from", month_text(first), "--to", month_text(last),
                      "--event-types", "api-calls,persons-storage,source-licenses",
                      "--prices", prices, "--budgets", budgets, "--output", pdf])
        check(run.returncode == 0, "report with findings: %d %s" % (run.returncode, run.stderr))
        said = flat(pdf)
        check("Changes, forecasts, budgets and costs" in said, "the findings' heading")
        check(" 0.0 %" not in said, "no change of 0.0 %%: %r" % said)
        now = totals(first, last)
        previous = (add_months(first, -6), add_months(last, -6))
        year = (add_months(first, -12), add_months(last, -12))
        before, year_before = totals(*previous), totals(*year)
        months = [add_months(first, i) for i in range(6)]
        monthly = {m: totals(m, m) for m in months}
        for type_, (unit, total_unit) in UNITS.items():
            for label, earlier, figures in (("Against the months before", previous, before),
                                            ("Against a year earlier", year, year_before)):
                expected = one_line("%s %s" % (label, change_text(
                    now[type_], figures[type_], total_unit, range_text(*earlier))))
                check(expected in said, "%r not in %r" % (expected, said))
            forecast = "; ".join(
                "%s: %s %s (%s to %s)" % (month_text(add_months(LAST, k + 1)),
                                          grouped(half_away(v)), unit, grouped(half_away(lo)),
                                          grouped(half_away(hi)))
                for k, (v, lo, hi) in enumerate(theil_sen([monthly[m][type_] for m in months])))
            expected = ("Forecast %s — from the trend of 6 closed months, not part of any total"
                        % forecast)
            check(expected in said, "%r not in %r" % (expected, said))
        # Costs: each month priced on its own, in cents, rounded half away from zero.
        calls_cents = sum((min(monthly[m][1], 1000000) * 40
                           + max(monthly[m][1] - 1000000, 0) * 25 + 500) // 1000 for m in months)
        persons_cents = sum((monthly[m][2] * 200 + 500) // 1000 for m in months)
        for cents in (calls_cents, persons_cents):
            expected = ["Estimated cost %s, an estimate from your price list, not a bill" % money
                        for money in euros(cents)]
            check(any(e in said for e in expected), "%r not in %r" % (expected, said))
        check("Estimated cost none: your price list has no price for Source licenses" in said,
              "a type without a price says so")
        # Budgets, in the month open now: the storage ceiling of 1 is over by the latest
        # month's level (the open month has no usage yet); the calls far within.
        level = totals(LAST, LAST, "2")[2]
        expected = ("Budget in %s Over budget · Tiny storage: %s persons in %s, ceiling 1"
                    % (month_text(OPEN), grouped(level), month_text(LAST)))
        check(expected in said, "%r not in %r" % (expected, said))
        check("Budget in %s Within budget · API calls, every space:" % month_text(OPEN) in said,
              "the calls' budget within")
        check("Budget none set for Source licenses" in said, "a type without a budget")

        # A range that takes in the open month: its partial total is not compared, and its
        # five closed months are too few for a forecast.
        run = report(["--base-url", base, "--from", month_text(add_months(OPEN, -5)), "--to",
                      month_text(OPEN), "--event-types", "api-calls", "--output", pdf])
        check(run.returncode == 0, "report over the open month: %s" % run.stderr)
        said = flat(pdf)
        check("Changes and forecasts" in said, "no budgets, no costs: %r" % said)
        check("Budget" not in said and "Estimated cost" not in said, "nothing of either")
        expected = ("Against the months before not compared with %s: %s is not over yet, so its "
                    "total is partial" % (range_text(add_months(OPEN, -11), add_months(OPEN, -6)),
                                          month_text(OPEN)))
        check(expected in said, "%r not in %r" % (expected, said))
        check("Forecast none: 5 closed months with usage; a forecast needs 6" in said,
              "why no forecast: %r" % said)

        # The server's first months: before them it reports none, and the change says so
        # rather than a percentage; a range that ends early has no forecast, and says why.
        first, last = FIRST_DATA, add_months(FIRST_DATA, 5)
        run = report(["--base-url", base, "--from", month_text(first), "--to", month_text(last),
                      "--event-types", "api-calls", "--output", pdf])
        check(run.returncode == 0, "report of the first months: %s" % run.stderr)
        said = flat(pdf)
        calls = totals(first, last, "1")[1]
        expected = "Against the months before %s calls more than in %s, which had none" % (
            grouped(calls), range_text(add_months(first, -6), add_months(last, -6)))
        check(expected in said, "%r not in %r" % (expected, said))
        expected = ("Forecast none: the range ends before the last closed month, %s"
                    % month_text(LAST))
        check(expected in said, "%r not in %r" % (expected, said))

        # A price list or budgets file with a problem: exit 2, naming the place; the earlier
        # file stays as it was.
        with open(pdf, "rb") as f:
            earlier = f.read()
        bad_prices = os.path.join(folder, "bad-prices.json")
        with open(bad_prices, "w", encoding="utf-8") as f:
            json.dump({"format": "neuroio-billing-prices", "version": 1, "currency": "EUR",
                       "prices": [{"event_type": "api-calls", "price": "cheap"}]}, f)
        bad_budgets = os.path.join(folder, "bad-budgets.json")
        with open(bad_budgets, "w", encoding="utf-8") as f:
            json.dump({"format": "neuroio-billing-budgets", "version": 1,
                       "budgets": [{"event_type": "api-calls", "limit": 5},
                                   {"event_type": "api-calls", "limit": -1}]}, f)
        for option, path, place in (("--prices", bad_prices, "prices[0].price"),
                                    ("--budgets", bad_budgets, "budgets[1].limit"),
                                    ("--prices", os.path.join(folder, "none.json"),
                                     "none.json")):
            run = report(["--base-url", base, "--output", pdf, option, path])
            check(run.returncode == 2, "%s %s: %d %s" % (option, path, run.returncode,
                                                         run.stderr))
            check(place in run.stderr, "%s names %s: %r" % (option, place, run.stderr))
        with open(pdf, "rb") as f:
            check(f.read() == earlier, "a refused file touched the earlier report")
    finally:
        mock.terminate()
        mock.wait()

print("%d passed, 0 failed" % checks)
