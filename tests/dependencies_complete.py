#!/usr/bin/env python3
"""Proves that ./dev's package list is complete, on a machine that has everything installed.

A green run on a developer's machine can hide a missing package: whatever was installed by hand
is still there. So this test takes every file the build and the tests use, finds the Debian
package that owns it, and fails unless that package is in ./dev's list or in what the list pulls
in through Depends and Pre-Depends (Recommends are not installed by ./dev, so they do not count).

The files are:
- what the configure step found: every package config (the *_DIR entries of CMakeCache.txt) and
  every program or library it recorded (FILEPATH entries), among them the programs the tests
  run, which tests/CMakeLists.txt finds with find_program;
- every shared library and plugin that the app loads at run time, read from the dynamic loader
  (LD_DEBUG) while it draws the demo dashboard on a real X server under xvfb-run, writes a PDF
  report and exports CSV. Qt loads its platform, image and icon plugins with dlopen, and Debian
  often only recommends the packages that hold them.

Usage: dependencies_complete.py BUILD_DIR DEV_SCRIPT APP [--without PACKAGE]

With --without PACKAGE the check runs as if PACKAGE were not in the list, and passes only if it
then fails and names a file of PACKAGE: proof that the check can see a gap.
"""
import glob
import os
import re
import subprocess
import sys
import tempfile

RUN_TIME = "loaded at run time"


def fail(message):
    print("FAIL: " + message)
    sys.exit(1)


def run(command, **kwargs):
    return subprocess.run(command, capture_output=True, text=True, **kwargs)


def package_list(dev_script):
    listed = run([dev_script, "deps", "--list"])
    if listed.returncode != 0 or not listed.stdout.split():
        fail("%s deps --list gave %d: %s" % (dev_script, listed.returncode, listed.stderr))
    return listed.stdout.split()


def depends_closure(packages):
    """Every package that installing `packages` brings, through Depends and Pre-Depends only."""
    closure = run(["apt-cache", "depends", "--recurse", "--no-recommends", "--no-suggests",
                   "--no-conflicts", "--no-breaks", "--no-replaces", "--no-enhances"] + packages)
    if closure.returncode != 0:
        fail("apt-cache depends failed (%d): %s" % (closure.returncode, closure.stderr.strip()))
    names = set()
    for line in closure.stdout.splitlines():
        if line and not line[0].isspace():
            names.add(bare_package(line.strip("<>")))
    missing = [p for p in packages if p not in names]
    if missing:
        fail("apt-cache does not know %s: run apt-get update" % ", ".join(missing))
    return names


def bare_package(name):
    return name.split(":")[0].strip()


def cache_files(build_dir, ignored_roots):
    """Package configs and files that the configure step found outside this project."""
    files = {}
    entry = re.compile(r"^([A-Za-z0-9_.+-]+):(PATH|FILEPATH|INTERNAL)=(/.*)$")
    with open(os.path.join(build_dir, "CMakeCache.txt"), encoding="utf-8") as cache:
        for line in cache:
            match = entry.match(line.rstrip("\n"))
            if not match:
                continue
            name, kind, value = match.groups()
            if kind == "INTERNAL" and name not in ("CMAKE_COMMAND", "CMAKE_CTEST_COMMAND"):
                continue
            if any(value == root or value.startswith(root + "/") for root in ignored_roots):
                continue
            if kind == "PATH":
                # Only package configs: other PATH entries are shared folders like /usr/include.
                if not name.endswith("_DIR"):
                    continue
                config = package_config(value, name[:-len("_DIR")])
                if config:
                    files[config] = name
            elif os.path.isfile(value):
                files[value] = name
    return files


def package_config(folder, package):
    for candidate in (package + "Config.cmake", package.lower() + "-config.cmake"):
        path = os.path.join(folder, candidate)
        if os.path.isfile(path):
            return path
    return None


def runtime_files(app, ignored_roots):
    """Every library and plugin the dynamic loader maps while the app does its three jobs."""
    files = {}
    with tempfile.TemporaryDirectory() as folder:
        prefix = os.path.join(folder, "ld")
        env = dict(os.environ, LD_DEBUG="libs", LD_DEBUG_OUTPUT=prefix,
                   XDG_CONFIG_HOME=os.path.join(folder, "config"),
                   XDG_DATA_HOME=os.path.join(folder, "data"),
                   XDG_RUNTIME_DIR=folder)
        for key in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"):
            env.pop(key, None)
        jobs = {
            "the dashboard under xvfb-run": ["xvfb-run", "-a", app, "--demo", "--screenshot",
                                             os.path.join(folder, "dashboard.png")],
            "a PDF report": [app, "report", "--demo", "--from", "2026-01", "--to", "2026-03",
                             "--output", os.path.join(folder, "report.pdf")],
            "a CSV export": [app, "export", "--demo", "--output",
                             os.path.join(folder, "usage.csv")],
        }
        for what, command in jobs.items():
            done = run(command, env=env, timeout=120)
            if done.returncode != 0:
                fail("%s failed (%d): %s" % (what, done.returncode, done.stderr.strip()))
        loaded = re.compile(r"calling init: (/\S+)")
        for log in glob.glob(prefix + ".*"):
            with open(log, encoding="utf-8", errors="replace") as text:
                for match in loaded.finditer(text.read()):
                    path = match.group(1)
                    if not any(path.startswith(root + "/") for root in ignored_roots):
                        files[path] = RUN_TIME
    if not any("/platforms/libqxcb.so" in path for path in files):
        fail("the loader log shows no xcb platform plugin: the run time part saw nothing")
    return files


