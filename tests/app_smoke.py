#!/usr/bin/env python3
"""Runs the neuroio-billing binary as a person would: --demo --screenshot must save a real
picture of the loaded dashboard and exit 0 in time; without a display it must say what to do."""
import os
import struct
import subprocess
import sys
import tempfile
import time

APP = sys.argv[1]
passed = 0


def fail(message):
    print("FAIL: " + message)
    sys.exit(1)


with tempfile.TemporaryDirectory() as folder:
    shot = os.path.join(folder, "dashboard.png")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    started = time.monotonic()
    run = subprocess.run([APP, "--demo", "--screenshot", shot], env=env, capture_output=True,
                         text=True, timeout=60)
    took = time.monotonic() - started
    if run.returncode != 0:
        fail("--demo --screenshot exited %d: %s" % (run.returncode, run.stderr))
    if took > 20:
        fail("--demo --screenshot took %.1f s" % took)
    with open(shot, "rb") as png:
        head = png.read(24)
    if head[:8] != b"\x89PNG\r\n\x1a\n":
        fail("not a PNG")
    width, height = struct.unpack(">II", head[16:24])
    if width < 1000 or height < 700:
        fail("picture is only %dx%d" % (width, height))
    passed += 1

    bad = subprocess.run([APP, "--demo", "--chart", "pie", "--screenshot", shot], env=env,
                         capture_output=True, text=True, timeout=60)
    if bad.returncode != 2 or "--chart must be" not in bad.stderr:
        fail("a bad --chart gave %d: %s" % (bad.returncode, bad.stderr))
    passed += 1

    # A server that is not there: the picture is still saved, but the exit code says it failed.
    import socket
    probe = socket.socket()
    probe.bind(("127.0.0.1", 0))
    closed_port = probe.getsockname()[1]
    probe.close()
    failing = subprocess.run([APP, "--server", "http://127.0.0.1:%d" % closed_port,
                              "--screenshot", shot],
                             env=dict(env, NEUROIO_API_TOKEN="some-token"),
                             capture_output=True, text=True, timeout=60)
    if failing.returncode != 1 or "loading failed" not in failing.stderr \
            or "Network error" not in failing.stderr:
        fail("an unreachable server gave %d: %s" % (failing.returncode, failing.stderr))
    if "some-token" in failing.stdout + failing.stderr:
        fail("the token was printed")
    passed += 1

    bare = {k: v for k, v in os.environ.items()
            if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    headless = subprocess.run([APP, "--demo"], env=bare, capture_output=True, text=True,
                              timeout=30)
    if headless.returncode == 0 or "xvfb-run -a" not in headless.stderr:
        fail("without a display: %d %s" % (headless.returncode, headless.stderr))
    passed += 1

print("%d passed, 0 failed" % passed)
