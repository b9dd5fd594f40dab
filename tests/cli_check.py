#!/usr/bin/env python3
"""neuroio-billing check, run as cron runs it: no display, no terminal, stdin from /dev/null,
a bare environment. Against the local server (a separate process) whose data ends in the
month open now, each line and the exit status are compared with what this script works out
on its own from the server's monthly totals: the open month's sum or level, a Theil-Sen trend
of the closed months, and the rules the man page gives.

Usage: cli_check.py APP MOCK"""
import email.utils
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import urllib.request

import trend
from datetime import datetime, timezone

APP, MOCK = sys.argv[1], sys.argv[2]
TOKEN = "demo-manager-token"
checks = 0
base_url = None  # the local server's, once it runs


def fail(message):
    print("FAIL: " + message)
    sys.exit(1)


def check(condition, message):
    global checks
    if not condition:
        fail(message)
    checks += 1


def add_months(year, month, n):
    ordinal = year * 12 + month - 1 + n
    return ordinal // 12, ordinal % 12 + 1


def month_text(ym):
    return "%04d-%02d" % ym


def start_mock(*extra):
    now = datetime.now(timezone.utc)
    server = subprocess.Popen([MOCK, "--port", "0", "--months", "14",
                               "--last-month", month_text((now.year, now.month))] + list(extra),
                              stdout=subprocess.PIPE, text=True)
    url = re.fullmatch(r"listening on (\S+)", server.stdout.readline().strip()).group(1)
    return server, url


def get(url, path):
    request = urllib.request.Request(url + path, headers={"Authorization": "Token " + TOKEN})
    with urllib.request.urlopen(request, timeout=30) as answer:
        date = email.utils.parsedate_to_datetime(answer.headers["Date"])
        return json.load(answer), date


class Server:
    """The server's figures for one event type (and account), month by month."""

    def __init__(self, url):
        self.url = url
        _, self.now = get(url, "/v1/billing/usage/total/?month_from=2020-01&month_to=2020-01")
        self.open = (self.now.year, self.now.month)

    def months(self, event_type, account=None):
        """{month: quantity or None (not reported)} for the open month and the 12 before."""
        prefix = ("/v1/accounts/%d/billing/usage/total/" % account if account
                  else "/v1/billing/usage/total/")
        figures = {}
        for age in range(12, -1, -1):
            month = month_text(add_months(*self.open, -age))
            totals, _ = get(self.url, "%s?month_from=%s&month_to=%s&event_types=%d"
                            % (prefix, month, month, event_type))
            figures[month] = next((t["quantity"] for t in totals["results"]
                                   if t.get("event_type") == event_type), None)
        return figures


def forecast(figures, open_month):
    """The trend of the closed months with usage, for the open month and the two after."""
    closed = [q for m, q in sorted(figures.items()) if m != open_month]
    return [value for value, _, _ in trend.forecast(closed) or []] or None


def budgets_file(folder, budgets, name="budgets.json"):
    path = os.path.join(folder, name)
    with open(path, "w") as out:
        json.dump({"format": "neuroio-billing-budgets", "version": 1, "budgets": budgets}, out)
    return path


def run_check(args, home, token=TOKEN):
    # As cron starts a job: a few variables, no display, no terminal.
    env = {"PATH": "/usr/bin:/bin", "HOME": home, "LANG": "C.UTF-8",
           "XDG_DATA_HOME": os.path.join(home, "data"),
           "XDG_CONFIG_HOME": os.path.join(home, "config"),
           "XDG_CACHE_HOME": os.path.join(home, "cache")}
    if token:
        env["NEUROIO_API_TOKEN"] = token
    if "--base-url" not in args:
        args = args + ["--base-url", base_url]
    return subprocess.run([APP, "check"] + args, env=env, stdin=subprocess.DEVNULL,
                          capture_output=True, text=True, timeout=120, start_new_session=True)


def number(value):
    # As Qt's C locale writes a whole number for people: grouped by thousands.
    return "{:,}".format(round(value))


