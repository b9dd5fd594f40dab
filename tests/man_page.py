#!/usr/bin/env python3
"""Checks the manual page packaging/neuroio-billing.1 against the program it describes.

Usage: man_page.py APP PAGE [--no-self-test]

  APP   the built neuroio-billing executable
  PAGE  the man page (roff source)

Checks:
  1. the page renders with `man --warnings=w -l` (80 columns, C.UTF-8, no preprocessors)
     and with `groff -man -Tutf8 -ww -z`, both exiting 0 with nothing on stderr: no roff
     warnings, no undefined macros, no stray control lines (a text line starting with . or
     '), and no rendered line is wider than 80 columns. (man's --warnings=all is groff's
     -wall, which leaves out undefined macros; --warnings=w is every warning, as -ww.)
  2. it has the sections NAME, SYNOPSIS, DESCRIPTION, OPTIONS, COMMANDS, ENVIRONMENT,
     EXIT STATUS, FILES, EXAMPLES and SEE ALSO, a subsection of COMMANDS for every command
     `APP --help` lists, and its header names NEUROIO-BILLING(1) and the version that
     `APP --version` prints;
  3. every long option that `APP --help`, `APP export --help` and `APP report --help` list
     is in the page, in the right place (OPTIONS, or the command's subsection of COMMANDS),
     and an option that takes an argument is shown with it (`--from month`);
  4. every exit code is in EXIT STATUS: the codes the commands' --help lists, and those of
     app/exitcodes.h when it is found beside this script (../app/exitcodes.h); EXIT STATUS
     lists no code that neither defines;
  5. NEUROIO_API_TOKEN, and any other environment variable the help names, is in
     ENVIRONMENT.
Then, unless --no-self-test is given, it proves the checks can fail: copies of the page
with an option's entry removed, an exit code's entry removed, NEUROIO_API_TOKEN renamed and
an unknown macro added must each be refused, with the culprit named.

The program runs with QT_QPA_PLATFORM=offscreen, LC_ALL=C.UTF-8 and a fresh HOME and XDG
folders, so neither a display nor the person's settings (a chosen language, say) change
what it prints. Needs man (Debian: man-db) and groff (Debian: groff-base).
Exit 0 when everything holds, 1 with the reasons otherwise."""
import os
import re
import shutil
import subprocess
import sys
import tempfile

SECTIONS = ["NAME", "SYNOPSIS", "DESCRIPTION", "OPTIONS", "COMMANDS", "ENVIRONMENT",
            "EXIT STATUS", "FILES", "EXAMPLES", "SEE ALSO"]
TOKEN_VARIABLE = "NEUROIO_API_TOKEN"
# The man(7) macros and the few roff requests a plain man page uses.
CONTROL_LINES = {"TH", "SH", "SS", "TP", "PP", "P", "LP", "IP", "HP", "RS", "RE", "B", "I",
                 "BI", "BR", "IB", "IR", "RB", "RI", "SM", "SB", "EX", "EE", "UR", "UE", "MT",
                 "ME", "nf", "fi", "br", "sp", "nh", "hy", "ad", "na", "in", "ti", "ne"}
HYPHENS = "\u2010\u2011\u2012\u2013\u2212"  # what groff may print for - and \-


def die(message):
    print("FAIL: " + message)
    sys.exit(1)


# ---------------------------------------------------------------------------------------
# Running things


def base_environment(home):
    env = {key: value for key, value in os.environ.items()
           if key not in ("LANGUAGE", "MAN_KEEP_FORMATTING", "GROFF_SGR", "MANOPT",
                          TOKEN_VARIABLE)
           and not key.startswith("LC_")}
    env.update({
        "HOME": home,
        "XDG_CONFIG_HOME": os.path.join(home, ".config"),
        "XDG_DATA_HOME": os.path.join(home, ".local", "share"),
        "XDG_CACHE_HOME": os.path.join(home, ".cache"),
        "LANG": "C.UTF-8",
        "LC_ALL": "C.UTF-8",
        "QT_QPA_PLATFORM": "offscreen",
        "MANWIDTH": "80",
        "MANROFFSEQ": "",
        "MANPAGER": "cat",
        "PAGER": "cat",
    })
    return env


