#!/usr/bin/env python3
"""neuroio-billing export, run as a script would run it, against real servers over loopback:
the local NeuroIO server (a separate process) and an awkward one written here. Values are read
back with Python's csv and json modules and compared with what the servers sent."""
import csv
import datetime
import decimal
import http.server
import io
import json
import os
import re
import signal
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse
import urllib.request

import trend

APP, MOCK = sys.argv[1], sys.argv[2]
TOKEN = "demo-manager-token"
checks = 0


def fail(message):
    print("FAIL: " + message)
    sys.exit(1)


def check(condition, message):
    global checks
    if not condition:
        fail(message)
    checks += 1


def export(args, token=TOKEN, timeout=60):
    env = dict(os.environ)
    env.pop("NEUROIO_API_TOKEN", None)
    if token is not None:
        env["NEUROIO_API_TOKEN"] = token
    return subprocess.run([APP, "export"] + args, env=env, capture_output=True, timeout=timeout)


def start_mock(*extra):
    server = subprocess.Popen([MOCK, "--port", "0", "--last-month", "2026-10"] + list(extra),
                              stdout=subprocess.PIPE, text=True)
    url = re.fullmatch(r"listening on (\S+)", server.stdout.readline().strip()).group(1)
    return server, url


def fetch_all(base, path, params):
    rows, offset = [], 0
    while True:
        query = urllib.parse.urlencode(dict(params, limit=1000, offset=offset))
        request = urllib.request.Request("%s%s?%s" % (base, path, query),
                                         headers={"Authorization": "Token " + TOKEN})
        with urllib.request.urlopen(request) as response:
            page = json.loads(response.read())
        rows += page["results"]
        offset += len(page["results"])
        if not page["next"]:
            return rows, page["count"]


