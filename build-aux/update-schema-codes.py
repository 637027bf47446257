#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Rewrites, in place, the lists of codes in the dataset's JSON Schema
(data/aid-dataset.schema.json) from the IATI codelists the app carries
(data/iati-codelists.json), so that the schema accepts exactly the codes `--check` accepts.

Run it after build-aux/update-codelists.py, whenever that one changes data/iati-codelists.json:

    build-aux/update-codelists.py && build-aux/update-schema-codes.py

Each code definition of the schema's $defs (below, CODE_DEFS) gets an "enum" of every code of its
codelist, withdrawn codes included: data written before a code was withdrawn stays valid, and the
app only mentions the withdrawal. Nothing else in the schema changes, but the whole file is written
back in this script's layout (two-space indent, short values on one line, long lists of codes
wrapped at 100 columns), so that running it twice changes nothing. tests/check-schema.py fails when
the schema's codes and the codelists differ.

Usage: build-aux/update-schema-codes.py [--check]
  --check   write nothing; exit 1 if the schema is not up to date"""

import json
import pathlib
import sys

# $defs name in the schema -> codelist name in data/iati-codelists.json
CODE_DEFS = {
    "activityStatusCode": "ActivityStatus",
    "aidTypeCode": "AidType",
    "collaborationTypeCode": "CollaborationType",
    "currencyCode": "Currency",
    "organisationRoleCode": "OrganisationRole",
    "organisationTypeCode": "OrganisationType",
    "sectorCode": "Sector",
    "transactionTypeCode": "TransactionType",
}

WIDTH = 100
INDENT = "  "


def code_order(code):
    """Numeric codes in numeric order ("2" before "10"), others alphabetically."""
    return (0, int(code), code) if code.isdigit() else (1, 0, code)


def codes(codelists, name):
    return sorted(codelists[name], key=code_order)


def compact(value):
    return json.dumps(value, ensure_ascii=False, separators=(", ", ": "))


def layout(value, indent="", prefix=""):
    """The text of value, starting after prefix (a key or nothing) at indentation indent."""
    flat = compact(value)
    if len(indent) + len(prefix) + len(flat) + 1 <= WIDTH or not isinstance(value, (dict, list)) or not value:
        return flat
    inner = indent + INDENT
    if isinstance(value, dict):
        members = []
        for key, item in value.items():
            key_text = json.dumps(key, ensure_ascii=False) + ": "
            members.append(inner + key_text + layout(item, inner, key_text))
        return "{\n" + ",\n".join(members) + "\n" + indent + "}"
    if all(not isinstance(item, (dict, list)) for item in value):
        lines, line = [], ""
        for item in value:
            text = compact(item) + ","
            if line and len(inner) + len(line) + 1 + len(text) > WIDTH:
                lines.append(line)
                line = text
            else:
                line = f"{line} {text}" if line else text
        lines.append(line[:-1])
        return "[\n" + "\n".join(inner + line for line in lines) + "\n" + indent + "]"
    return "[\n" + ",\n".join(inner + layout(item, inner) for item in value) + "\n" + indent + "]"


def main():
    check_only = sys.argv[1:] == ["--check"]
    if sys.argv[1:] and not check_only:
        print(__doc__.split("\n\n")[-1], file=sys.stderr)
        return 2

    top = pathlib.Path(__file__).resolve().parent.parent
    schema_path = top / "data" / "aid-dataset.schema.json"
    codelists = json.loads((top / "data" / "iati-codelists.json").read_text(encoding="utf-8"))
    old_text = schema_path.read_text(encoding="utf-8")
    schema = json.loads(old_text)

    defs = schema.get("$defs", {})
    for def_name, list_name in CODE_DEFS.items():
        if def_name not in defs:
            print(f"error: {schema_path.name} has no $defs/{def_name} for the codelist {list_name}",
                  file=sys.stderr)
            return 1
        if list_name not in codelists:
            print(f"error: data/iati-codelists.json has no codelist {list_name}", file=sys.stderr)
            return 1
        defs[def_name]["enum"] = codes(codelists, list_name)

    new_text = layout(schema) + "\n"
    if check_only:
        if new_text != old_text:
            print(f"{schema_path.relative_to(top)} is not up to date: run {pathlib.Path(__file__).name}",
                  file=sys.stderr)
            return 1
        return 0
    if new_text != old_text:
        schema_path.write_text(new_text, encoding="utf-8")
    summary = ", ".join(f"{d} ({len(defs[d]['enum'])})" for d in CODE_DEFS)
    print(f"{'wrote' if new_text != old_text else 'unchanged'} {schema_path.relative_to(top)}: {summary}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
