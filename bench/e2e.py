#!/usr/bin/env python3
"""End-to-end benchmark: usage to CSV over loopback, the app against an SDK-style client and curl.

In one run it starts the local server (neuroio-billing-mock, its own process, one per delay
setting) and, for each scenario (rows x page size x server delay), measures N runs (--runs) of:

  export      `neuroio-billing export --format csv --output FILE`, with --page-size and
              --max-parallel when the app knows them (read from `export --help`);
  sdk         bench/sdk_client.py: one page at a time, following "next", csv.DictWriter;
  curl        `curl --parallel --parallel-max P` over exactly the pages the app asks for, to
              /dev/null: what the server can give at the app's parallelism (P, --curl-parallel);
  curl seq    the same URLs one after another: what the server gives a sequential client.

Each tool runs in its own process. Wall time is the median of the runs; peak memory is the
largest ru_maxrss of the tool's own process (os.wait4 on its pid), in MiB; CPU is the median of
its user and system time (near the wall time: the tool is busy; far below: it waits). The
app's and the SDK client's CSV must hold as many data rows as the server's count, and every
curl transfer must answer 200: any other result fails the run, and the script exits 1 at the
end.

Targets, reported and not enforced (machines are noisy): the export's peak memory under
60 MiB at 100k and 1M rows; the server alone at least 2x as fast as the export at pages of 1000
without delay, so the export, not the server, is what is measured. "The server alone" is the
server's own CPU time (from /proc) while curl fetches every page: the server answers one
request at a time, so that is what it can serve. curl's wall time cannot stand for it: the
export's target is at most 1.3x curl's time, and a server timed by curl could then never be 2x
as fast as the export.

    python3 bench/e2e.py [--app APP] [--mock MOCK] [--runs 5] [--large] [--curl-parallel 4]
                         [--page-sizes 1000,100] [--delays 0,50]

100k rows with the defaults take about 15 minutes on 2 cores, most of it the sequential
clients at pages of 100 with a 50 ms delay (1,000 pages x 50 ms, 10 times); --large adds
1M rows, which takes hours: `--large --page-sizes 1000 --delays 0 --runs 3` takes about 5
minutes (the local server reads every row for each page, so its pages slow down at 1M rows).
"""
import argparse
import collections
import csv
import json
import math
import os
import re
import signal
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.parse
import urllib.request

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TOKEN = "demo-manager-token"  # the local server's manager token
MONTHS = 50
LAST_MONTH = "2026-10"  # fixed, so every run reads the same generated data
# Rows per account are spaces x months x 4 event types.
ROW_SETS = {"100k": 500, "1m": 5000}
CURL_RATIO_TARGET = 1.3
SDK_SPEEDUP_TARGET = 15
ADAPTIVE_MOST = 16  # ConnectionLimits::kDefaultMaxParallel: the export's own cap
APP_DEFAULT_PAGE = 1000  # UsagePager::kDefaultPageSize, used when the app has no --page-size
MEMORY_TARGET_MIB = 60
HEADROOM_TARGET = 2.0


class RunFailed(Exception):
    pass


# One run of one tool: seconds on the clock, its own peak resident memory in KiB, and the CPU
# seconds it used (user and system), which tell a busy tool from a waiting one.
Run = collections.namedtuple("Run", "wall peak cpu")


def parse_arguments():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--app", default=os.path.join(ROOT, "build-bench/app/neuroio-billing"))
    parser.add_argument("--mock",
                        default=os.path.join(ROOT, "build-bench/mockserver/neuroio-billing-mock"))
    parser.add_argument("--runs", type=int, default=5, help="runs per tool and scenario (5)")
    parser.add_argument("--large", action="store_true", help="also 1,000,000 rows")
    parser.add_argument("--curl-parallel", type=int, default=4,
                        help="curl's --parallel-max, and the app's --max-parallel if it has it")
    parser.add_argument("--page-sizes", default="1000,100")
    parser.add_argument("--delays", default="0,50", help="server delays in ms (0,50)")
    parser.add_argument("--timeout", type=float, default=3600,
                        help="seconds before one run is killed and failed (3600)")
    args = parser.parse_args()
    args.page_sizes = [int(n) for n in args.page_sizes.split(",")]
    args.delays = [int(n) for n in args.delays.split(",")]
    args.row_sets = ["100k", "1m"] if args.large else ["100k"]
    if args.runs < 1 or args.curl_parallel < 1 or min(args.page_sizes) < 1:
        parser.error("--runs, --curl-parallel and page sizes must be at least 1")
    return args


