#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""`aid-explorer --export-csv` end to end, through the real binary, read back with Python's csv.

For every IATI fixture, the transaction columns of the CSV (the row's currency and the columns of
other currencies) add up, type by type and currency by currency, to what `--summary` says the
file publishes: nothing lost, nothing added twice, nothing converted. The bundled dataset gives
one row per activity with its budget as published. A made dataset shows that text a spreadsheet
would run as a formula is escaped, that an unknown amount is an empty cell (never 0), and that
a title with commas, quotes and new lines comes back whole.

Usage: check-export-csv.py AID-EXPLORER FIXTURES-DIR"""

import csv
import decimal
import json
import os
import pathlib
import subprocess
import sys
import tempfile

binary = os.path.abspath(sys.argv[1])
fixtures = pathlib.Path(sys.argv[2])
failures = []
decimal.getcontext().prec = 400
env = dict(os.environ, LC_ALL="C.UTF-8", LANGUAGE="")
COLUMNS = ["identifier", "title", "reporting_org", "funders", "implementers", "channel", "status",
           "start", "end", "regions", "countries", "sectors", "humanitarian", "currency", "budget",
           "commitments", "disbursements", "expenditures", "contributions", "disputed", "sources"]
KINDS = {"2": "commitments", "3": "disbursements", "4": "expenditures"}


def export(*paths):
    with tempfile.TemporaryDirectory() as directory:
        out = pathlib.Path(directory) / "out.csv"
        run = subprocess.run([binary, "--export-csv", str(out), *map(str, paths)], env=env,
                             capture_output=True, text=True, timeout=60)
        if "CRITICAL" in run.stderr or "GLib-WARNING" in run.stderr:
            failures.append(f"{paths}: GLib complained:\n{run.stderr}")
        if run.returncode != 0:
            failures.append(f"{paths}: exit {run.returncode}: {run.stderr}")
            return None, None
        raw = out.read_bytes()
        if not raw.startswith(b"\xef\xbb\xbf"):
            failures.append(f"{paths}: no byte-order mark")
        if b"\r\n" not in raw:
            failures.append(f"{paths}: lines do not end in CR LF")
        with out.open(newline="", encoding="utf-8-sig") as f:
            rows = list(csv.reader(f))
        return rows[0], [dict(zip(rows[0], row)) for row in rows[1:]]


def summary_of(path):
    run = subprocess.run([binary, "--summary", str(path)], env=env, capture_output=True, text=True,
                         timeout=60)
    return json.loads(run.stdout, parse_float=decimal.Decimal, parse_int=decimal.Decimal)


# Every IATI fixture: the CSV's transactions add up to the summary's.
for path in sorted(fixtures.glob("*.xml")):
    header, rows = export(path)
    if header is None:
        continue
    if header[:len(COLUMNS)] != COLUMNS:
        failures.append(f"{path.name}: columns {header[:len(COLUMNS)]}")
    summary = summary_of(path)
    if len(rows) != summary["activities"]:
        failures.append(f"{path.name}: {len(rows)} rows for {summary['activities']} activities")
    for type_, column in KINDS.items():
        found = {}
        for row in rows:
            if row[column] != "":
                currency = row["currency"] or "none"
                found[currency] = found.get(currency, 0) + decimal.Decimal(row[column])
            for name, value in row.items():
                if name.startswith(column + "_") and value != "":
                    currency = name[len(column) + 1:]
                    found[currency] = found.get(currency, 0) + decimal.Decimal(value)
        expected = {c: decimal.Decimal(v) for c, v in summary["transactions"].get(type_, {}).items()}
        if found != expected:
            failures.append(f"{path.name}: {column} {found}, the summary says {expected}")

# The bundled dataset: one row per activity, budgets as published.
header, rows = export()
if rows is not None:
    by_id = {row["identifier"]: row for row in rows}
    if len(rows) != 19:
        failures.append(f"bundled: {len(rows)} rows, not 19")
    if by_id.get("MLI/021", {}).get("budget") != "47440199":
        failures.append(f"bundled: MLI/021's budget is {by_id.get('MLI/021', {}).get('budget')!r}")
    if by_id.get("MLI/021", {}).get("currency") != "EUR":
        failures.append("bundled: MLI/021's currency is not EUR")

# Formulas, quoting and unknown amounts.
made = {
    "format": "aid-explorer-dataset", "format_version": 1, "id": "made",
    "title": {"en": "Made"}, "default_language": "en", "default_currency": "EUR",
    "licence": {"name": "CC0"},
    "sources": [{"id": "r", "title": "=Report", "publisher": "P", "language": "en"}],
    "organisations": [{"id": "o", "name": {"en": "@SUM(A1)"}}],
    "activities": [
        {"id": "A", "title": {"en": "=HYPERLINK(\"http://x\")"}, "channel": "ngo",
         "participating_orgs": [{"org": "o", "role": "1", "source": "r"}],
         "budget": {"amount": 1500.5, "source": "r"}},
        {"id": "B", "title": {"en": "Wells, \"pumps\"\nand latrines"}, "channel": "ngo"},
        {"id": "C", "title": {"en": "-5 sites"}, "channel": "ngo"},
    ],
}
with tempfile.TemporaryDirectory() as directory:
    path = pathlib.Path(directory) / "made.aid.json"
    path.write_text(json.dumps(made), encoding="utf-8")
    header, rows = export(path)
    if rows is not None:
        by_id = {row["identifier"]: row for row in rows}
        expectations = [
            (by_id["A"]["title"], "'=HYPERLINK(\"http://x\")"),
            (by_id["A"]["funders"], "'@SUM(A1)"),
            (by_id["A"]["sources"], "'=Report"),
            (by_id["A"]["budget"], "1500.5"),
            (by_id["B"]["title"], "Wells, \"pumps\"\nand latrines"),
            (by_id["B"]["budget"], ""),
            (by_id["C"]["title"], "'-5 sites"),
        ]
        for got, expected in expectations:
            if got != expected:
                failures.append(f"made: {got!r}, expected {expected!r}")

# A file that does not load exits 1 and writes nothing.
with tempfile.TemporaryDirectory() as directory:
    broken = pathlib.Path(directory) / "broken.xml"
    broken.write_text("<iati-activities><iati-activity>", encoding="utf-8")
    out = pathlib.Path(directory) / "out.csv"
    run = subprocess.run([binary, "--export-csv", str(out), str(broken)], env=env,
                         capture_output=True, text=True, timeout=60)
    if run.returncode != 1 or out.exists():
        failures.append(f"broken: exit {run.returncode}, output written: {out.exists()}")

for failure in failures:
    print(failure)
print(f"{len(failures)} failures")
sys.exit(1 if failures else 0)
