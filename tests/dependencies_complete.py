#!/usr/bin/env python3
"""Proves that ./dev's package list is complete, on a machine that has everything installed.

A green run on a developer's machine can hide a missing package: whatever was installed by hand
is still there. So this test takes every file the build and the tests used, finds the Debian
package that owns it, and fails unless that package is one that installing ./dev's list brings
through Depends and Pre-Depends (./dev installs no Recommends), or one that every Debian system
has (Priority required, or Essential).

The files are:
- the configure step's package configs (the *_DIR entries of CMakeCache.txt) and the programs
  it recorded: compilers, CMake itself, Python, and the programs the tests run, which
  tests/CMakeLists.txt finds with find_program;
- every header the compiler read and every library the linker was given (build.ninja and
  `ninja -t deps`): what the build used, not all that CMake happened to find;
- every shared library and plugin that the app loads at run time, read from the dynamic loader
  (LD_DEBUG) while it draws the demo dashboard on a real X server under xvfb-run, writes a PDF
  report and exports CSV. Qt loads its platform, image and icon plugins with dlopen, and Debian
  often only recommends the packages that hold them.

Usage: dependencies_complete.py BUILD_DIR DEV_SCRIPT APP XVFB_RUN [--without PACKAGE]

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


def bare_package(name):
    return name.strip().strip("<>").split(":")[0]


def dependency_groups(packages):
    """Each package's Depends and Pre-Depends, from `apt-cache depends --recurse`, as groups of
    alternatives; a virtual package's alternative lists its providers."""
    listed = run(["apt-cache", "depends", "--recurse", "--no-recommends", "--no-suggests",
                  "--no-conflicts", "--no-breaks", "--no-replaces", "--no-enhances"] + packages)
    if listed.returncode != 0:
        fail("apt-cache depends failed (%d): %s" % (listed.returncode, listed.stderr.strip()))
    groups = {}
    current = None
    open_group = False  # the last line began with "|": the next alternative joins its group
    dependency = re.compile(r"^  (\|?)(PreDepends|Depends): (\S+)$")
    for line in listed.stdout.splitlines():
        if line and not line[0].isspace():
            current = groups.setdefault(bare_package(line), [])
            open_group = False
            continue
        match = dependency.match(line)
        if match and current is not None:
            alternative = {"name": bare_package(match.group(3)),
                           "virtual": match.group(3).startswith("<"), "providers": []}
            if open_group:
                current[-1].append(alternative)
            else:
                current.append([alternative])
            open_group = match.group(1) == "|"
        elif line.startswith("    ") and current:
            current[-1][-1]["providers"].append(bare_package(line))
    missing = [p for p in packages if p not in groups]
    if missing:
        fail("apt-cache does not know %s: run apt-get update" % ", ".join(missing))
    return groups


def base_system():
    """Packages every Debian system has: debootstrap's minbase installs these."""
    listed = run(["dpkg-query", "-W", "-f=${Package} ${Priority} ${Essential}\\n"])
    base = {"apt"}
    for line in listed.stdout.splitlines():
        name, priority, essential = (line.split() + ["", ""])[:3]
        if priority == "required" or essential == "yes":
            base.add(name)
    return base


def install_closure(packages, groups, base):
    """What installing `packages` brings, choosing among alternatives as apt does: one already
    chosen if there is one, else the first; for a virtual package, its first provider."""
    chosen = set(base)
    visited = set()
    queue = list(packages)
    while queue:
        package = queue.pop()
        if package in visited:
            continue
        visited.add(package)
        chosen.add(package)
        for group in groups.get(package, []):
            candidates = []
            for alternative in group:
                candidates += alternative["providers"] if alternative["virtual"] \
                    else [alternative["name"]]
            if candidates and not any(c in chosen for c in candidates):
                chosen.add(candidates[0])
                queue.append(candidates[0])
    return chosen


def outside(path, ignored_roots):
    return not any(path == root or path.startswith(root + "/") for root in ignored_roots)


def configured_files(build_dir, ignored_roots):
    """The package configs the configure step found and the programs it recorded."""
    files = {}
    entry = re.compile(r"^([A-Za-z0-9_.+-]+):(PATH|FILEPATH|UNINITIALIZED|INTERNAL)=(/.*)$")
    # CMake records the programs it runs itself, and the interpreter FindPython chose when it
    # was not given one, as INTERNAL; the other INTERNAL entries are CMake's own state.
    internal = ("CMAKE_COMMAND", "CMAKE_CTEST_COMMAND", "_Python3_EXECUTABLE")
    with open(os.path.join(build_dir, "CMakeCache.txt"), encoding="utf-8") as cache:
        for line in cache:
            match = entry.match(line.rstrip("\n"))
            if not match:
                continue
            name, kind, value = match.groups()
            if (kind == "INTERNAL" and name not in internal) or not outside(value, ignored_roots):
                continue
            if kind == "PATH":
                # Only package configs: other PATH entries are shared folders like /usr/include.
                config = package_config(value, name[:-len("_DIR")]) \
                    if name.endswith("_DIR") and os.path.isdir(value) else None
                if config:
                    files[config] = name
            elif os.path.isfile(value) and os.access(value, os.X_OK) \
                    and not re.search(r"\.so(\.\d+)*$", value):
                # A program. Libraries FindXXX modules found are judged by the link lines.
                files[value] = name
    return files