def run(command, env, timeout=60):
    try:
        return subprocess.run(command, env=env, capture_output=True, text=True,
                              encoding="utf-8", errors="replace", timeout=timeout)
    except FileNotFoundError:
        die("cannot run " + command[0])
    except subprocess.TimeoutExpired:
        die("%s did not finish within %d s" % (" ".join(command), timeout))


def help_text(app, args, env):
    result = run([app] + args, env)
    shown = " ".join(["neuroio-billing"] + args)
    if result.returncode != 0 or not result.stdout.strip():
        die("%s exited %d; stderr: %s" % (shown, result.returncode, result.stderr.strip()))
    return result.stdout


# ---------------------------------------------------------------------------------------
# Reading the help


def parse_options(text):
    """[(names, argument)] from the Options: block of Qt's help, e.g.
    (["--server", "--base-url"], "url") for '  --server, --base-url <url>  NeuroIO ...'."""
    options = []
    in_block = False
    for line in text.splitlines():
        if re.match(r"^\S.*:$", line):
            in_block = line == "Options:"
            continue
        if not in_block:
            continue
        match = re.match(r"^ {2}(-\S.*?)(?: {2,}|$)", line)
        if not match:
            continue
        spec = match.group(1)
        argument = re.search(r"<([^>]+)>\s*$", spec)
        names = [n for n in re.findall(r"(?<![\w-])--?[\w][\w-]*", spec) if n.startswith("--")]
        if names:
            options.append((names, argument.group(1) if argument else None))
    return options


def parse_commands(text):
    commands = []
    in_block = False
    for line in text.splitlines():
        if line == "Commands:":
            in_block = True
            continue
        if in_block:
            match = re.match(r"^ {2}([a-z][\w-]*) {2,}\S", line)
            if not match:
                break
            commands.append(match.group(1))
    return commands


def parse_exit_codes(text):
    # "  2    bad arguments ..." under "Exit codes:"; option lines start with "-".
    return {int(code) for code in re.findall(r"(?m)^ {2}(\d{1,3}) {2,}\S", text)}


def header_exit_codes(path):
    if not os.path.isfile(path):
        return None
    with open(path, encoding="utf-8") as f:
        source = f.read()
    enum = re.search(r"enum\s+ExitCode\s*\{(.*?)\}", source, re.S)
    if not enum:
        die(path + " has no enum ExitCode")
    return {int(code) for code in re.findall(r"=\s*(\d+)\s*,", enum.group(1))}


# ---------------------------------------------------------------------------------------
# Reading the rendered page


def plain(text):
    text = re.sub(r"\x1b\[[0-9;]*m", "", text)
    return re.sub(r".\x08", "", text)


def split_sections(text):
    """{section: text} from the rendered page, and {subsection: text} of each section as
    {(section, subsection): text}. Headings start at column 0, subheadings at column 3."""
    sections, subsections = {}, {}
    section = subsection = None
    for line in text.splitlines():
        if re.match(r"^[A-Z][A-Z ]*[A-Z]$", line):
            section, subsection = line, None
            sections[section] = ""
            continue
        sub = re.match(r"^ {3}(\S.*)$", line)
        if section and sub:
            subsection = sub.group(1).strip()
            subsections[(section, subsection)] = ""
        if section:
            sections[section] += line + "\n"
        if subsection:
            subsections[(section, subsection)] += line + "\n"
    return sections, subsections


def flat(text):
    for h in HYPHENS:
        text = text.replace(h, "-")
    return re.sub(r"\s+", " ", text)


def unhyphenated(text):
    # A word broken at the end of a line: "over\u2010\n       view".
    return flat(re.sub("(\\w)[%s]\n\\s+(\\w)" % HYPHENS, r"\1\2", text))


def has_option(text, name):
    return re.search(r"(?<![\w-])%s(?![\w-])" % re.escape(name), text) is not None


