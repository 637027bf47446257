#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""`aid-explorer --summary` end to end, through the real binary, on the IATI fixtures.

Each fixture tests/data/iati/NAME.xml states in a comment the summary worked out by hand
("Expected summary: {...}"); the binary must print exactly that object (numbers compared as
decimals, not floats), exit 0, and never let GLib complain. Then: several files give one
summary, a broken file among them is named and the others still count, and a file that is
not IATI exits 1.

Usage: check-iati-summary.py AID-EXPLORER FIXTURES-DIR"""

import decimal
import json
import os
import pathlib
import re
import subprocess
import sys
import tempfile

binary = os.path.abspath(sys.argv[1])
fixtures = pathlib.Path(sys.argv[2])
failures = []
# Sums of many digits must stay exact here too.
decimal.getcontext().prec = 400
env = dict(os.environ, LC_ALL="C.UTF-8", LANGUAGE="")


def summarize(*paths):
    run = subprocess.run([binary, "--summary", *map(str, paths)], env=env, capture_output=True,
                         text=True, timeout=60)
    if "CRITICAL" in run.stderr or "GLib-WARNING" in run.stderr:
        failures.append(f"{paths}: GLib complained:\n{run.stderr}")
    summary = json.loads(run.stdout, parse_float=decimal.Decimal, parse_int=decimal.Decimal) if run.stdout else None
    return run, summary


def expected_of(path):
    match = re.search(r"Expected summary: (\{.*?\}\}\})", path.read_text(encoding="utf-8"), re.S)
    return json.loads(match.group(1), parse_float=decimal.Decimal, parse_int=decimal.Decimal)


def add(total, summary):
    total["activities"] += summary["activities"]
    for kind, sums in summary["transactions"].items():
        for currency, value in sums.items():
            total["transactions"].setdefault(kind, {}).setdefault(currency, decimal.Decimal(0))
            total["transactions"][kind][currency] += value


fixtures_found = sorted(fixtures.glob("*.xml"))
if not fixtures_found:
    failures.append(f"no fixture in {fixtures}")

combined = {"activities": decimal.Decimal(0), "transactions": {}}
for path in fixtures_found:
    expected = expected_of(path)
    run, summary = summarize(path)
    if run.returncode != 0:
        failures.append(f"{path.name}: exit status {run.returncode}\n{run.stderr}")
    elif summary != expected:
        failures.append(f"{path.name}: summary differs\n  got:      {run.stdout.strip()}\n  expected: {expected}")
    else:
        add(combined, expected)

# Several files are one dataset: their ledgers add up.
run, summary = summarize(*fixtures_found)
if run.returncode != 0 or summary != combined:
    failures.append(f"all fixtures at once: status {run.returncode}\n  got:      {run.stdout.strip()}\n  expected: {combined}")

with tempfile.TemporaryDirectory() as tmp:
    tmp = pathlib.Path(tmp)
    broken = tmp / "broken.xml"
    broken.write_text('<?xml version="1.0"?>\n<iati-activities version="2.03"><iati-activity>\n', encoding="utf-8")
    first = fixtures_found[0]

    # A broken file is named, and the others open.
    run, summary = summarize(first, broken)
    if run.returncode != 0 or summary != expected_of(first):
        failures.append(f"a fixture and a broken file: status {run.returncode}, {run.stdout.strip()}")
    if "broken.xml" not in run.stderr or "error:" not in run.stderr:
        failures.append(f"the broken file is not named as an error:\n{run.stderr}")

    # Alone, it does not load.
    run, summary = summarize(broken)
    if run.returncode != 1 or run.stdout:
        failures.append(f"a broken file alone: status {run.returncode}, output {run.stdout!r}")

    # A folder stands for its XML files.
    folder = tmp / "folder"
    folder.mkdir()
    (folder / "a.xml").write_bytes(first.read_bytes())
    (folder / "notes.txt").write_text("not read", encoding="utf-8")
    run, summary = summarize(folder)
    if run.returncode != 0 or summary != expected_of(first):
        failures.append(f"a folder: status {run.returncode}, {run.stdout.strip()}\n{run.stderr}")

    # Without a file there is nothing to summarize.
    run = subprocess.run([binary, "--summary"], env=env, capture_output=True, text=True, timeout=60)
    if run.returncode != 2:
        failures.append(f"--summary without a file: status {run.returncode}")

for failure in failures:
    print(failure)
print(f"{len(fixtures_found)} fixtures, {len(failures)} failures")
sys.exit(1 if failures else 0)