def package_config(folder, package):
    """The config file find_package read from a <Package>_DIR folder, or None for a folder of
    headers (OPENGL_EGL_INCLUDE_DIR): the build's own header list covers those."""
    for candidate in (package + "Config.cmake", package.lower() + "-config.cmake"):
        path = os.path.join(folder, candidate)
        if os.path.isfile(path):
            return path
    configs = sorted(glob.glob(os.path.join(folder, "*Config.cmake"))
                     + glob.glob(os.path.join(folder, "*-config.cmake")))
    return configs[0] if configs else None


def built_files(build_dir, ignored_roots):
    """Every header the compiler read and every library the linker was given."""
    files = {}
    if not os.path.isfile(os.path.join(build_dir, "build.ninja")):
        fail("%s has no build.ninja: configure with -G Ninja, as ./dev does" % build_dir)
    deps = run(["ninja", "-C", build_dir, "-t", "deps"])
    if deps.returncode != 0:
        fail("ninja -t deps failed: %s" % deps.stderr.strip())
    for line in deps.stdout.splitlines():
        path = line.strip()
        if line.startswith("    /") and outside(path, ignored_roots):
            files[path] = "a header the build read"
    with open(os.path.join(build_dir, "build.ninja"), encoding="utf-8") as ninja:
        for line in ninja:
            if line.startswith("  LINK_LIBRARIES = "):
                for item in line.split("=", 1)[1].split():
                    if item.startswith("/") and outside(item, ignored_roots):
                        files[item] = "a library the build linked"
    if not any(why == "a header the build read" for why in files.values()):
        fail("ninja -t deps lists no header: build first")
    return files


def runtime_files(app, xvfb_run, ignored_roots):
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
            "the dashboard under xvfb-run": [xvfb_run, "-a", app, "--demo", "--screenshot",
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
        # "calling init" names each object the loader initialised, by its path; "trying file"
        # names where it looked for a library, and the one that exists is the one it took.
        loaded = re.compile(r"(?:calling init: |trying file=)(/\S+)")
        for log in glob.glob(prefix + ".*"):
            with open(log, encoding="utf-8", errors="replace") as text:
                for match in loaded.finditer(text.read()):
                    path = match.group(1)
                    if os.path.isfile(path) and outside(path, ignored_roots):
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

    A file the build used is judged by the name it used: without that name (libfoo.so, from a
    -dev package) the build would fail. A file loaded at run time is judged by the file the
    loader mapped: Qt asks for OpenSSL as libssl.so first, the -dev package's symlink, and
    takes libssl.so.3 when that is absent."""
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
    if len(sys.argv) not in (5, 7):
        fail("usage: dependencies_complete.py BUILD_DIR DEV_SCRIPT APP XVFB_RUN "
             "[--without PACKAGE]")
    build_dir, dev_script, app, xvfb_run = sys.argv[1:5]
    without = sys.argv[6] if len(sys.argv) == 7 and sys.argv[5] == "--without" else None
    source_dir = os.path.dirname(os.path.abspath(dev_script))
    ignored = [os.path.abspath(build_dir), source_dir]
    packages = package_list(dev_script)
    if without is not None:
        if without not in packages:
            fail("%s is not in ./dev's list" % without)
        packages = [p for p in packages if p != without]

    files = configured_files(build_dir, ignored)
    files.update(built_files(build_dir, ignored))
    files.update(runtime_files(app, xvfb_run, ignored))
    closure = install_closure(packages, dependency_groups(packages), base_system())
    found = problems(files, find_owners(files), closure)

    if without is not None:
        named = [line for line in found if without in line]
        if not named:
            fail("with %s taken out of the list, the check did not notice:\n  %s"
                 % (without, "\n  ".join(found) or "no problem found"))
        print("without %s the check fails as it must, on %d file(s), among them:\n  %s"
              % (without, len(named), "\n  ".join(named[:5])))
        return
    if found:
        fail("%d file(s) the build or the tests use are not covered by ./dev's package "
             "list:\n  %s" % (len(found), "\n  ".join(found)))
    kinds = {}
    for why in files.values():
        kind = why if why in (RUN_TIME, "a header the build read", "a library the build linked") \
            else "found by the configure step"
        kinds[kind] = kinds.get(kind, 0) + 1
    print("%d files checked (%s); every one comes from a package that ./dev installs"
          % (len(files), ", ".join("%d %s" % (n, k) for k, n in sorted(kinds.items()))))


if __name__ == "__main__":
    main()