def usr_alias(path):
    """Debian 12 merged /bin, /lib and /sbin into /usr; dpkg knows each file under one name."""
    for short in ("/bin/", "/sbin/", "/lib/", "/lib64/"):
        if path.startswith("/usr" + short):
            return path[len("/usr"):]
        if path.startswith(short):
            return "/usr" + path
    return None


def names_of(path):
    """The path, its /usr alias, then each step of its symlink chain (alternatives included)."""
    seen = []
    current = path
    for _ in range(16):
        for name in (current, usr_alias(current)):
            if name and name not in seen:
                seen.append(name)
        if not os.path.islink(current):
            break
        current = os.path.normpath(os.path.join(os.path.dirname(current),
                                                os.readlink(current)))
    real = os.path.realpath(path)
    for name in (real, usr_alias(real)):
        if name and name not in seen:
            seen.append(name)
    return seen


def owners(paths):
    """Maps each path dpkg knows to the packages that own it."""
    found = {}
    if not paths:
        return found
    listed = run(["dpkg-query", "-S"] + sorted(paths))
    for line in listed.stdout.splitlines():
        if line.startswith("diversion by"):
            continue
        packages, _, path = line.rpartition(": ")
        if path in paths:
            found[path] = {bare_package(p) for p in packages.split(",")}
    return found


def find_owners(files):
    """For each file, the packages that own it (through aliases and symlinks), or None.

    A file the configure step found is judged by the name it found: CMake looks for that name
    (libEGL.so, from a -dev package), and without it would find nothing. A file loaded at run
    time is judged by the file the loader mapped: Qt asks for OpenSSL as libssl.so first, the
    -dev package's symlink, and takes libssl.so.3 when that is absent."""
    candidates = {}
    for path, why in files.items():
        names = names_of(path)
        if why == RUN_TIME:
            real = os.path.realpath(path)
            names = [real] + [name for name in (usr_alias(real),) if name]
        candidates[path] = names
    known = owners({name for names in candidates.values() for name in names})
    result = {}
    for path, names in candidates.items():
        result[path] = next((known[name] for name in names if name in known), None)
    return result


def problems(files, file_owners, closure):
    found = []
    for path in sorted(files):
        owned_by = file_owners[path]
        if owned_by is None:
            found.append("%s (%s) belongs to no Debian package; use the one from Debian"
                         % (path, files[path]))
        elif not owned_by & closure:
            found.append("%s (%s) comes from %s, which ./dev does not install: add it to "
                         "PACKAGES in ./dev" % (path, files[path], " or ".join(sorted(owned_by))))
    return found


def main():
    if len(sys.argv) not in (4, 6):
        fail("usage: dependencies_complete.py BUILD_DIR DEV_SCRIPT APP [--without PACKAGE]")
    build_dir, dev_script, app = sys.argv[1:4]
    without = sys.argv[5] if len(sys.argv) == 6 and sys.argv[4] == "--without" else None
    source_dir = os.path.dirname(os.path.abspath(dev_script))
    ignored = [os.path.abspath(build_dir), source_dir]
    packages = package_list(dev_script)

    files = cache_files(build_dir, ignored)
    if without is None:
        files.update(runtime_files(app, ignored))
    file_owners = find_owners(files)

    if without is not None:
        if without not in packages:
            fail("%s is not in ./dev's list" % without)
        reduced = [p for p in packages if p != without]
        found = problems(files, file_owners, depends_closure(reduced))
        named = [line for line in found if without in line]
        if not named:
            fail("with %s taken out of the list, the check did not notice:\n  %s"
                 % (without, "\n  ".join(found) or "no problem found"))
        print("without %s the check fails as it must:\n  %s" % (without, "\n  ".join(named)))
        return

    found = problems(files, file_owners, depends_closure(packages))
    if found:
        fail("%d file(s) the build or the tests use are not covered by ./dev's package "
             "list:\n  %s" % (len(found), "\n  ".join(found)))
    print("%d files checked: the configure step's %d, and %d loaded at run time; every one "
          "comes from a package that ./dev installs"
          % (len(files), sum(1 for why in files.values() if why != RUN_TIME),
             sum(1 for why in files.values() if why == RUN_TIME)))


if __name__ == "__main__":
    main()
