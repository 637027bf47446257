#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Every text of the bundled dataset exists in French and in English, and a sentence is
never the same in both (names may be). Quotes are the exception: verbatim, one language.

Usage: check-dataset-languages.py DATASET"""

import json
import sys

dataset = json.load(open(sys.argv[1], encoding="utf-8"))
problems = []


def walk(node, path):
    if isinstance(node, dict):
        keys = set(node)
        if keys and keys <= {"fr", "en"} | {k for k in keys if len(k) == 2 and k.islower()} and all(isinstance(v, str) for v in node.values()):
            if "fr" not in node or "en" not in node:
                problems.append(f"{path}: only in {', '.join(sorted(keys))}")
            elif node["fr"] == node["en"] and " " in node["fr"].strip() and len(node["fr"].split()) > 3:
                problems.append(f"{path}: the same sentence in both languages: {node['fr']!r}")
            return
        for key, value in node.items():
            walk(value, f"{path}.{key}" if path else key)
    elif isinstance(node, list):
        for i, value in enumerate(node):
            walk(value, f"{path}[{i}]")


walk(dataset, "")
for problem in problems:
    print(problem, file=sys.stderr)
print(f"{len(problems)} problems" if problems else "every text is in French and English")
sys.exit(1 if problems else 0)