def has_option_with_argument(text, name, argument):
    return re.search(r"(?<![\w-])%s[ =]\[?%s" % (re.escape(name), re.escape(argument)),
                     text) is not None


# ---------------------------------------------------------------------------------------
# The checks: each returns (failures, notes)


def check_source(page):
    """Every line starting with . or ' is a comment or a macro of CONTROL_LINES."""
    failures = []
    with open(page, encoding="utf-8") as f:
        for number, line in enumerate(f, 1):
            if not line.startswith((".", "'")) or line.startswith('.\\"'):
                continue
            name = re.match(r"^[.']\s*(\S*)", line).group(1)
            if line.startswith("'") or name not in CONTROL_LINES:
                failures.append("line %d starts with %s but is not a man(7) macro: %s (escape "
                                "a leading . or ' in text as \\&)"
                                % (number, line[0], line.rstrip()))
    return failures


def check_rendering(page, env):
    failures, notes = check_source(page), []
    man = run(["man", "--warnings=w", "-l", page], env)
    if man.returncode != 0:
        failures.append("man --warnings=w -l exited %d" % man.returncode)
    if man.stderr.strip():
        failures.append("man --warnings=w -l wrote to stderr:\n    "
                        + man.stderr.strip().replace("\n", "\n    "))
    groff = run(["groff", "-man", "-Tutf8", "-ww", "-z", page], env)
    if groff.returncode != 0:
        failures.append("groff -man -Tutf8 -ww -z exited %d" % groff.returncode)
    if groff.stderr.strip():
        failures.append("groff -man -Tutf8 -ww -z wrote to stderr:\n    "
                        + groff.stderr.strip().replace("\n", "\n    "))
    if not man.stdout.strip():
        failures.append("man -l printed nothing")
    wide = [line for line in plain(man.stdout).splitlines() if len(line) > 80]
    if wide:
        failures.append("%d rendered lines are wider than 80 columns, e.g.: %s"
                        % (len(wide), wide[0].strip()))
    notes.append("every control line of the source is a man(7) macro")
    notes.append("renders with man --warnings=w -l (MANWIDTH=80, C.UTF-8, MANROFFSEQ='') "
                 "and groff -man -Tutf8 -ww -z: exit 0, nothing on stderr, no line over 80")
    return plain(man.stdout), failures, notes


