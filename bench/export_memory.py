#!/usr/bin/env python3
"""Benchmark: does `neuroio-billing export` keep its memory flat as the row count grows?

Starts the local server (its own process) with 10,000 and then 100,000 usage rows, exports
each to CSV and to JSON, and reports wall time, rows per second and the exporter's peak
resident memory (ru_maxrss of the child). The target: ten times the rows costs less than
1.5 times the peak memory. Timings are noisy on shared machines; compare the ratios.

    python3 bench/export_memory.py build/app/neuroio-billing build/mockserver/neuroio-billing-mock
"""
import os
import re
import resource
import subprocess
import sys
import tempfile
import time

APP, MOCK = sys.argv[1], sys.argv[2]


def exporter_only_peak(spaces, fmt):
    """The exporter's peak alone: run the server outside the measuring interpreter."""
    server = subprocess.Popen([MOCK, "--port", "0", "--accounts", "0", "--spaces", str(spaces),
                               "--months", "50", "--last-month", "2026-10"],
                              stdout=subprocess.PIPE, text=True)
    base = re.fullmatch(r"listening on (\S+)", server.stdout.readline().strip()).group(1)
    code = """
import os, resource, subprocess, sys, time
app, base, fmt, path = sys.argv[1:5]
env = dict(os.environ, NEUROIO_API_TOKEN="demo-manager-token")
started = time.monotonic()
# All 50 months: without --from and --to the export reads only the last 12.
subprocess.run([app, "export", "--base-url", base, "--from", "2022-09", "--to", "2026-10",
                "--format", fmt, "--output", path],
               env=env, check=True, capture_output=True)
print(time.monotonic() - started, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)
"""
    try:
        with tempfile.TemporaryDirectory() as folder:
            path = os.path.join(folder, "out." + fmt)
            out = subprocess.run([sys.executable, "-c", code, APP, base, fmt, path],
                                 capture_output=True, text=True, check=True).stdout.split()
            size = os.path.getsize(path)
    finally:
        server.terminate()
        server.wait()
    return float(out[0]), int(out[1]), size


print("%-6s %9s %9s %12s %12s %10s" % ("format", "rows", "seconds", "rows/s", "peak RSS", "file"))
results = {}
for fmt in ("csv", "json"):
    for spaces in (50, 500):
        rows = spaces * 50 * 4
        seconds, peak_kib, size = exporter_only_peak(spaces, fmt)
        results[(fmt, rows)] = peak_kib
        print("%-6s %9d %9.2f %12.0f %9.1f MiB %7.1f MiB"
              % (fmt, rows, seconds, rows / seconds, peak_kib / 1024, size / 1048576))
ok = True
for fmt in ("csv", "json"):
    ratio = results[(fmt, 100000)] / results[(fmt, 10000)]
    print("%s: 10x the rows, %.2fx the peak memory (target < 1.5x)" % (fmt, ratio))
    ok = ok and ratio < 1.5
sys.exit(0 if ok else 1)