def text(value):
    """A server value as the CSV must hold it: numbers as Python prints them, text guarded."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return repr(value)
    if isinstance(value, (list, dict)):
        return json.dumps(value, separators=(",", ":"), ensure_ascii=False)
    if value[:1] in ("=", "+", "-", "@", "\t", "\r"):
        return "'" + value
    return value


def read_csv(path, delimiter=",", bom=False):
    with open(path, "rb") as f:
        data = f.read()
    check(data.startswith(b"\xef\xbb\xbf") == bom, "byte-order mark %s in %s" % (bom, path))
    body = data[3:] if bom else data
    check(b"\n" not in body.replace(b"\r\n", b"") or b'"' in body, "line ends in " + path)
    return list(csv.DictReader(io.StringIO(body.decode("utf-8"), newline=""),
                               delimiter=delimiter))


NAMES = {"event_type_name"}


def compare(rows, server_rows, label):
    check(len(rows) == len(server_rows), "%s: %d rows, server sent %d"
          % (label, len(rows), len(server_rows)))
    for got, sent in zip(rows, server_rows):
        for key, value in sent.items():
            check(got.get(key) == text(value), "%s: %s is %r, server sent %r"
                  % (label, key, got.get(key), value))
        for key, value in got.items():
            if key not in sent and key not in NAMES:
                check(value == "", "%s: %s is %r where the server sent nothing"
                      % (label, key, value))


with tempfile.TemporaryDirectory() as folder:
    out = lambda name: os.path.join(folder, name)

    # --- The local NeuroIO server, in a process of its own. ---
    mock, base = start_mock("--max-limit", "250", "--spaces", "9")
    try:
        params = {"month_from": "2025-05", "month_to": "2026-10"}
        server_rows, count = fetch_all(base, "/v1/billing/usage/", params)
        run = export(["--base-url", base, "--from", "2025-05", "--to", "2026-10",
                      "--output", out("usage.csv")])
        check(run.returncode == 0, "export: %d %s" % (run.returncode, run.stderr))
        # The months used, and no progress on a stderr that is not a terminal.
        check(run.stderr == b"neuroio-billing: months 2025-05 to 2026-10 (--from and --to)\n",
              "stderr: %r" % run.stderr)
        rows = read_csv(out("usage.csv"))
        check(len(rows) == count == 9 * 18 * 4, "rows %d, count %d" % (len(rows), count))
        compare(rows, server_rows, "mock csv")

        # Filters, a managed account, JSON, standard output.
        account = fetch_all(base, "/v1/accounts/", {})[0][1]["id"]
        filtered, _ = fetch_all(base, "/v1/accounts/%d/billing/usage/" % account,
                                {"event_types": "1,4", "spaces_ids": "13,15",
                                 "month_from": "2026-01"})
        run = export(["--base-url", base, "--account", str(account), "--from", "2026-01",
                      "--event-types", "api-calls,4", "--spaces", "13,15", "--format", "json",
                      "--output", "-"])
        check(run.returncode == 0, "json to stdout: %s" % run.stderr)
        check(json.loads(run.stdout) == filtered, "json differs from the server's rows")

        # Totals, and totals by month, are the server's own.
        def server_totals(params):
            request = urllib.request.Request(
                "%s/v1/billing/usage/total/?%s" % (base, urllib.parse.urlencode(params)),
                headers={"Authorization": "Token " + TOKEN})
            with urllib.request.urlopen(request) as response:
                return json.loads(response.read())["results"]
        run = export(["--base-url", base, "--totals", "--from", "2026-01", "--to", "2026-03",
                      "--delimiter", ";", "--output", out("totals.csv")])
        totals = read_csv(out("totals.csv"), ";")
        check([(int(t["event_type"]), int(t["quantity"])) for t in totals]
              == [(t["event_type"], t["quantity"]) for t in
                  server_totals({"month_from": "2026-01", "month_to": "2026-03"})], "totals")
        check([t["unit"] for t in totals]
              == ["calls", "person-months", "entry-months", "license-months"], "total units")
        run = export(["--base-url", base, "--totals", "--by-month", "--from", "2026-01",
                      "--to", "2026-03", "--format", "json", "--output", out("monthly.json")])
        with open(out("monthly.json")) as f:
            monthly = json.load(f)
        check(len(monthly) == 12, "by month: %d rows" % len(monthly))
        for row in monthly:
            sent = server_totals({"month_from": row["month"], "month_to": row["month"],
                                  "event_types": row["event_type"]})[0]["quantity"]
            check(row["quantity"] == sent, "by month %s" % row)
            check("unit" not in row and "event_type_name" not in row,
                  "JSON keeps the server's fields: %s" % row)

        # Compared with earlier months: each earlier total the server's own, the change and
        # its percent (to a hundredth) worked out here; none where the earlier months had 0.
        def expect_change(row, earlier_from, earlier_to):
            before = server_totals({"month_from": earlier_from, "month_to": earlier_to,
                                    "event_types": row["event_type"]})[0]["quantity"]
            check((row["earlier_from"], row["earlier_to"]) == (earlier_from, earlier_to),
                  "earlier months %s" % row)
            check(float(row["earlier_quantity"]) == before, "earlier total %s" % row)
            check(float(row["change"]) == float(row["quantity"]) - before, "change %s" % row)
            if before:
                percent = round((float(row["quantity"]) - before) / before * 100, 2)
                check(abs(float(row["change_percent"]) - percent) < 1e-9, "percent %s" % row)
            else:
                check(row["change_percent"] in ("", None), "no percent of nothing %s" % row)
        run = export(["--base-url", base, "--totals", "--from", "2026-01", "--to", "2026-03",
                      "--compare", "previous", "--output", out("compared.csv")])
        check(run.returncode == 0, "--compare previous: %s" % run.stderr)
        compared = read_csv(out("compared.csv"), ",")
        check(len(compared) == 4, "compared: %d rows" % len(compared))
        for row in compared:
            expect_change(row, "2025-10", "2025-12")
        run = export(["--base-url", base, "--totals", "--by-month", "--from", "2026-01",
                      "--to", "2026-02", "--compare", "year", "--format", "json",
                      "--output", out("compared.json")])
        with open(out("compared.json")) as f:
            compared = json.load(f)
        check([r["month"] for r in compared] == ["2026-01"] * 4 + ["2026-02"] * 4,
              "by month, only the range's months: %s" % [r["month"] for r in compared])
        for row in compared:
            year = "%04d-%s" % (int(row["month"][:4]) - 1, row["month"][5:])
            expect_change(row, year, year)
        run = export(["--base-url", base, "--totals", "--from", "2023-01", "--to", "2023-02",
                      "--compare", "year", "--output", out("before-data.csv")])
        for row in read_csv(out("before-data.csv"), ","):
            expect_change(row, "2022-01", "2022-02")

        # A forecast, by month: after the actual months, three per event type, the trend of the
        # closed months worked out here. A server of its own whose months end with the last
        # closed one by its clock (this machine's), so the range reaches it whatever the date.
        today = datetime.date.today()
        last_closed = (today.replace(day=1) - datetime.timedelta(days=1)).strftime("%Y-%m")
        first = (datetime.date(int(last_closed[:4]), int(last_closed[5:]), 1)
                 - datetime.timedelta(days=320)).strftime("%Y-%m")  # about 11 months before
        recent = subprocess.Popen([MOCK, "--port", "0", "--last-month", last_closed],
                                  stdout=subprocess.PIPE, text=True)
        try:
            recent_url = re.fullmatch(r"listening on (\S+)",
                                      recent.stdout.readline().strip()).group(1)
            run = export(["--base-url", recent_url, "--totals", "--by-month", "--from", first,
                          "--to", last_closed, "--event-types", "api-calls,source-licenses",
                          "--forecast", "--output", out("forecast.csv")])
        finally:
            recent.terminate()
            recent.wait()
        check(run.returncode == 0, "--forecast: %s" % run.stderr)
        rows = read_csv(out("forecast.csv"), ",")
        actual = [r for r in rows if r["kind"] == "actual"]
        predicted = [r for r in rows if r["kind"] == "forecast"]
        check(actual and rows[:len(actual)] == actual, "the actual months first")
        for event_type in (1, 4):
            closed = [float(r["quantity"]) for r in actual if int(r["event_type"]) == event_type]
            expected = trend.forecast(closed)
            mine = [r for r in predicted if int(r["event_type"]) == event_type]
            check(len(mine) == 3 and mine[0]["month"] == today.strftime("%Y-%m"),
                  "three forecast months from the open one: %s" % mine)
            for r, (value, low, high) in zip(mine, expected):
                check((float(r["quantity"]), float(r["forecast_low"]), float(r["forecast_high"]))
                      == (round(value), round(low), round(high)),
                      "forecast %s against %s" % (r, (value, low, high)))
        # A range that ends before the last closed month: no forecast, and why.
        run = export(["--base-url", base, "--totals", "--by-month", "--from", "2024-01",
                      "--to", "2024-12", "--event-types", "1", "--forecast",
                      "--output", out("old.csv")])
        check(run.returncode == 0 and b"the range ends before the last closed month" in run.stderr
              and not [r for r in read_csv(out("old.csv"), ",") if r["kind"] == "forecast"],
              "no forecast for an old range: %s" % run.stderr)
        run = export(["--base-url", base, "--totals", "--by-month", "--from", "2026-08",
                      "--to", "2026-10", "--forecast", "--output", out("short.csv")])
        check(run.returncode == 0 and b"no forecast of API calls" in run.stderr
              and not [r for r in read_csv(out("short.csv"), ",") if r["kind"] == "forecast"],
              "too few months: no forecast, and why: %s" % run.stderr)

        # Costs at a price list of our own, worked out here with decimals: each month priced on
        # its own (the tiers start again), rounded half up to a cent, the range their sum.
        with open(out("prices.json"), "w") as f:
            json.dump({"format": "neuroio-billing-prices", "version": 1, "currency": "EUR",
                       "prices": [
                           {"event_type": "api-calls", "per": 1000,
                            "tiers": [{"up_to": 1000000, "price": "0.40"}, {"price": "0.25"}]},
                           {"event_type": "persons-storage", "price": 0.002},
                           {"event_type": 4, "price": "12.50"}]}, f)
        cent = decimal.Decimal("0.01")

        def month_cost(event_type, quantity):
            q = decimal.Decimal(quantity)
            if event_type == 1:
                first = min(q, 1000000)
                exact = first * decimal.Decimal("0.40") / 1000 \
                    + (q - first) * decimal.Decimal("0.25") / 1000
            elif event_type == 2:
                exact = q * decimal.Decimal("0.002")
            elif event_type == 4:
                exact = q * decimal.Decimal("12.50")
            else:
                return None
            return exact.quantize(cent, rounding=decimal.ROUND_HALF_UP)
        months = ["2026-01", "2026-02", "2026-03"]
        run = export(["--base-url", base, "--totals", "--from", months[0], "--to", months[-1],
                      "--prices", out("prices.json"), "--output", out("costs.csv")])
        check(run.returncode == 0 and b"estimated_cost is an estimate from your price list"
              in run.stderr, "--prices: %s" % run.stderr)
        for row in read_csv(out("costs.csv"), ","):
            event_type = int(row["event_type"])
            costs = [month_cost(event_type, server_totals(
                {"month_from": m, "month_to": m, "event_types": event_type})[0]["quantity"])
                for m in months]
            want = "" if costs[0] is None else str(sum(costs))
            check(row["estimated_cost"] == want and row["currency"] == "EUR",
                  "range cost %s, want %s" % (row, want))
        run = export(["--base-url", base, "--totals", "--by-month", "--from", months[0],
                      "--to", months[-1], "--prices", out("prices.json"), "--format", "json",
                      "--output", out("costs.json")])
        with open(out("costs.json")) as f:
            monthly_costs = json.load(f)
        check(len(monthly_costs) == 12, "costs by month: %d rows" % len(monthly_costs))
        for row in monthly_costs:
            want = month_cost(row["event_type"], row["quantity"])
            check(row.get("estimated_cost") == (None if want is None else str(want)),
                  "month cost %s, want %s" % (row, want))

        # Exit codes.
        with open(out("earlier.csv"), "w") as f:
            f.write("keep me\n")
        cases = [
            (["--base-url", base, "--from", "2026-13"], TOKEN, 2, "--from"),
            (["--base-url", base, "--from", "2026-05", "--to", "2026-01"], TOKEN, 2,
             "--from and --to: the range starts in 2026-05, after it ends in 2026-01"),
            (["--base-url", base, "--event-types", "api-calls,storage"], TOKEN, 2, "--event-types"),
            (["--base-url", base, "--totals", "--compare", "last"], TOKEN, 2, "--compare"),
            (["--base-url", base, "--compare", "year"], TOKEN, 2, "--compare goes with --totals"),
            (["--base-url", base, "--totals", "--forecast"], TOKEN, 2,
             "--forecast goes with --totals --by-month"),
            (["--base-url", base, "--prices", out("prices.json")], TOKEN, 2,
             "--prices goes with --totals or --accounts-overview"),
            (["--base-url", base, "--totals", "--prices", out("compared.json")], TOKEN, 2,
             "not a price list"),
            (["--base-url", base, "--token-file", out("missing-token")], None, 2, "--token-file"),
            (["--base-url", base], None, 2, "NEUROIO_API_TOKEN"),
            (["--base-url", base, "--by-month"], TOKEN, 2, "--by-month"),
            (["--base-url", base, "--format", "xml"], TOKEN, 2, "--format"),
            (["--base-url", "http://example.com"], TOKEN, 2, "--base-url"),
            (["--base-url", "notaurl"], TOKEN, 2, '--base-url: "notaurl" is not a URL'),
            # A token that would add a header of its own is refused, and never echoed.
            (["--base-url", base], "secret\r\nX-Injected: 1", 2, "control character"),
            (["--base-url", base], "secret token", 2, "a space"),
            # A space the account does not have: said, and the export still runs.
            (["--base-url", base, "--spaces", "99999", "--output", out("nospace.csv")], TOKEN,
             0, "--spaces: 99999 is not among this account's"),
            (["--base-url", base, "--output", out("earlier.csv")], "wrong-token", 3,
             "Invalid token."),
            (["--base-url", base, "--account", str(account), "--output", out("earlier.csv")],
             "demo-account-token", 3, "Only managers"),
            (["--base-url", "http://127.0.0.1:9", "--output", out("earlier.csv")], TOKEN, 4,
             "Network error"),
            (["--base-url", base, "--output", out("no/such/folder.csv")], TOKEN, 5,
             "Could not write"),
        ]
        for args, token, code, message in cases:
            run = export(args, token)
            check(run.returncode == code and message.encode() in run.stderr,
                  "%s: exit %d, %r" % (args, run.returncode, run.stderr))
            check(b"secret" not in run.stderr and b"secret" not in run.stdout,
                  "a token was echoed: %r" % run.stderr)
        with open(out("earlier.csv")) as f:
            check(f.read() == "keep me\n", "a failed export touched the earlier file")
        # A saved view, by file and by name, and options that override it.
        view = {"format": "neuroio-billing-view", "version": 1, "name": "Q1 licences",
                "account_id": account, "range": {"from": "2026-01", "to": "2026-03"},
                "spaces_ids": [], "event_types": [4], "open_at_start": False}
        views_dir = os.path.join(folder, "data", "NeuroIO", "NeuroIO Billing", "views")
        os.makedirs(views_dir)
        with open(os.path.join(views_dir, "q1.json"), "w") as f:
            json.dump(view, f)
        direct = export(["--base-url", base, "--account", str(account), "--from", "2026-01",
                         "--to", "2026-03", "--event-types", "4", "--output", "-"])
        os.environ["XDG_DATA_HOME"] = os.path.join(folder, "data")
        by_name = export(["--base-url", base, "--view", "Q1 licences", "--output", "-"])
        by_file = export(["--base-url", base, "--view", os.path.join(views_dir, "q1.json"),
                          "--output", "-"])
        overridden = export(["--base-url", base, "--view", "Q1 licences", "--event-types", "1",
                             "--output", "-"])
        missing = export(["--base-url", base, "--view", "Q2"])
        del os.environ["XDG_DATA_HOME"]
        check(direct.returncode == 0 and direct.stdout.count(b"\r\n") == 1 + 3 * 9,
              "direct export for the view: %r" % direct.stderr)
        check(by_name.stdout == direct.stdout, "--view NAME differs: %r" % by_name.stderr)
        check(by_file.stdout == direct.stdout, "--view FILE differs: %r" % by_file.stderr)
        check(b",API calls," in overridden.stdout and b"Source licenses" not in overridden.stdout,
              "--event-types overrides the view")
        check(missing.returncode == 2 and b"Q1 licences" in missing.stderr,
              "unknown view: %d %r" % (missing.returncode, missing.stderr))

        token_file = out("token")
        with open(token_file, "w") as f:
            f.write(TOKEN + "\n")
        run = export(["--base-url", base, "--token-file", token_file, "--event-types", "2",
                      "--output", "-", "--bom", "--delimiter", "tab"], None)
        check(run.returncode == 0 and run.stdout.startswith(b"\xef\xbb\xbfid\tmonth"),
              "--token-file, tab, bom: %r" % run.stderr)
    finally:
        mock.terminate()
        mock.wait()

    # The accounts overview equals each account's own total.
    overview_mock, overview_url = start_mock("--fail-account", "12")
    try:
        # One account that does not answer: the file is written with it marked, exit 6, and
        # the shares are over the accounts that answered, as stderr and the file say.
        run = export(["--base-url", overview_url, "--accounts-overview", "--from", "2026-01",
                      "--to", "2026-06", "--output", out("overview.csv"), "--max-retries", "0"])
        check(run.returncode == 6 and b"written, but incomplete: 1 of 3 accounts" in run.stderr
              and b"over the 2 that answered" in run.stderr,
              "overview with a failing account: %d %r" % (run.returncode, run.stderr))
        rows = read_csv(out("overview.csv"))
        check([r["account_id"] for r in rows] == ["11", "12", "13", ""], "overview rows")
        check(rows[1]["status"] == "unavailable" and rows[1]["api_calls"] == ""
              and "500" in rows[1]["error"], "the failing account: %r" % rows[1])
        check(rows[3]["account_name"] == "Total" and rows[3]["status"] == "incomplete"
              and "over the 2 that answered" in rows[3]["error"], "total row: %r" % rows[3])
        shares = [float(r["api_calls_share_percent"]) for r in (rows[0], rows[2])]
        check(abs(sum(shares) - 100) < 0.02 and rows[1]["api_calls_share_percent"] == "",
              "shares over the accounts that answered: %r" % shares)
        column = 0
        for r in (rows[0], rows[2]):
            request = urllib.request.Request(
                "%s/v1/accounts/%s/billing/usage/total/?month_from=2026-01&month_to=2026-06"
                % (overview_url, r["account_id"]), headers={"Authorization": "Token " + TOKEN})
            totals = json.loads(urllib.request.urlopen(request).read())["results"]
            check(int(r["api_calls"]) == totals[0]["quantity"], "overview %s" % r)
            column += totals[0]["quantity"]
        check(int(rows[3]["api_calls"]) == column, "overview column total")

        # With a price list: each account's cost worked out here with decimals (month_cost,
        # above) from the server's own totals of each of its months, summed over the types the
        # list prices; none for the account that failed; the Total row their sum.
        def account_month(account_id, month):
            request = urllib.request.Request(
                "%s/v1/accounts/%s/billing/usage/total/?month_from=%s&month_to=%s"
                % (overview_url, account_id, month, month),
                headers={"Authorization": "Token " + TOKEN})
            return json.loads(urllib.request.urlopen(request).read())["results"]
        run = export(["--base-url", overview_url, "--accounts-overview", "--from", "2026-01",
                      "--to", "2026-06", "--prices", out("prices.json"), "--max-retries", "0",
                      "--output", out("overview-costs.csv")])
        check(run.returncode == 6 and b"estimated_cost is an estimate from your price list (EUR)"
              in run.stderr, "overview with prices: %d %r" % (run.returncode, run.stderr))
        rows = read_csv(out("overview-costs.csv"))
        check(list(rows[0])[-3:] == ["estimated_cost", "currency", "error"],
              "overview cost columns: %s" % list(rows[0]))
        check([r["account_id"] for r in rows] == ["11", "12", "13", ""], "overview cost rows")
        check(rows[1]["status"] == "unavailable" and rows[1]["estimated_cost"] == "",
              "no cost for the failing account: %r" % rows[1])
        all_costs = decimal.Decimal(0)
        for r in (rows[0], rows[2]):
            cost = decimal.Decimal(0)
            for month in ["2026-%02d" % m for m in range(1, 7)]:
                for t in account_month(r["account_id"], month):
                    priced = month_cost(t["event_type"], t["quantity"])
                    cost += priced if priced is not None else 0
            check(cost > 0 and r["estimated_cost"] == str(cost) and r["currency"] == "EUR",
                  "account cost %s, want %s" % (r, cost))
            all_costs += cost
        check(rows[3]["estimated_cost"] == str(all_costs) and rows[3]["currency"] == "EUR",
              "total cost %s, want %s" % (rows[3], all_costs))
        # Nothing priced among the types asked for: said, and no figure rather than 0.
        run = export(["--base-url", overview_url, "--accounts-overview", "--from", "2026-01",
                      "--to", "2026-06", "--event-types", "3", "--prices", out("prices.json"),
                      "--max-retries", "0", "--format", "json", "--output", "-"])
        unpriced = json.loads(run.stdout)
        check(run.returncode == 6 and b"your price list has no price for the event types shown"
              in run.stderr and all(r.get("estimated_cost") is None for r in unpriced),
              "overview with no type priced: %r %r" % (run.stderr, unpriced))
        all_failing, all_failing_url = start_mock("--fail-account", "11", "--fail-account", "12",
                                                  "--fail-account", "13")
        try:
            run = export(["--base-url", all_failing_url, "--accounts-overview", "--max-retries",
                          "0", "--output", out("no-overview.csv")])
            check(run.returncode == 4 and b"Nothing was written" in run.stderr
                  and not os.path.exists(out("no-overview.csv")),
                  "overview with no account answering: %d %r" % (run.returncode, run.stderr))
        finally:
            all_failing.terminate()
            all_failing.wait()
        run = export(["--base-url", overview_url, "--accounts-overview"], "demo-account-token")
        check(run.returncode == 3 and b"Only managers" in run.stderr, "overview, not a manager")
        run = export(["--base-url", overview_url, "--accounts-overview", "--account", "11"])
        check(run.returncode == 2, "overview with --account")
    finally:
        overview_mock.terminate()
        overview_mock.wait()

    # The local server's faults, all at once: rate limits with date-form Retry-After, cut
    # bodies, resets, requests never answered. The export still has exactly the rows of a
    # server without faults (the same seed gives the same data).
    clean, clean_url = start_mock("--max-limit", "50", "--spaces", "20")
    faulty, faulty_url = start_mock("--max-limit", "50", "--spaces", "20", "--seed", "1",
                                    "--fail-rate", "0.15", "--fail-status", "429",
                                    "--retry-after-form", "date", "--retry-after", "1",
                                    "--cut-body-rate", "0.1", "--reset-rate", "0.1",
                                    "--hang-rate", "0.03")
    try:
        expected, count = fetch_all(clean_url, "/v1/billing/usage/",
                                    {"month_from": "2025-05", "month_to": "2026-10"})
        run = export(["--base-url", faulty_url, "--from", "2025-05", "--to", "2026-10",
                      "--timeout", "2", "--max-retries", "8", "--output", out("faulty.csv")],
                     timeout=240)
        check(run.returncode == 0, "faulty server: %d %r" % (run.returncode, run.stderr[-600:]))
        rows = read_csv(out("faulty.csv"))
        check(len(rows) == count, "faulty server: %d rows of %d" % (len(rows), count))
        compare(rows, expected, "faulty server")
        check(b"as the server asked" in run.stderr, "no rate limit was said: %r" % run.stderr)
    finally:
        for process in (clean, faulty):
            process.terminate()
            process.wait()

    # A server that takes requests and never answers: each try ends after --timeout, saying
    # that nothing arrived, and the export fails with exit 4 after its tries.
    silent, silent_url = start_mock("--hang-rate", "1")
    try:
        run = export(["--base-url", silent_url, "--timeout", "1", "--max-retries", "1",
                      "--output", out("silent.csv")])
        check(run.returncode == 4 and b"the server sent nothing for 1 s" in run.stderr
              and b"Gave up after 2 tries" in run.stderr,
              "silent server: %d %r" % (run.returncode, run.stderr))
        check(not os.path.exists(out("silent.csv")), "a file after a silent server")
    finally:
        silent.terminate()
        silent.wait()

    # Bytes that trickle in are not silence: a slow server's export completes.
    slowly, slowly_url = start_mock("--trickle-ms", "1", "--max-limit", "20")
    try:
        run = export(["--base-url", slowly_url, "--from", "2026-09", "--to", "2026-10",
                      "--timeout", "1", "--output", out("trickled.csv")], timeout=120)
        check(run.returncode == 0 and len(read_csv(out("trickled.csv"))) == 6 * 2 * 4,
              "trickling server: %d %r" % (run.returncode, run.stderr))
    finally:
        slowly.terminate()
        slowly.wait()

    # Valid JSON of the wrong shape is final: exit 4, the field named, no file.
    shaped, shaped_url = start_mock("--wrong-shape-rate", "1")
    try:
        run = export(["--base-url", shaped_url, "--output", out("shaped.csv")])
        check(run.returncode == 4 and b"Malformed response" in run.stderr
              and b"tries" not in run.stderr, "wrong shape: %d %r" % (run.returncode, run.stderr))
        check(not os.path.exists(out("shaped.csv")), "a file after a wrong-shaped answer")
    finally:
        shaped.terminate()
        shaped.wait()

    # A broken server answer: exit 4, naming the endpoint, and no file.
    broken, broken_url = start_mock("--malformed-rate", "1")
    try:
        run = export(["--base-url", broken_url, "--output", out("broken.csv")])
        check(run.returncode == 4 and b"Malformed response from GET /v1/billing/usage/"
              in run.stderr, "malformed: %d %r" % (run.returncode, run.stderr))
        check(not os.path.exists(out("broken.csv")), "a file after a malformed answer")
    finally:
        broken.terminate()
        broken.wait()

    # Ctrl+C midway: exit 130, no file, the earlier file untouched, no temporary files.
    slow, slow_url = start_mock("--delay-ms", "300", "--max-limit", "10")
    try:
        env = dict(os.environ, NEUROIO_API_TOKEN=TOKEN)
        process = subprocess.Popen([APP, "export", "--base-url", slow_url, "--output",
                                    out("earlier.csv")], env=env, stderr=subprocess.PIPE)
        time.sleep(1.0)
        process.send_signal(signal.SIGINT)
        _, stderr = process.communicate(timeout=30)
        check(process.returncode == 130 and b"interrupted" in stderr,
              "interrupt: %d %r" % (process.returncode, stderr))
        with open(out("earlier.csv")) as f:
            check(f.read() == "keep me\n", "an interrupted export touched the earlier file")
        check([n for n in os.listdir(folder) if n.startswith(".")] == [],
              "temporary files left: %s" % os.listdir(folder))
    finally:
        slow.terminate()
        slow.wait()

    # --- An awkward server: odd names, late extra fields, missing values, fractions. ---
    awkward_rows = [
        {"id": 1, "month": "2026-01", "space_id": 4, "space_name": "Warehouse 7, Rotterdam",
         "event_type": 1, "quantity": 120345},
        {"id": 2, "month": "2026-01", "space_id": 5, "space_name": 'Reception "Main Gate"\nB',
         "event_type": 2, "quantity": 2.5},
        {"id": 3, "month": "2026-01", "space_id": 6, "space_name": "=HYPERLINK(\"x\")",
         "event_type": 9, "quantity": 0.1},
        {"id": 4, "month": "2026-02", "space_id": 7, "space_name": "+49 Lab; -2 @home",
         "event_type": 3, "quantity": 1e-07},
        {"id": 5, "month": "2026-02", "space_id": 8, "space_name": "@ops\ttab",
         "event_type": 4, "quantity": 9007199254740991},
        {"id": 6, "month": "2026-02", "space_id": 9, "space_name": "-1 Parking",
         "event_type": 1, "quantity": 0.30000000000000004, "region": "eu-1"},
        {"id": 7, "month": "2026-03", "space_id": 10, "space_name": "Łódź 品川 😀 \r end",
         "event_type": 2, "quantity": 3, "billable": False, "tags": ["a", "b"]},
        {"id": 8, "month": "2026-03", "space_id": 11, "event_type": 1, "quantity": 7,
         "region": "us,east"},
        {"id": 9, "month": "2026-03", "space_id": 12, "space_name": "", "event_type": 2,
         "quantity": 1.5e300},
        {"id": 10, "month": "2026-03", "space_id": 13, "space_name": None, "event_type": 1,
         "quantity": None, "region": None},
    ]

    class Awkward(http.server.BaseHTTPRequestHandler):
        def do_GET(self):
            query = urllib.parse.parse_qs(urllib.parse.urlparse(self.path).query)
            limit = min(int(query.get("limit", ["20"])[0]), 4)
            offset = int(query.get("offset", ["0"])[0])
            page = awkward_rows[offset:offset + limit]
            body = json.dumps({"count": len(awkward_rows), "next": None, "previous": None,
                               "results": page}, ensure_ascii=False).encode()
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args):
            pass

    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Awkward)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    awkward_url = "http://127.0.0.1:%d" % httpd.server_address[1]
    try:
        for delimiter, flag, bom in ((",", ",", False), (";", ";", True), ("\t", "tab", False)):
            name = out("awkward%s.csv" % flag)
            args = ["--base-url", awkward_url, "--delimiter", flag, "--output", name]
            run = export(args + (["--bom"] if bom else []))
            check(run.returncode == 0, "awkward %r: %s" % (flag, run.stderr))
            compare(read_csv(name, delimiter, bom), awkward_rows, "awkward %r" % flag)
        run = export(["--base-url", awkward_url, "--format", "json", "--output", "-"])
        exported = json.loads(run.stdout)
        for got, sent in zip(exported, awkward_rows):
            check(got == sent, "awkward json: %r != %r" % (got, sent))
        check(len(exported) == len(awkward_rows), "awkward json rows")
    finally:
        httpd.shutdown()

print("%d passed, 0 failed" % checks)