def note(text):
    print(text, file=sys.stderr, flush=True)


class Server:
    """The local server in its own process; stop() gives its own peak memory."""

    def __init__(self, mock, spaces, delay_ms):
        self.process = subprocess.Popen(
            [mock, "--port", "0", "--accounts", "0", "--spaces", str(spaces), "--months",
             str(MONTHS), "--last-month", LAST_MONTH, "--delay-ms", str(delay_ms)],
            stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
        lines = [self.process.stdout.readline().strip() for _ in range(5)]
        listening = re.fullmatch(r"listening on (\S+)", lines[0])
        data = re.search(r"months (\S+) to (\S+), (\d+) usage records", lines[4])
        if not listening or not data:
            self.stop()
            raise RunFailed("the local server said %r" % lines)
        self.url = listening.group(1)
        self.month_from, self.month_to = data.group(1), data.group(2)
        self.records = int(data.group(3))

    def cpu_seconds(self):
        """The CPU time (user and system) the server has used so far."""
        with open("/proc/%d/stat" % self.process.pid) as stat:
            # The command may hold spaces and parentheses: fields count from the last ")".
            fields = stat.read().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")

    def stop(self):
        """Ends the server; its peak resident memory in KiB."""
        self.process.terminate()
        _, _, usage = os.wait4(self.process.pid, 0)
        self.process.returncode = -15
        return usage.ru_maxrss


def measure(command, stdout_path, timeout, env=None):
    """Runs command to its end, as a Run."""
    with open(stdout_path, "w") as out, tempfile.TemporaryFile("w+") as err:
        started = time.monotonic()
        process = subprocess.Popen(command, stdout=out, stderr=err, env=env)
        signal.signal(signal.SIGALRM, lambda *_: process.kill())
        signal.setitimer(signal.ITIMER_REAL, timeout)
        try:
            # wait4 on this pid: the child's own rusage, not every child's of this script.
            _, status, usage = os.wait4(process.pid, 0)
        finally:
            signal.setitimer(signal.ITIMER_REAL, 0)
        wall = time.monotonic() - started
        process.returncode = os.waitstatus_to_exitcode(status)
        if process.returncode != 0:
            err.seek(0)
            raise RunFailed("%s exited %d: %s" % (os.path.basename(command[0]),
                                                   process.returncode, err.read()[-2000:]))
    return Run(wall, usage.ru_maxrss, usage.ru_utime + usage.ru_stime)


def memory_floor():
    """The peak a child of this script shows however little it uses itself, in KiB.

    Linux keeps a process's peak across exec, so a child starts with the pages it had as a
    copy of this script: with vfork (Python's default) the script's whole peak, with fork (set
    in main) only the anonymous pages it had then, about 12 MiB. A tool shown at this floor
    used at most that much."""
    return measure(["true"], os.devnull, 10).peak


def csv_data_rows(path):
    """Rows after the header, read as CSV (a quoted field may hold a line break)."""
    with open(path, newline="", encoding="utf-8-sig") as file:
        return max(sum(1 for _ in csv.reader(file)) - 1, 0)


def query(server, page_size, offset):
    """The query string the app sends (BillingQuery::toQueryString's order)."""
    return urllib.parse.urlencode([("limit", page_size), ("offset", offset),
                                   ("month_from", server.month_from),
                                   ("month_to", server.month_to)])


def server_count(server, page_size):
    url = server.url + "/v1/billing/usage/?" + query(server, page_size, 0)
    request = urllib.request.Request(url, headers={"Authorization": "Token " + TOKEN})
    with urllib.request.urlopen(request, timeout=120) as response:
        page = json.loads(response.read())
    if len(page["results"]) != min(page_size, page["count"]):
        raise RunFailed("the server gave %d rows for a page of %d" % (len(page["results"]),
                                                                      page_size))
    return page["count"]


def write_curl_config(path, server, page_size, count):
    """Every page URL the app requests, each to /dev/null, as a curl config file."""
    with open(path, "w") as config:
        config.write('header = "Authorization: Token %s"\n' % TOKEN)
        for offset in range(0, count, page_size):
            config.write('url = "%s/v1/billing/usage/?%s"\noutput = "/dev/null"\n'
                         % (server.url, query(server, page_size, offset)))
    return math.ceil(count / page_size)


def app_options(app):
    """Which of the options being added to `export` this build of the app has."""
    asked = subprocess.run([app, "export", "--help"], capture_output=True, text=True)
    if asked.returncode != 0:
        sys.exit("e2e: %s export --help failed (%d): %s" % (app, asked.returncode, asked.stderr))
    help_text = asked.stdout
    return {option: re.search(r"^\s*%s\b" % option, help_text, re.M) is not None
            for option in ("--page-size", "--max-parallel")}


class Tools:
    """The commands measured, and the check of each one's output."""

    def __init__(self, args, folder):
        self.args = args
        self.folder = folder
        self.app_has = app_options(args.app)
        self.env = dict(os.environ, NEUROIO_API_TOKEN=TOKEN)

    def app_page_size(self, page_size):
        return page_size if self.app_has["--page-size"] else APP_DEFAULT_PAGE

    def export(self, server, page_size, count, adaptive=False):
        """adaptive: the app's own parallelism (4, growing to 16), not pinned to curl's."""
        output = os.path.join(self.folder, "export.csv")
        command = [self.args.app, "export", "--base-url", server.url, "--from",
                   server.month_from, "--to", server.month_to, "--format", "csv",
                   "--max-retries", "0", "--output", output]
        if self.app_has["--page-size"]:
            command += ["--page-size", str(page_size)]
        if self.app_has["--max-parallel"] and not adaptive:
            command += ["--max-parallel", str(self.args.curl_parallel)]
        run = measure(command, os.devnull, self.args.timeout, self.env)
        self.check_csv("export", output, count)
        return run

    def sdk(self, server, page_size, count):
        output = os.path.join(self.folder, "sdk.csv")
        said = os.path.join(self.folder, "sdk.out")
        command = [sys.executable, os.path.join(ROOT, "bench", "sdk_client.py"), server.url,
                   str(page_size), server.month_from, server.month_to, output]
        run = measure(command, said, self.args.timeout, self.env)
        with open(said) as file:
            if file.read().strip() != str(count):
                raise RunFailed("the SDK client says it wrote a different number of rows")
        self.check_csv("sdk", output, count)
        return run

    def curl(self, config, pages, parallel, most=None):
        codes = os.path.join(self.folder, "curl.codes")
        command = ["curl", "--silent", "--show-error", "--write-out", "%{http_code}\\n",
                   "--config", config]
        if parallel:
            command[1:1] = ["--parallel", "--parallel-max", str(most or self.args.curl_parallel)]
        run = measure(command, codes, self.args.timeout)
        with open(codes) as file:
            answers = file.read().split()
        if answers != ["200"] * pages:
            raise RunFailed("curl: %d answers for %d pages, not all 200: %s"
                            % (len(answers), pages, sorted(set(answers))))
        return run

    @staticmethod
    def check_csv(tool, path, count):
        rows = csv_data_rows(path)
        os.remove(path)
        if rows != count:
            raise RunFailed("%s wrote %d data rows; the server's count is %d"
                            % (tool, rows, count))


def run_scenario(tools, server, label, page_size, runs):
    """Every tool runs once per round, in turn, so slow spells of the machine hit all of them.
    Returns ({tool: [Run]}, count, pages, the memory floor in KiB)."""
    floor = memory_floor()
    count = server_count(server, page_size)
    config = os.path.join(tools.folder, "pages.curl")
    pages = write_curl_config(config, server, page_size, count)
    steps = {
        "export": lambda: tools.export(server, page_size, count),
        "sdk": lambda: tools.sdk(server, page_size, count),
        "curl": lambda: tools.curl(config, pages, True),
        "curl seq": lambda: tools.curl(config, pages, False),
    }
    if tools.app_has["--max-parallel"]:
        steps["export adaptive"] = lambda: tools.export(server, page_size, count, adaptive=True)
        steps["curl 16"] = lambda: tools.curl(config, pages, True, ADAPTIVE_MOST)
    measured = {tool: [] for tool in steps}
    measured["server"] = []  # the server's own CPU while curl (P at once) fetched every page
    for run in range(runs):
        for tool, step in steps.items():
            before = server.cpu_seconds()
            measured[tool].append(step())
            if tool == "curl":
                measured["server"].append(server.cpu_seconds() - before)
            note("  %s, run %d/%d, %-8s %7.2f s" % (label, run + 1, runs, tool,
                                                    measured[tool][-1].wall))
    return measured, count, pages, max(floor, memory_floor())


def mib(kib):
    return kib / 1024


def summarize(label, rows_label, page_size, delay, tools, measured, count, pages, floor):
    """One result per tool: medians and peaks, and the ratios the table shows."""
    measured = dict(measured)
    server_cpu = statistics.median(measured.pop("server"))
    wall = {tool: statistics.median(r.wall for r in runs) for tool, runs in measured.items()}
    peak = {tool: max(r.peak for r in runs) for tool, runs in measured.items()}
    cpu = {tool: statistics.median(r.cpu for r in runs) for tool, runs in measured.items()}
    names = {"export": "neuroio-billing export", "sdk": "SDK-style Python client",
             "curl": "curl --parallel-max %d" % tools.args.curl_parallel,
             "curl seq": "curl, sequential",
             "export adaptive": "neuroio-billing export, adaptive (4 to %d)" % ADAPTIVE_MOST,
             "curl 16": "curl --parallel-max %d" % ADAPTIVE_MOST}
    if tools.app_page_size(page_size) != page_size:
        names["export"] += " *"
    return {
        "label": label, "rows": rows_label, "page_size": page_size, "delay": delay,
        "count": count, "pages": pages, "wall": wall, "peak": peak, "floor": floor,
        "server_cpu": server_cpu,
        "lines": [(label, names[tool], wall[tool], count / wall[tool],
                   ("<= %.1f" if peak[tool] <= floor * 1.05 else "%.1f") % mib(peak[tool]),
                   wall[tool] / wall["curl"], wall["sdk"] / wall[tool], cpu[tool])
                  for tool in measured],
    }


def print_table(results):
    print("| scenario | tool | wall (median s) | rows/s | peak MiB | ratio to curl "
          "| speedup over the SDK | CPU (median s) |")
    print("|---|---|---:|---:|---:|---:|---:|---:|")
    for result in results:
        for label, tool, wall, rate, peak, to_curl, over_sdk, cpu in result["lines"]:
            print("| %s | %s | %.2f | %s | %s | %.2f | %.2f | %.2f |"
                  % (label, tool, wall, format(round(rate), ","), peak, to_curl, over_sdk, cpu))


def print_targets(results, tools):
    print()
    for result in results:
        # In rows: without --page-size the export reads other pages than curl does.
        # The server alone is its own CPU time for every page (it answers one request at a
        # time, so that is its capacity); curl's wall time also holds loopback and curl.
        cpu = result["server_cpu"]
        print("- %s: the server alone makes %s pages/s (%.2f ms of its CPU a page); fetched "
              "by curl, %d at once, it gives %.0f pages/s, %s rows/s; the export takes %s "
              "rows/s" % (result["label"],
                          format(round(result["pages"] / cpu), ",") if cpu else "> 1,000",
                          1000 * cpu / result["pages"], tools.args.curl_parallel,
                          result["pages"] / result["wall"]["curl"],
                          format(round(result["count"] / result["wall"]["curl"]), ","),
                          format(round(result["count"] / result["wall"]["export"]), ",")))
    print()
    for result in results:
        if result["page_size"] == 1000 and result["delay"] == 0:
            headroom = result["wall"]["export"] / max(result["server_cpu"], 0.01)
            print("Target: the server alone at least %.0fx as fast as the export (%s): its CPU "
                  "%.2f s for the pages the export reads in %.2f s, %.1fx, %s"
                  % (HEADROOM_TARGET, result["label"], result["server_cpu"],
                     result["wall"]["export"], headroom,
                     "met" if headroom >= HEADROOM_TARGET else "MISSED"))
    for result in results:
        if result["delay"] == 0:
            ratio = result["wall"]["export"] / result["wall"]["curl"]
            print("Target: the export at most %.1fx curl's time, same pages, %d at once (%s): "
                  "%.2fx, %s" % (CURL_RATIO_TARGET, tools.args.curl_parallel, result["label"],
                                 ratio, "met" if ratio <= CURL_RATIO_TARGET else "MISSED"))
        elif "export adaptive" in result["wall"] and result["page_size"] == 1000:
            speedup = result["wall"]["sdk"] / result["wall"]["export adaptive"]
            print("Target: the adaptive export at least %.0fx as fast as the SDK (%s): %.1fx, %s"
                  % (SDK_SPEEDUP_TARGET, result["label"], speedup,
                     "met" if speedup >= SDK_SPEEDUP_TARGET else "MISSED"))
    for rows in dict.fromkeys(r["rows"] for r in results):
        peak = mib(max(r["peak"]["export"] for r in results if r["rows"] == rows))
        print("Target: the export's peak memory under %d MiB at %s rows: %.1f MiB, %s"
              % (MEMORY_TARGET_MIB, rows, peak, "met" if peak < MEMORY_TARGET_MIB else "MISSED"))
    if not results:
        return
    floor = mib(max(r["floor"] for r in results))
    print("\nA child of this script shows at least %.1f MiB whatever it uses (Linux keeps a "
          "peak across exec): \"<=\" marks a tool at that floor." % floor)
    if not tools.app_has["--page-size"]:
        print("\n* This build of the app has no `export --page-size`: it read pages of %d."
              % APP_DEFAULT_PAGE)
    if not tools.app_has["--max-parallel"]:
        print("This build of the app has no `export --max-parallel`: it ran its default "
              "requests at once (4), whatever --curl-parallel says.")


def run_server(args, tools, rows_label, delay, results, failures):
    """Every page size's scenario on one server process with these rows and this delay."""
    server = Server(args.mock, ROW_SETS[rows_label], delay)
    try:
        for page_size in args.page_sizes:
            label = "%s rows, pages of %d, %s" % (
                rows_label, page_size, "delay %d ms" % delay if delay else "no delay")
            try:
                measured = run_scenario(tools, server, label, page_size, args.runs)
            except (RunFailed, OSError) as error:
                note("e2e: FAILED %s: %s" % (label, error))
                failures.append(label)
                continue
            results.append(summarize(label, rows_label, page_size, delay, tools, *measured))
    finally:
        note("e2e: the server (%s rows, delay %d ms) peaked at %.1f MiB"
             % (rows_label, delay, mib(server.stop())))


def main():
    args = parse_arguments()
    # fork, not vfork or posix_spawn: a child then starts from a copy of this script's
    # anonymous pages, not from its whole peak (see memory_floor()).
    subprocess._USE_VFORK = False
    subprocess._USE_POSIX_SPAWN = False
    for program in (args.app, args.mock):
        if not os.access(program, os.X_OK):
            sys.exit("e2e: %s is not built; run ./dev bench" % program)
    results, failures = [], []
    with tempfile.TemporaryDirectory(prefix="neuroio-e2e-") as folder:
        tools = Tools(args, folder)
        note("e2e: app options %s; %d runs per tool" % (tools.app_has, args.runs))
        for rows_label in args.row_sets:
            for delay in args.delays:
                try:
                    run_server(args, tools, rows_label, delay, results, failures)
                except RunFailed as error:
                    note("e2e: FAILED: %s" % error)
                    failures.append("%s rows, delay %d ms" % (rows_label, delay))
    print_table(results)
    print_targets(results, tools)
    if failures:
        print("\nFAILED: %s" % "; ".join(failures))
        sys.exit(1)


if __name__ == "__main__":
    main()