def check_page(page, env, helps, header_codes):
    """Every check on one page; helps holds what the program printed."""
    rendered, failures, notes = check_rendering(page, env)
    if not rendered.strip():
        return failures, notes
    sections, subsections = split_sections(rendered)

    # Structure
    missing = [s for s in SECTIONS if s not in sections]
    if missing:
        failures.append("sections missing: " + ", ".join(missing))
    first = rendered.strip().splitlines()[0]
    if "NEUROIO-BILLING(1)" not in first:
        failures.append("the header is not NEUROIO-BILLING(1): " + first.strip())
    last = flat(rendered.strip().splitlines()[-1])
    if "neuroio-billing " + helps["version"] not in last:
        failures.append("the footer does not say neuroio-billing %s (as --version does): %s"
                        % (helps["version"], last.strip()))
    for command in helps["commands"]:
        if ("COMMANDS", command) not in subsections:
            failures.append("COMMANDS has no subsection for the command " + command)
    notes.append("sections %s; header NEUROIO-BILLING(1); footer version %s; a COMMANDS "
                 "subsection for %s" % (", ".join(SECTIONS), helps["version"],
                                        " and ".join(helps["commands"])))

    # Options, each where it belongs
    whole = flat(rendered)
    whole_joined = unhyphenated(rendered)
    places = [("neuroio-billing --help", helps["options"]["main"], "OPTIONS",
               sections.get("OPTIONS", ""))]
    for command in helps["commands"]:
        places.append(("neuroio-billing %s --help" % command, helps["options"][command],
                       "the COMMANDS subsection %s" % command,
                       subsections.get(("COMMANDS", command), "")))
    for source, options, where, text in places:
        here = flat(text)
        count = 0
        for names, argument in options:
            for name in names:
                count += 1
                if has_option(here, name):
                    continue
                if has_option(whole, name):
                    failures.append("%s (from %s) is not documented in %s, only elsewhere in "
                                    "the page" % (name, source, where))
                elif has_option(whole_joined, name):
                    failures.append("%s (from %s) is split across two lines by hyphenation; "
                                    "keep .nh at the top of the page" % (name, source))
                else:
                    failures.append("%s (from %s) is missing from the page" % (name, source))
            if argument and any(has_option(here, n) for n in names) and not any(
                    has_option_with_argument(here, n, argument) for n in names):
                failures.append("%s (from %s) is not shown with its argument in %s: expected "
                                "\"%s %s\"" % (names[-1], source, where, names[-1], argument))
        notes.append("%d long options of %s documented in %s, with their arguments"
                     % (count, source, where))

    # Exit codes
    status = sections.get("EXIT STATUS", "")
    listed = {int(c) for c in re.findall(r"(?m)^ {7}(\d{1,3})(?: {2,}\S| *$)", status)}
    from_help = set().union(*helps["codes"].values())
    wanted = from_help | (header_codes or set())
    if not wanted:
        # Nothing to compare with: the page's own list must at least hold 0 and a failure.
        wanted = listed
        if 0 not in listed or len(listed) < 2:
            failures.append("EXIT STATUS lists %s; expected 0 and at least one failure code"
                            % sorted(listed))
    for code in sorted(wanted - listed):
        origin = []
        if code in from_help:
            origin.append("the commands' --help")
        if header_codes and code in header_codes:
            origin.append("app/exitcodes.h")
        failures.append("exit code %d (from %s) is missing from EXIT STATUS"
                        % (code, " and ".join(origin)))
    if header_codes is not None:
        for code in sorted(listed - wanted):
            failures.append("EXIT STATUS lists %d, which neither the help nor app/exitcodes.h "
                            "defines" % code)
    notes.append("exit codes %s in EXIT STATUS (from the commands' --help%s)"
                 % (", ".join(str(c) for c in sorted(wanted)),
                    " and app/exitcodes.h" if header_codes is not None else ""))

    # Environment
    environment = flat(sections.get("ENVIRONMENT", ""))
    variables = {TOKEN_VARIABLE}
    for text in helps["text"].values():
        variables |= set(re.findall(r"\b[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+\b", text))
    for variable in sorted(variables):
        if not re.search(r"\b%s\b" % variable, environment):
            failures.append("the environment variable %s is not documented in ENVIRONMENT"
                            % variable)
    notes.append("ENVIRONMENT documents " + ", ".join(sorted(variables)))
    return failures, notes


# ---------------------------------------------------------------------------------------
# Proof that the checks can fail


def remove_tp_entry(source, section_macro, tag_pattern):
    """The page without the .TP entry, after section_macro (".SS export", say), whose tag
    line matches tag_pattern; None when there is no such entry."""
    lines = source.split("\n")
    try:
        start = lines.index(section_macro)
    except ValueError:
        return None
    for i in range(start + 1, len(lines) - 1):
        if re.match(r"^\.S[HS]\b", lines[i]):
            return None
        if lines[i].startswith(".TP") and re.search(tag_pattern, lines[i + 1]):
            end = i + 1
            while end + 1 < len(lines) and not re.match(r"^\.(TP|PP|P|LP|SS|SH)\b",
                                                        lines[end + 1]):
                end += 1
            return "\n".join(lines[:i] + lines[end + 1:])
    return None


def roff(name):
    return name.replace("-", "\\-")


