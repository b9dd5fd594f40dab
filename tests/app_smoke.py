#!/usr/bin/env python3
"""Runs the neuroio-billing binary as a person would: --demo --screenshot must save a real
picture of the loaded dashboard and exit 0 in time, on the offscreen platform and on a real X
server under xvfb-run; the dashboard's filter options decide what it shows, whatever an earlier
session remembered; and without a display, --help, --version and the commands' help work, and
a mistyped command is named as one.

Usage: app_smoke.py APP VERSION XVFB_RUN"""
import datetime
import json
import os
import socket
import struct
import subprocess
import sys
import tempfile
import time

APP, VERSION, XVFB_RUN = sys.argv[1:4]
passed = 0


def fail(message):
    print("FAIL: " + message)
    sys.exit(1)


def check(condition, message):
    global passed
    if not condition:
        fail(message)
    passed += 1


def run(args, env, timeout=60):
    return subprocess.run([APP] + args, env=env, capture_output=True, text=True,
                          timeout=timeout)


def png_size(path):
    with open(path, "rb") as png:
        head = png.read(24)
    if head[:8] != b"\x89PNG\r\n\x1a\n":
        fail("%s is not a PNG" % path)
    return struct.unpack(">II", head[16:24])


def last_full_months(count):
    """The dashboard's default range, as the range picker computes it: the last full months."""
    today = datetime.date.today()
    last = today.year * 12 + today.month - 1 - 1  # months since year 0; the last full month

    def text(ordinal):
        return "%04d-%02d" % (ordinal // 12, ordinal % 12 + 1)

    return text(last - count + 1), text(last)


def remembered(config_home, months):
    """Settings as a closed window leaves them: its last filters (50 months) and page size."""
    last = {"format": "neuroio-billing-view", "version": 1, "name": "last", "account_id": None,
            "range": {"from": months[0], "to": months[1]}, "spaces_ids": [],
            "event_types": [2], "open_at_start": False}
    text = json.dumps(last, separators=(",", ":")).replace("\\", "\\\\").replace('"', '\\"')
    folder = os.path.join(config_home, "NeuroIO")
    os.makedirs(folder, exist_ok=True)
    path = os.path.join(folder, "NeuroIO Billing.conf")
    with open(path, "w", encoding="utf-8") as conf:
        conf.write('[dashboard]\nlastFilters="@ByteArray(%s)"\npageSize=500\n' % text)
    return path


def shown(stdout):
    """What the saved picture shows, from the line the app prints for it."""
    line = stdout.strip().splitlines()[-1]
    if ": " not in line:
        fail("no description of the picture: %r" % stdout)
    return line.split(": ", 2)[-1]


with tempfile.TemporaryDirectory() as folder:
    home = dict(os.environ, HOME=folder, XDG_CONFIG_HOME=os.path.join(folder, "config"),
                XDG_DATA_HOME=os.path.join(folder, "data"), XDG_RUNTIME_DIR=folder)
    home.pop("NEUROIO_API_TOKEN", None)
    env = dict(home, QT_QPA_PLATFORM="offscreen")
    shot = os.path.join(folder, "dashboard.png")

    started = time.monotonic()
    demo = run(["--demo", "--screenshot", shot], env)
    took = time.monotonic() - started
    check(demo.returncode == 0, "--demo --screenshot exited %d: %s" % (demo.returncode,
                                                                        demo.stderr))
    check(took <= 20, "--demo --screenshot took %.1f s" % took)
    # The offscreen platform's screen is 800 x 800: the window fits inside it, and no smaller
    # than it needs to.
    width, height = png_size(shot)
    check(700 <= width <= 800 and 700 <= height <= 800,
          "the window does not fit the 800x800 screen: %dx%d" % (width, height))

    # A real X server, through the xcb platform plugin, as the README's command runs it.
    real = dict(home)
    for key in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"):
        real.pop(key, None)
    x_shot = os.path.join(folder, "x.png")
    under_x = subprocess.run([XVFB_RUN, "-a", APP, "--demo", "--screenshot", x_shot],
                             env=real, capture_output=True, text=True, timeout=120)
    check(under_x.returncode == 0, "under xvfb-run: %d %s" % (under_x.returncode,
                                                               under_x.stderr))
    check(png_size(x_shot)[0] >= 1000, "under xvfb-run the picture is too small")
    check(not os.path.exists(os.path.join(home["XDG_CONFIG_HOME"], "NeuroIO")),
          "a demo wrote settings")

    # The accounts overview, as ./dev screenshots takes it for the README: the picture waits
    # for the overview, and the message says what it shows (the demo manages 3 accounts).
    overview_shot = os.path.join(folder, "overview.png")
    overview = run(["--demo", "--accounts-overview", "--screenshot", overview_shot], env)
    check(overview.returncode == 0 and "the accounts overview; 3 accounts" in overview.stdout,
          "--accounts-overview --screenshot: %d %s %s" % (overview.returncode, overview.stdout,
                                                          overview.stderr))
    check(os.path.exists(overview_shot) and png_size(overview_shot)[0] >= 700,
          "--accounts-overview --screenshot saved no picture")

    bad = run(["--demo", "--chart", "pie", "--screenshot", shot], env)
    check(bad.returncode == 2 and "--chart must be" in bad.stderr,
          "a bad --chart gave %d: %s" % (bad.returncode, bad.stderr))

    # A server that is not there: the picture is still saved, but the exit code says it failed.
    probe = socket.socket()
    probe.bind(("127.0.0.1", 0))
    closed_port = probe.getsockname()[1]
    probe.close()
    failing = subprocess.run([APP, "--server", "http://127.0.0.1:%d" % closed_port,
                              "--screenshot", shot],
                             env=dict(env, NEUROIO_API_TOKEN="some-token"),
                             capture_output=True, text=True, timeout=60)
    check(failing.returncode == 1 and "loading failed" in failing.stderr
          and "Network error" in failing.stderr,
          "an unreachable server gave %d: %s" % (failing.returncode, failing.stderr))
    check("some-token" not in failing.stdout + failing.stderr, "the token was printed")

    # What the picture shows comes from the command line, never from an earlier session.
    fifty = ("2022-09", "2026-10")
    conf = remembered(home["XDG_CONFIG_HOME"], fifty)
    with open(conf, "rb") as before_file:
        before = before_file.read()
    default_from, default_to = last_full_months(12)
    plain = run(["--demo", "--screenshot", shot], env)
    check(plain.returncode == 0, "demo with remembered filters: %s" % plain.stderr)
    check(shown(plain.stdout).startswith("My usage, %s to %s, All spaces · All event types"
                                         % (default_from, default_to)),
          "a demo took remembered filters: %s" % plain.stdout)
    months = run(["--demo", "--from", "2025-01", "--to", "2025-06", "--screenshot", shot], env)
    check(months.returncode == 0, "--from --to: %s" % months.stderr)
    check(shown(months.stdout) == "My usage, 2025-01 to 2025-06, All spaces · All event types",
          "--from 2025-01 --to 2025-06 showed: %s" % months.stdout)
    again = run(["--demo", "--from", "2025-01", "--to", "2025-06", "--screenshot", shot], env)
    check(shown(again.stdout) == shown(months.stdout), "the same command, another picture")
    with open(conf, "rb") as after_file:
        check(after_file.read() == before, "a demo changed the remembered settings")

    picked = run(["--demo", "--account", "12", "--event-types", "persons-storage",
                  "--spaces", "16,17", "--from", "2026-01", "--screenshot", shot], env)
    check(picked.returncode == 0, "account, types, spaces: %s" % picked.stderr)
    # The API lists no spaces for a managed account: two selected are counted, not "2 of 2".
    expected = ("Café Lumière SARL (account 12), 2026-01 to %s, Selected spaces: 2 · "
                "1 of 4 event types" % default_to)
    check(shown(picked.stdout) == expected, "--account 12 ... showed: %s" % picked.stdout)

    view_file = os.path.join(folder, "q1.json")
    with open(view_file, "w", encoding="utf-8") as view:
        json.dump({"format": "neuroio-billing-view", "version": 1, "name": "Q1",
                   "account_id": None, "range": {"from": "2026-01", "to": "2026-03"},
                   "spaces_ids": [], "event_types": [], "open_at_start": False}, view)
    viewed = run(["--demo", "--view", view_file, "--screenshot", shot], env)
    check(viewed.returncode == 0, "--view FILE: %s" % viewed.stderr)
    check("My usage, 2026-01 to 2026-03, " in viewed.stdout,
          "--view showed: %s" % viewed.stdout)
    both = run(["--demo", "--server", "https://example.com", "--screenshot", shot], env)
    check(both.returncode == 2 and "--demo and --server" in both.stderr,
          "--demo with --server gave %d: %s" % (both.returncode, both.stderr))
    wrong = run(["--demo", "--from", "2025-13", "--screenshot", shot], env)
    check(wrong.returncode == 2 and "--from" in wrong.stderr and "2025-13" in wrong.stderr,
          "a malformed month gave %d: %s" % (wrong.returncode, wrong.stderr))

    # Without a display: help and version, the commands' help, and a mistyped command.
    bare = {k: v for k, v in home.items()
            if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    headless = run(["--demo"], bare, timeout=30)
    check(headless.returncode == 1 and "xvfb-run -a" in headless.stderr,
          "without a display: %d %s" % (headless.returncode, headless.stderr))
    helped = run(["--help"], bare)
    check(helped.returncode == 0 and "export" in helped.stdout and "report" in helped.stdout
          and "--from" in helped.stdout and "--view" in helped.stdout
          and helped.stdout.startswith("Usage: neuroio-billing [options]"),
          "--help without a display: %d %s %s" % (helped.returncode, helped.stdout,
                                                  helped.stderr))
    version = run(["--version"], bare)
    qt = version.stdout.strip().rpartition("(Qt ")[2]
    check(version.returncode == 0
          and version.stdout.startswith("neuroio-billing %s (Qt 6." % VERSION)
          and qt.endswith(")") and version.stderr == "",
          "--version without a display: %d %r %r" % (version.returncode, version.stdout,
                                                     version.stderr))
    for command in ("export", "report"):
        helped = run([command, "--help"], bare)
        check(helped.returncode == 0
              and helped.stdout.startswith("Usage: neuroio-billing %s [options]" % command)
              and helped.stderr == "",
              "%s --help: %d %r" % (command, helped.returncode, helped.stderr))
    everything = run(["--help-all"], bare)
    check(everything.returncode == 0 and "--from" in everything.stdout
          and "--help-all" in everything.stdout,
          "--help-all without a display: %d %s" % (everything.returncode, everything.stderr))
    typo = run(["exprot"], bare)
    check(typo.returncode == 2 and '"exprot" is not a command' in typo.stderr
          and 'did you mean "export"' in typo.stderr and "report" in typo.stderr
          and typo.stdout == "",
          "a mistyped command gave %d: %s" % (typo.returncode, typo.stderr))
    unknown = run(["frobnicate", "--help"], bare)
    check(unknown.returncode == 2 and "is not a command" in unknown.stderr
          and "did you mean" not in unknown.stderr,
          "an unknown command gave %d: %s" % (unknown.returncode, unknown.stderr))

print("%d passed, 0 failed" % passed)
