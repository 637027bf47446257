#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""The French translation is complete: the template is regenerated from po/POTFILES.in (as
meson's i18n module does, with the glib preset's keywords), merged into a copy of po/fr.po,
and any untranslated or fuzzy message fails the test, so a stale fr.po cannot pass.

Usage: check-translations.py SOURCE-ROOT"""

import pathlib
import shutil
import subprocess
import sys
import tempfile

top = pathlib.Path(sys.argv[1])
for tool in ("xgettext", "msgmerge", "msgattrib"):
    if shutil.which(tool) is None:
        print(f"{tool} is not installed")
        sys.exit(77)

# The glib preset of meson's i18n.gettext().
keywords = ["_", "N_", "C_:1c,2", "NC_:1c,2", "g_dcgettext:2", "g_dngettext:2,3", "g_dpgettext2:2c,3"]

with tempfile.TemporaryDirectory() as tmp:
    tmp = pathlib.Path(tmp)
    pot = tmp / "aid-explorer.pot"
    merged = tmp / "fr.po"
    subprocess.run(["xgettext", "--package-name=aid-explorer", f"--directory={top}",
                    "--files-from=po/POTFILES.in", "--from-code=UTF-8", "--add-comments",
                    *[f"--keyword={k}" for k in keywords], f"--output={pot}"],
                   check=True, cwd=top)
    subprocess.run(["msgmerge", "--quiet", "--no-fuzzy-matching", f"--output-file={merged}",
                    str(top / "po" / "fr.po"), str(pot)], check=True)

    problems = []
    for flag, what in (("--untranslated", "untranslated"), ("--only-fuzzy", "fuzzy")):
        out = subprocess.run(["msgattrib", flag, "--no-obsolete", "--no-wrap", str(merged)],
                             check=True, capture_output=True, text=True).stdout
        ids = [line[len('msgid '):] for line in out.splitlines()
               if line.startswith("msgid ") and line != 'msgid ""']
        problems += [f"{what}: {i}" for i in ids]

    for problem in problems:
        print(problem, file=sys.stderr)
    print(f"{len(problems)} messages of po/fr.po need translating" if problems else "po/fr.po is complete")
    sys.exit(1 if problems else 0)
