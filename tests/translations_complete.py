#!/usr/bin/env python3
"""Every translation is whole, in step with the code, and shown.

translations_complete.py LUPDATE SOURCE_DIR APP TS_FILE...

Fails on:
- an entry that is unfinished, empty, obsolete or vanished, a plural without all of its
  language's forms, or a translation that drops a placeholder (%1, %n, %L1) or the source's
  keyboard accelerator (&);
- a .ts file out of step with the code: a tr() text that is not in it, or an entry whose
  text the code no longer has (lupdate, run over app/, core/ and ui/ into a fresh file, says
  what the code has);
- a language the program does not speak: with LANGUAGE set to it, `export --help` must show
  the .ts file's own translation of its description, and in English the source text.
"""
import os
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

PLURAL_FORMS = {"de": 2, "ru": 3}
PLACEHOLDER = re.compile(r"%(?:L?\d+|n)")
problems = []


def check(ok, message):
    if not ok:
        problems.append(message)
    return ok


def accelerators(text):
    return len(re.findall(r"&(?!&)(?=\S)", text.replace("&&", "")))


def entries(path):
    """{(context, source, comment): message element}"""
    found = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            key = (name, message.findtext("source"), message.findtext("comment") or "")
            found[key] = message
    return found


def check_file(path, language):
    name = os.path.basename(path)
    for (context, source, _), message in entries(path).items():
        where = "%s: %s: \"%s\"" % (name, context, source[:70])
        translation = message.find("translation")
        kind = translation.get("type")
        if not check(kind is None, "%s is %s" % (where, kind)):
            continue
        if message.get("numerus") == "yes":
            forms = [f.text or "" for f in translation.findall("numerusform")]
            check(len(forms) == PLURAL_FORMS[language] and all(forms),
                  "%s needs %d plural forms, has %d filled" % (where, PLURAL_FORMS[language],
                                                               len([f for f in forms if f])))
        else:
            forms = [translation.text or ""]
            check(forms[0].strip() != "", "%s has an empty translation" % where)
        wanted = sorted(set(PLACEHOLDER.findall(source)))
        for form in forms:
            have = set(PLACEHOLDER.findall(form))
            missing = [p for p in wanted if p not in have and not (p == "%n" and len(forms) > 1
                                                                    and form is not forms[-1])]
            check(not missing, "%s drops %s in \"%s\"" % (where, ", ".join(missing), form[:70]))
            if accelerators(source) == 1:
                check(accelerators(form) == 1,
                      "%s has no single & (keyboard accelerator) in \"%s\"" % (where, form))


def check_in_step(lupdate, source_dir, paths):
    with tempfile.TemporaryDirectory(prefix="neuroio-ts-") as work:
        fresh = os.path.join(work, "fresh_de.ts")
        done = subprocess.run([lupdate, "-no-obsolete", "-locations", "none", "-silent", "-I", source_dir,
                               os.path.join(source_dir, "app"), os.path.join(source_dir, "core"),
                               os.path.join(source_dir, "ui"), "-ts", fresh],
                              capture_output=True, text=True, timeout=300)
        if not check(done.returncode == 0 and os.path.exists(fresh),
                     "lupdate failed: %s" % done.stderr):
            return
        in_code = set(entries(fresh))
    check(len(in_code) > 100, "lupdate found only %d texts in the code" % len(in_code))
    for path in paths:
        name = os.path.basename(path)
        in_file = set(entries(path))
        for context, source, _ in sorted(in_code - in_file):
            check(False, "%s lacks %s: \"%s\" (cmake --build build --target "
                  "update_translations, then translate it)" % (name, context, source[:70]))
        for context, source, _ in sorted(in_file - in_code):
            check(False, "%s has %s: \"%s\", which the code no longer has" % (name, context,
                                                                             source[:70]))


def check_shown(app, paths):
    source = "Writes NeuroIO usage, every row of every page, or its totals, as CSV or JSON."
    base = {k: v for k, v in os.environ.items() if not k.startswith("LC_")}
    base.update(QT_QPA_PLATFORM="offscreen", HOME=tempfile.mkdtemp(prefix="neuroio-home-"))
    base.pop("XDG_CONFIG_HOME", None)
    try:
        english = subprocess.run([app, "export", "--help"], capture_output=True, text=True,
                                 env=dict(base, LANGUAGE="en", LANG="en_US.UTF-8"), timeout=60)
        check(source in english.stdout, "in English, export --help lacks \"%s\"" % source)
        for path in paths:
            language = re.search(r"_([a-z]{2})\.ts$", path).group(1)
            wanted = entries(path).get(("neuroio::app::ExportCommand", source, ""))
            if not check(wanted is not None, "%s has no export description" % path):
                continue
            text = wanted.find("translation").text or ""
            said = subprocess.run([app, "export", "--help"], capture_output=True, text=True,
                                  env=dict(base, LANGUAGE=language,
                                           LANG="%s_%s.UTF-8" % (language, language.upper())),
                                  timeout=60)
            check(text and text in said.stdout and source not in said.stdout,
                  "with LANGUAGE=%s, export --help does not show \"%s\":\n%s"
                  % (language, text, said.stdout[:400]))
            # View > Language (the settings) wins over the system's language.
            config = os.path.join(base["HOME"], ".config", "NeuroIO")
            os.makedirs(config, exist_ok=True)
            settings = os.path.join(config, "NeuroIO Billing.conf")
            with open(settings, "w", encoding="utf-8") as f:
                f.write("[interface]\nlanguage=%s\n" % language)
            chosen = subprocess.run([app, "export", "--help"], capture_output=True, text=True,
                                    env=dict(base, LANGUAGE="en", LANG="en_US.UTF-8"),
                                    timeout=60)
            os.remove(settings)
            check(text and text in chosen.stdout,
                  "with %s chosen in the settings and LANGUAGE=en, export --help does not show "
                  "\"%s\":\n%s" % (language, text, chosen.stdout[:400]))
    finally:
        shutil.rmtree(base["HOME"], ignore_errors=True)


def main():
    if len(sys.argv) < 5:
        sys.exit(__doc__)
    lupdate, source_dir, app = sys.argv[1:4]
    paths = sys.argv[4:]
    for path in paths:
        language = re.search(r"_([a-z]{2})\.ts$", path).group(1)
        check(language in PLURAL_FORMS, "%s: no plural rule known for \"%s\"" % (path, language))
        check_file(path, language)
    check_in_step(lupdate, source_dir, paths)
    check_shown(app, paths)
    for problem in problems:
        print("FAIL: " + problem)
    if problems:
        print("FAIL: %d problem(s) in %s" % (len(problems), ", ".join(map(os.path.basename, paths))))
        return 1
    print("PASS: %s whole, in step with the code, and shown"
          % ", ".join(map(os.path.basename, paths)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
