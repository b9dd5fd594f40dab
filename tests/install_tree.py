#!/usr/bin/env python3
"""What `cmake --install` puts under a prefix: exactly the files a person needs, each valid.

install_tree.py BUILD_DIR SOURCE_DIR CMAKE DESKTOP_FILE_VALIDATE APPSTREAMCLI MAN

Installs the build into a temporary prefix, then fails on:
- a file missing from, or added to, the list below (tests, benchmarks, the icon renderer and
  anything else only the build needs must not be installed);
- a desktop entry that desktop-file-validate refuses, metainfo that `appstreamcli validate
  --no-net` refuses, a manual page that man renders with a warning;
- a PNG icon whose pixels are not its folder's size;
- the version told differently by --version, the AppStream release and CHANGELOG.md, or ids
  that do not match across the desktop entry, the metainfo and the icon;
- an installed program that does not run: --version, and an export of the demo data.
"""
import os
import re
import struct
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

APP_ID = "io.neuroio.BillingDesktop"
ICON_SIZES = (16, 32, 48, 64, 128, 256)
EXPECTED = {
    "bin/neuroio-billing",
    "bin/neuroio-billing-mock",
    "share/applications/%s.desktop" % APP_ID,
    "share/metainfo/%s.metainfo.xml" % APP_ID,
    "share/icons/hicolor/scalable/apps/%s.svg" % APP_ID,
    "share/man/man1/neuroio-billing.1.gz",
    "share/doc/neuroio-billing/README.md",
    "share/doc/neuroio-billing/CHANGELOG.md",
    "share/doc/neuroio-billing/copyright",
} | {"share/icons/hicolor/%dx%d/apps/%s.png" % (s, s, APP_ID) for s in ICON_SIZES}

problems = []


def check(ok, message):
    print(("ok: " if ok else "FAIL: ") + message)
    if not ok:
        problems.append(message)


def run(command, **kwargs):
    return subprocess.run(command, capture_output=True, text=True, timeout=120, **kwargs)


def png_size(path):
    with open(path, "rb") as f:
        head = f.read(24)
    if head[:8] != b"\x89PNG\r\n\x1a\n" or head[12:16] != b"IHDR":
        return None
    return struct.unpack(">II", head[16:24])


def main():
    if len(sys.argv) != 7:
        sys.exit(__doc__)
    build, source, cmake, desktop_validate, appstreamcli, man = sys.argv[1:]
    with tempfile.TemporaryDirectory(prefix="neuroio-install-") as prefix:
        done = run([cmake, "--install", build, "--prefix", prefix])
        if done.returncode != 0:
            sys.exit("FAIL: cmake --install: %s%s" % (done.stdout, done.stderr))
        installed = set()
        for folder, _, files in os.walk(prefix):
            for name in files:
                installed.add(os.path.relpath(os.path.join(folder, name), prefix))
        for path in sorted(EXPECTED - installed):
            check(False, "not installed: %s" % path)
        for path in sorted(installed - EXPECTED):
            check(False, "installed, but not for users: %s" % path)
        check(installed == EXPECTED, "installs exactly the %d files a person needs" % len(EXPECTED))

        for size in ICON_SIZES:
            path = os.path.join(prefix, "share/icons/hicolor/%dx%d/apps/%s.png" % (size, size, APP_ID))
            if os.path.exists(path):
                check(png_size(path) == (size, size),
                      "the %dx%d icon is %s pixels" % (size, size, png_size(path)))

        desktop = os.path.join(prefix, "share/applications/%s.desktop" % APP_ID)
        said = run([desktop_validate, desktop])
        check(said.returncode == 0 and not said.stdout.strip() and not said.stderr.strip(),
              "desktop-file-validate accepts the desktop entry %s" % (said.stdout + said.stderr))
        with open(desktop, encoding="utf-8") as f:
            entry = f.read()
        check(re.search(r"^Icon=%s$" % re.escape(APP_ID), entry, re.M) is not None,
              "the desktop entry names the icon %s" % APP_ID)
        check(re.search(r"^Exec=neuroio-billing$", entry, re.M) is not None,
              "the desktop entry starts neuroio-billing")

        metainfo = os.path.join(prefix, "share/metainfo/%s.metainfo.xml" % APP_ID)
        said = run([appstreamcli, "validate", "--no-net", "--pedantic", metainfo])
        check(said.returncode == 0,
              "appstreamcli validate --no-net accepts the metainfo:\n%s" % (said.stdout + said.stderr))
        component = ET.parse(metainfo).getroot()
        check(component.findtext("id") == APP_ID, "the metainfo's id is %s" % APP_ID)
        check(component.findtext("launchable") == APP_ID + ".desktop",
              "the metainfo launches %s.desktop" % APP_ID)
        release = component.find("releases/release")
        items = release.findall("description/ul/li") if release is not None else []

        app = os.path.join(prefix, "bin/neuroio-billing")
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen", LC_ALL="C.UTF-8", LANGUAGE="")
        version_said = run([app, "--version"], env=env)
        match = re.match(r"neuroio-billing (\d+\.\d+\.\d+) ", version_said.stdout)
        version = match.group(1) if match else None
        check(version is not None, "the installed neuroio-billing --version says %r"
              % version_said.stdout.strip())
        with open(os.path.join(source, "CHANGELOG.md"), encoding="utf-8") as f:
            heading = re.search(r"^## (\S+) \((\d{4}-\d\d-\d\d)\)$", f.read(), re.M)
        check(heading is not None and heading.group(1) == version,
              "CHANGELOG.md starts with this version, %s" % version)
        check(release is not None and release.get("version") == version
              and heading is not None and release.get("date") == heading.group(2),
              "the AppStream release is %s of %s" % (version, heading.group(2) if heading else "?"))
        check(len(items) > 0, "the AppStream release has notes (%d items)" % len(items))

        page = os.path.join(prefix, "share/man/man1/neuroio-billing.1.gz")
        rendered = run([man, "--warnings=w", "-l", page],
                       env=dict(os.environ, MANWIDTH="80", MANROFFSEQ="", LC_ALL="C.UTF-8",
                                MAN_KEEP_STDERR="1"))
        check(rendered.returncode == 0 and not rendered.stderr.strip()
              and "NEUROIO_API_TOKEN" in rendered.stdout,
              "man renders the installed page with no warning %s" % rendered.stderr.strip())

        csv = os.path.join(prefix, "x.csv")
        exported = run([app, "export", "--demo", "--output", csv], env=env,
                       cwd=prefix)
        rows = 0
        if os.path.exists(csv):
            with open(csv, encoding="utf-8") as f:
                rows = sum(1 for _ in f) - 1
        check(exported.returncode == 0 and rows > 0,
              "the installed program exports the demo data (%d rows) %s"
              % (rows, exported.stderr.strip()[-300:]))
    if problems:
        print("FAIL: %d problem(s)" % len(problems))
        return 1
    print("PASS")
    return 0


if __name__ == "__main__":
    sys.exit(main())