def self_test(page, env, helps, header_codes, folder):
    with open(page, encoding="utf-8") as f:
        source = f.read()
    plants = []
    command = helps["commands"][0]
    option = helps["options"][command][-1][0][-1]  # the last one its --help lists
    without_option = remove_tp_entry(source, ".SS " + command,
                                     r"(?<![\w\\-])%s(?![\w\\-])" % re.escape(roff(option)))
    if without_option is None:  # the entry is not a .TP of its own: take the name out
        without_option = source.replace(roff(option), roff(option).replace("\\-", "", 1))
    plants.append(("%s's %s removed" % (command, option), without_option, option))
    code = max(header_codes or set().union(*helps["codes"].values()) or {1})
    without_code = remove_tp_entry(source, ".SH EXIT STATUS", r"^(\.[BI] )?%d\s*$" % code)
    if without_code is None:
        die("the self-test found no .TP entry for exit code %d under .SH EXIT STATUS" % code)
    plants.append(("exit code %d removed" % code, without_code, "exit code %d" % code))
    plants.append((TOKEN_VARIABLE + " renamed",
                   source.replace(TOKEN_VARIABLE, "NEUROIO_KEY"), TOKEN_VARIABLE))
    plants.append(("an unknown macro added",
                   source.replace("\n.SH DESCRIPTION\n", "\n.SH DESCRIPTION\n.Bd oops\n", 1),
                   "macro 'Bd' not defined"))
    for what, text, culprit in plants:
        if text == source:
            die("the self-test could not make a page with " + what)
        path = os.path.join(folder, "planted.1")
        with open(path, "w", encoding="utf-8") as f:
            f.write(text)
        failures, _ = check_page(path, env, helps, header_codes)
        if not any(culprit in failure for failure in failures):
            die("the checks did not notice a page with %s (they said: %s)"
                % (what, "; ".join(failures) or "nothing"))
        caught = next(f for f in failures if culprit in f)
        print("ok: refuses a page with %s: %s" % (what, " ".join(caught.split())))


# ---------------------------------------------------------------------------------------


def main():
    args = [a for a in sys.argv[1:] if a != "--no-self-test"]
    if len(args) != 2:
        print(__doc__)
        sys.exit(1)
    app, page = (os.path.abspath(a) for a in args)
    if not os.access(app, os.X_OK):
        die(app + " is not an executable")
    if not os.path.isfile(page):
        die(page + " is not a file")
    for tool, package in (("man", "man-db"), ("groff", "groff-base")):
        if not shutil.which(tool):
            die("%s is not installed (Debian: apt-get install %s)" % (tool, package))

    with tempfile.TemporaryDirectory(prefix="man_page.") as folder:
        home = os.path.join(folder, "home")
        os.makedirs(home)
        env = base_environment(home)

        version_text = help_text(app, ["--version"], env)
        version = re.match(r"neuroio-billing (\S+)", version_text)
        if not version:
            die("neuroio-billing --version printed no version: " + version_text.strip())
        main_help = help_text(app, ["--help"], env)
        helps = {"version": version.group(1), "commands": parse_commands(main_help),
                 "text": {"main": main_help}, "options": {"main": parse_options(main_help)},
                 "codes": {}}
        if not helps["options"]["main"]:
            die("found no options in neuroio-billing --help")
        if not helps["commands"]:
            die("found no commands in neuroio-billing --help")
        for command in helps["commands"]:
            text = help_text(app, [command, "--help"], env)
            helps["text"][command] = text
            helps["options"][command] = parse_options(text)
            helps["codes"][command] = parse_exit_codes(text)
            if not helps["options"][command]:
                die("found no options in neuroio-billing %s --help" % command)
        header = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)),
                                               "..", "app", "exitcodes.h"))
        header_codes = header_exit_codes(header)
        if header_codes is None:
            print("note: %s not found; the exit codes come from the help only" % header)

        failures, notes = check_page(page, env, helps, header_codes)
        if failures:
            print("FAIL: %s does not match %s:" % (page, app))
            for failure in failures:
                print("  - " + failure)
            sys.exit(1)
        for note in notes:
            print("ok: " + note)
        if "--no-self-test" not in sys.argv[1:]:
            self_test(page, env, helps, header_codes, folder)
    print("PASS: %s documents %s" % (os.path.basename(page), os.path.basename(app)))


if __name__ == "__main__":
    main()
