#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Every file with translatable strings is listed in po/POTFILES.in, every listed file exists,
and the list is sorted, so that no string silently escapes translation."""

import pathlib
import re
import sys

top = pathlib.Path(sys.argv[1])
listed = [line.strip() for line in (top / "po" / "POTFILES.in").read_text().splitlines()
          if line.strip() and not line.startswith("#")]

marker = re.compile(r'\b(?:_|N_|C_|NC_|ngettext|g_dngettext|g_dpgettext2?)\s*\(\s*"|translatable="yes"')
always = re.compile(r"\.(desktop\.in\.in|metainfo\.xml\.in\.in|gschema\.xml|mime\.xml\.in)$")

needed = set()
for folder in ("src", "data"):
    for path in sorted((top / folder).rglob("*")):
        if not path.is_file() or path.suffix not in (".c", ".h", ".ui", ".in", ".xml"):
            continue
        relative = path.relative_to(top).as_posix()
        if always.search(relative) or marker.search(path.read_text(encoding="utf-8")):
            needed.add(relative)

errors = []
for relative in sorted(needed - set(listed)):
    errors.append(f"{relative} has translatable strings but is not in po/POTFILES.in")
for relative in listed:
    if not (top / relative).is_file():
        errors.append(f"po/POTFILES.in lists {relative}, which does not exist")
if listed != sorted(listed):
    errors.append("po/POTFILES.in is not sorted")

for error in errors:
    print(f"error: {error}", file=sys.stderr)
sys.exit(1 if errors else 0)