def main():
    global base_url
    server, url = start_mock()
    base_url = url
    home = tempfile.mkdtemp(prefix="cli-check-")
    try:
        data = Server(url)
        open_month = month_text(data.open)
        calls = data.months(1)
        so_far = calls[open_month] or 0
        check(so_far > 0, "the server has API calls in the open month %s" % open_month)

        # Every budget generous: ok, status 0, one line each.
        path = budgets_file(home, [
            {"event_type": "api-calls", "limit": so_far * 1000},
            {"event_type": 2, "limit": 1e15},
            {"name": "Licenses", "event_type": "source-licenses", "limit": 1e15}])
        done = run_check(["--budgets", path], home)
        check(done.returncode == 0, "generous budgets: status 0, got %d: %s"
              % (done.returncode, done.stderr))
        lines = done.stdout.splitlines()
        check(len(lines) == 3 and all(line.startswith("ok  ") for line in lines),
              "three ok lines: %r" % lines)
        check(lines[0].startswith("ok  API calls, every space: %s calls in %s so far"
                                  % (number(so_far), open_month)),
              "the API calls line says the server's sum so far: %r" % lines[0])
        check(lines[2].startswith("ok  Licenses: "), "a budget's own name: %r" % lines[2])

        # A limit below the month so far: over, status 1.
        path = budgets_file(home, [{"event_type": "api-calls", "limit": so_far / 2}])
        done = run_check(["--budgets", path], home)
        check(done.returncode == 1, "over: status 1, got %d" % done.returncode)
        check(done.stdout.startswith("over  API calls, every space: %s calls in %s so far"
                                     % (number(so_far), open_month)), done.stdout)

        # A ceiling the trend crosses within three months, above the month's level: at risk,
        # status 0, and 1 with --warn-exit.
        chosen = None
        for event_type in (2, 3, 4):
            figures = data.months(event_type)
            level = figures[open_month]
            trend = forecast(figures, open_month)
            if level and trend and max(trend) > level * 1.001:
                chosen = (event_type, level, trend)
                break
        check(chosen is not None, "some level rises in the server's data")
        event_type, level, trend = chosen
        ceiling = (level + max(trend)) / 2
        crossing = next(i for i, value in enumerate(trend) if value > ceiling)
        path = budgets_file(home, [{"event_type": event_type, "limit": ceiling}])
        done = run_check(["--budgets", path], home)
        check(done.returncode == 0, "at risk alone: status 0, got %d" % done.returncode)
        expected = "; forecast %s in %s (ceiling " % (
            number(trend[crossing]), month_text(add_months(*data.open, crossing)))
        check(done.stdout.startswith("at risk  ") and expected in done.stdout,
              "at risk, the trend's first month above the ceiling (%r): %r"
              % (expected, done.stdout))
        check(" %s " % number(level) in done.stdout and open_month in done.stdout,
              "the open month's level %s: %r" % (number(level), done.stdout))
        done = run_check(["--budgets", path, "--warn-exit"], home)
        check(done.returncode == 1, "at risk with --warn-exit: status 1, got %d"
              % done.returncode)

        # The dashboard's own file when --budgets is not given.
        default_folder = os.path.join(home, "data", "NeuroIO", "NeuroIO Billing")
        os.makedirs(default_folder, exist_ok=True)  # the program's log may be there
        budgets_file(default_folder, [{"event_type": "api-calls", "limit": so_far / 2}])
        done = run_check([], home)
        check(done.returncode == 1 and done.stdout.startswith("over  "),
              "the default budgets file is read: %r %r" % (done.returncode, done.stdout))

        # Every managed account, each line naming it, each figure the account's own.
        accounts, _ = get(url, "/v1/accounts/?limit=100")
        path = budgets_file(home, [{"event_type": "api-calls", "limit": 1e15},
                                   {"event_type": 4, "limit": 1e15}])
        done = run_check(["--budgets", path, "--all-accounts"], home)
        check(done.returncode == 0, "--all-accounts: status 0, got %d: %s"
              % (done.returncode, done.stderr))
        lines = done.stdout.splitlines()
        check(len(lines) == 2 * len(accounts["results"]),
              "two lines per account: %d lines for %d accounts"
              % (len(lines), len(accounts["results"])))
        for i, account in enumerate(accounts["results"]):
            own = data.months(1, account["id"])[open_month] or 0
            check(lines[2 * i].startswith("account %d (%s): ok  API calls, every space: %s calls"
                                          % (account["id"], account["name"], number(own))),
                  "account %d's line: %r" % (account["id"], lines[2 * i]))

        # Problems: each named, each its status, nothing on standard output.
        broken = budgets_file(home, [{"event_type": "api-calls", "limit": -1}], "broken.json")
        for args, token, status, says in [
                (["--budgets", broken], TOKEN, 2, "budgets[0].limit: must be a number above 0"),
                (["--budgets", os.path.join(home, "missing.json")], TOKEN, 2, "missing.json"),
                (["--budgets", path, "--all-accounts", "--account", "11"], TOKEN, 2,
                 "exclude each other"),
                (["--budgets", path, "--from", "2026-01"], TOKEN, 2, "from"),
                (["--budgets", path], None, 2, "NEUROIO_API_TOKEN"),
                (["--budgets", path], "refused-token", 3, ""),
                (["--budgets", path, "--base-url", "http://127.0.0.1:9", "--max-retries", "0"],
                 TOKEN, 4, "Connection refused")]:
            done = run_check(args, home, token)
            check(done.returncode == status and says in done.stderr and not done.stdout,
                  "%s: status %d naming %r, got %d: %r %r"
                  % (args, status, says, done.returncode, done.stderr, done.stdout))
    finally:
        server.terminate()
        server.wait()
        shutil.rmtree(home, ignore_errors=True)
    print("PASS: %d checks" % checks)


if __name__ == "__main__":
    main()
