#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Copies the IATI codelists the app uses, in English and French, from the shared copy
(../shared/data/iati-codelists-fr-en.json) into data/iati-codelists.json, which the app and
`--check` read from their resources: a clean clone or a Flatpak build has no ../shared.

Usage: build-aux/update-codelists.py [SHARED-CODELISTS-JSON]"""

import json
import pathlib
import sys

USED = [
    "ActivityStatus",
    "AidType",
    "CollaborationType",
    "Currency",
    "DocumentCategory",
    "FinanceType",
    "FlowType",
    "OrganisationRole",
    "OrganisationType",
    "Region",
    "Sector",
    "SectorCategory",
    "SectorVocabulary",
    "TransactionType",
]

# Names the IATI list leaves in English in its French column, in our own French. CC BY asks
# that changes be indicated: they are listed in the output's attribution.
FRENCH = {
    ("Sector", "25030"): "Services de développement des entreprises",
}

top = pathlib.Path(__file__).resolve().parent.parent
source = pathlib.Path(sys.argv[1]) if len(sys.argv) > 1 else top.parent / "shared" / "data" / "iati-codelists-fr-en.json"
lists = json.loads(source.read_text(encoding="utf-8"))

out = {
    "_attribution": {
        "text": "IATI Standard (http://iatistandard.org/)",
        "license": "CC BY 4.0",
        "origin": lists["_source"],
        "changes": "French names added where the IATI list gives the English one: "
                   + ", ".join(f"{name} {code}" for name, code in sorted(FRENCH)),
    }
}
for name in USED:
    out[name] = {code: {k: v for k, v in entry.items() if k in ("en", "fr", "_status")}
                 for code, entry in sorted(lists[name].items())}
    for (list_name, code), french in FRENCH.items():
        if list_name == name and out[name][code]["fr"] == out[name][code]["en"]:
            out[name][code]["fr"] = french

target = top / "data" / "iati-codelists.json"
target.write_text(json.dumps(out, ensure_ascii=False, indent=1, sort_keys=False) + "\n", encoding="utf-8")
print(f"wrote {target.relative_to(top)}: {', '.join(f'{n} ({len(out[n])})' for n in USED)}")
