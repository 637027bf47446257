#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""The dataset's JSON Schema (data/aid-dataset.schema.json) agrees with the format
(docs/dataset-format.md) and with the app's fixtures:

- it is a valid draft 2020-12 schema, every $ref resolves, every $def is used, and it never
  forbids unknown members (the app only warns about them);
- its code enums are exactly the codes of data/iati-codelists.json, withdrawn ones included
  (build-aux/update-schema-codes.py writes them);
- it accepts the minimal dataset and the other examples of docs/dataset-format.md, every
  tests/data/check/ok-*.json and every data/*.aid.json;
- it rejects every tests/data/check/structural-*.json;
- it accepts or rejects each of the small variations of CASES below, as they say.

Usage: check-schema.py REPO_ROOT. Exits 77 (skipped) when the Python module jsonschema is missing,
unless the environment variable CI is "true"."""

import copy
import importlib.util
import json
import os
import pathlib
import re
import sys

try:
    import jsonschema
    from jsonschema import Draft202012Validator
except ImportError:
    if os.environ.get("CI") == "true":
        print("error: the Python module jsonschema is missing (Debian: python3-jsonschema)", file=sys.stderr)
        sys.exit(1)
    print("skipped: the Python module jsonschema is missing (Debian: python3-jsonschema)")
    sys.exit(77)

SCHEMA_URI = "https://json-schema.org/draft/2020-12/schema"
SCHEMA_ID = "https://github.com/aidexplorer/AidExplorer/data/aid-dataset.schema.json"
MAX_DEPTH = 32                    # the reader's limits (docs/dataset-format.md, "Limits")
MAX_STRING_BYTES = 1024 * 1024

top = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else pathlib.Path(__file__).resolve().parent.parent)
failures = []
checks = 0


def fail(message):
    failures.append(message)
    print(f"FAIL: {message}", file=sys.stderr)


def relative(path):
    return path.relative_to(top).as_posix()


class Unreadable(Exception):
    """A document the app's reader refuses before any schema sees it."""


def strict_object(pairs):
    names = [name for name, _ in pairs]
    for name in names:
        if names.count(name) > 1:
            raise Unreadable(f"the member name “{name}” appears twice in one object")
    return dict(pairs)


def refuse_constant(name):
    raise Unreadable(f"{name} is not JSON")


def depth(value):
    """Arrays and objects nested in each other, the root counting 1; 0 for a scalar."""
    deepest, stack = 0, [(value, 1)]
    while stack:
        item, level = stack.pop()
        if isinstance(item, dict):
            children = item.values()
        elif isinstance(item, list):
            children = item
        else:
            continue
        deepest = max(deepest, level)
        stack.extend((child, level + 1) for child in children)
    return deepest


def strings(value):
    stack = [value]
    while stack:
        item = stack.pop()
        if isinstance(item, str):
            yield item
        elif isinstance(item, dict):
            yield from item.keys()
            stack.extend(item.values())
        elif isinstance(item, list):
            stack.extend(item)


def read_json(path):
    """The document as the app reads it: strict JSON (no NaN, no repeated member), within the limits."""
    try:
        value = json.loads(path.read_bytes().decode("utf-8"), object_pairs_hook=strict_object,
                           parse_constant=refuse_constant)
    except (UnicodeDecodeError, json.JSONDecodeError) as error:
        raise Unreadable(str(error)) from error
    if depth(value) > MAX_DEPTH:
        raise Unreadable(f"nested deeper than {MAX_DEPTH} levels")
    if any(len(text.encode("utf-8", "surrogatepass")) > MAX_STRING_BYTES for text in strings(value)):
        raise Unreadable(f"a string is longer than {MAX_STRING_BYTES} bytes")
    return value


def short(text, limit=240):
    return text if len(text) <= limit else text[:limit] + "…"


def explain(validator, document):
    error = jsonschema.exceptions.best_match(validator.iter_errors(document))
    return f"{error.json_path}: {short(error.message)}" if error else "(no error)"


# ---------------------------------------------------------------------------------------------
# The schema itself

schema_path = top / "data" / "aid-dataset.schema.json"
try:
    schema = read_json(schema_path)
except (OSError, Unreadable) as error:
    print(f"error: cannot read {relative(schema_path)}: {error}", file=sys.stderr)
    sys.exit(1)

checks += 1
try:
    Draft202012Validator.check_schema(schema)
except jsonschema.exceptions.SchemaError as error:
    fail(f"{relative(schema_path)} is not a valid draft 2020-12 schema: {error.json_path}: {short(error.message)}")
    sys.exit(1)

checks += 1
for member, expected in (("$schema", SCHEMA_URI), ("$id", SCHEMA_ID)):
    if schema.get(member) != expected:
        fail(f"{relative(schema_path)}: {member} is {schema.get(member)!r}, not {expected!r}")
for member in ("title", "description"):
    if not isinstance(schema.get(member), str) or not schema[member]:
        fail(f"{relative(schema_path)} has no {member}")

defs = schema.get("$defs", {})
used = set()


def walk(node, path):
    if isinstance(node, dict):
        for keyword in ("additionalProperties", "unevaluatedProperties"):
            if node.get(keyword) is False:
                fail(f"{relative(schema_path)}: {path}/{keyword} is false, but the app accepts unknown "
                     "members (it only warns): whatever the app accepts, the schema must accept")
        ref = node.get("$ref")
        if isinstance(ref, str):
            match = re.fullmatch(r"#/\$defs/([A-Za-z0-9_]+)", ref)
            if not match or match[1] not in defs:
                fail(f"{relative(schema_path)}: {path}/$ref {ref!r} does not name one of its $defs")
            else:
                used.add(match[1])
        for key, value in node.items():
            walk(value, f"{path}/{key}")
    elif isinstance(node, list):
        for index, value in enumerate(node):
            walk(value, f"{path}/{index}")


checks += 1
walk(schema, "#")
for name in sorted(set(defs) - used):
    fail(f"{relative(schema_path)}: $defs/{name} is never used")

# The code enums are the codelists' codes.
spec = importlib.util.spec_from_file_location("update_schema_codes", top / "build-aux" / "update-schema-codes.py")
update_schema_codes = importlib.util.module_from_spec(spec)
spec.loader.exec_module(update_schema_codes)
codelists = json.loads((top / "data" / "iati-codelists.json").read_text(encoding="utf-8"))

checks += 1
for def_name, list_name in update_schema_codes.CODE_DEFS.items():
    enum = defs.get(def_name, {}).get("enum")
    if not isinstance(enum, list):
        fail(f"{relative(schema_path)}: $defs/{def_name} has no enum (of IATI {list_name} codes)")
        continue
    missing = sorted(set(codelists[list_name]) - set(enum))
    extra = sorted(set(enum) - set(codelists[list_name]))
    if missing or extra:
        fail(f"{relative(schema_path)}: $defs/{def_name} differs from IATI {list_name} in "
             f"data/iati-codelists.json (missing {missing[:10]}, extra {extra[:10]}): "
             "run build-aux/update-schema-codes.py")

validator = Draft202012Validator(schema)


def expect(document, valid, what):
    global checks
    checks += 1
    is_valid = validator.is_valid(document)
    if valid and not is_valid:
        fail(f"{what} should be valid, but the schema rejects it: {explain(validator, document)}")
    elif not valid and is_valid:
        fail(f"{what} should be invalid, but the schema accepts it")


# ---------------------------------------------------------------------------------------------
# The examples of docs/dataset-format.md

doc_path = top / "docs" / "dataset-format.md"
blocks = re.findall(r"^```json\n(.*?)^```", doc_path.read_text(encoding="utf-8"), re.M | re.S)
if not blocks:
    print(f"error: {relative(doc_path)} has no ```json block", file=sys.stderr)
    sys.exit(1)
MINIMAL = json.loads(blocks[-1], object_pairs_hook=strict_object)
expect(MINIMAL, True, f"the minimal dataset of {relative(doc_path)}")

activity_members = set(defs["activity"]["properties"])
for number, block in enumerate(blocks[:-1], 1):
    text = block.strip()
    fragment = json.loads(text if text.startswith("{") else "{" + text + "}", object_pairs_hook=strict_object)
    document = copy.deepcopy(MINIMAL)
    for name, value in fragment.items():
        if name in activity_members:
            document["activities"][0][name] = value
        elif name in schema["properties"]:
            document[name] = value
        else:
            fail(f"{relative(doc_path)}, json block {number}: no place in a dataset for “{name}”")
    expect(document, True, f"{relative(doc_path)}, json block {number}, in the minimal dataset")

# ---------------------------------------------------------------------------------------------
# Fixtures

fixtures = top / "tests" / "data" / "check"
for path in sorted(fixtures.glob("ok-*.json")) + sorted((top / "data").glob("*.aid.json")):
    try:
        document = read_json(path)
    except Unreadable as error:
        checks += 1
        fail(f"{relative(path)} should be valid, but the app cannot even read it: {error}")
        continue
    expect(document, True, relative(path))

for path in sorted(fixtures.glob("structural-*.json")):
    try:
        document = read_json(path)
    except Unreadable as error:
        checks += 1
        print(f"note: {relative(path)} is refused before the schema applies ({error})")
        continue
    expect(document, False, f"{relative(path)} (a structural error)")

# ---------------------------------------------------------------------------------------------
# Variations of the minimal dataset, and of a dataset that uses every member


def at(document, path):
    """The container and the key of a path such as "activities.0.budget.amount"."""
    keys = [int(key) if key.isdigit() else key for key in path.split(".")]
    for key in keys[:-1]:
        document = document[key]
    return document, keys[-1]


def put(path, value):
    def mutate(document):
        container, key = at(document, path)
        container[key] = copy.deepcopy(value)
    return mutate


def drop(path):
    def mutate(document):
        container, key = at(document, path)
        del container[key]
    return mutate


def append(path, value):
    def mutate(document):
        container, key = at(document, path)
        container[key].append(copy.deepcopy(value))
    return mutate


def both(*mutations):
    def mutate(document):
        for mutation in mutations:
            mutation(document)
    return mutate


def evidence(source="report", **members):
    return {"source": source, **members}


FULL = {
    "format": "aid-explorer-dataset",
    "format_version": 1,
    "id": "lux-mali",
    "title": {"fr": "Coopération luxembourgeoise au Mali", "en": "Luxembourg's cooperation with Mali"},
    "description": {"fr": "Les programmes et projets de 2023 et 2024."},
    "default_language": "fr",
    "default_currency": "EUR",
    "donor": "lux",
    "reporting_org": "lux",
    "recipient_country": "ML",
    "focus_period": {"start": "2023", "end": "2024-12-31"},
    "licence": {"name": "CC BY 4.0", "url": "https://creativecommons.org/licenses/by/4.0/",
                "note": {"en": "Figures quoted from public reports."}},
    "sources": [
        {"id": "report", "title": "Rapport annuel 2023", "publisher": "Ministère des Affaires étrangères",
         "url": "https://example.org/rapport-2023.pdf", "language": "fr", "published": "2024-06",
         "accessed": "2025-01-15"},
        {"id": "portal", "title": "Project portal", "publisher": "LuxDev", "language": "en"},
    ],
    "organisations": [
        {"id": "lux", "name": {"fr": "Luxembourg", "en": "Luxembourg"}, "type": "10", "country": "LU"},
        {"id": "luxdev", "name": {"fr": "Agence luxembourgeoise pour la coopération au développement"},
         "short_name": {"fr": "LuxDev"}, "type": "10", "iati_ref": "LU-GOV-1", "country": "LU"},
        {"id": "wfp", "name": {"en": "World Food Programme", "fr": "Programme alimentaire mondial"},
         "short_name": {"en": "WFP", "fr": "PAM"}, "type": "40"},
    ],
    "regions": [
        {"id": "segou", "name": {"fr": "Ségou"}, "country": "ML"},
        {"id": "sikasso", "name": {"fr": "Sikasso"}},
    ],
    "exchange_rates": [
        {"currency": "XOF", "base": "EUR", "rate": 655.957, "source": "report", "quote": "1 EUR = 655,957 FCFA",
         "disputes": [{"rate": 656, "source": "portal", "method": "published"}]},
    ],
    "envelopes": [
        {"id": "pic4", "title": {"fr": "Programme indicatif de coopération IV"},
         "period": {"start": "2023-01", "end": "2027"}, "covers": ["bilateral", "multilateral", "ngo"],
         "amount": 122000000, "currency": "EUR", "source": "report", "quote": "122 millions d'euros",
         "also": [{"source": "portal", "quote": "EUR 122 million"}],
         "disputes": [{"amount": 120000000, "source": "portal"}]},
    ],
    "indicators": [
        {"id": "pop", "kind": "population", "value": 22.6, "unit": {"en": "millions"}, "year": 2023,
         "source": "report", "disputes": [{"value": 22.4, "year": 2022, "source": "portal"}]},
        {"id": "hdi", "kind": "hdi_rank", "value": 186, "out_of": 191, "year": 2022, "source": "report"},
        {"id": "literacy", "kind": "other", "label": {"en": "Literacy rate"}, "value": 30.8,
         "unit": {"en": "%"}, "year": 2022, "source": "portal", "method": "published"},
    ],
    "counts": [
        {"id": "ngos", "label": {"fr": "ONG financées"}, "count": 5, "year": 2023, "channel": "ngo",
         "themes": [{"fr": "santé"}, {"fr": "éducation"}], "source": "report", "quote": "cinq ONG",
         "disputes": [{"count": 6, "source": "portal"}]},
    ],
    "notes": [
        {"text": {"en": "Figures for 2024 are provisional."}, "source": "report", "method": "inferred"},
        {"text": {"fr": "Contexte régional."}},
    ],
    "activities": [
        {
            "id": "MLI/021",
            "iati_identifier": "XM-DAC-28-1-MLI021",
            "other_identifiers": [{"ref": "7F08615", "owner": "lux"}, {"ref": "X-1"}],
            "title": {"fr": "Formation professionnelle", "en": "Vocational training"},
            "description": {"fr": "Former et insérer des jeunes."},
            "status": {"code": "2", "source": "portal",
                       "disputes": [{"code": "3", "source": "report"}]},
            "dates": {
                "planned_start": {"date": "2016-09", "source": "portal"},
                "actual_start": {"date": "2017-01-15", "source": "portal", "quote": "started 15 January 2017"},
                "planned_end": {"date": "2024", "disputes": [{"date": "2025", "source": "report"}]},
                "actual_end": {"date": "2024-12-31", "method": "inferred",
                               "note": {"en": "Closing report dated December 2024."}},
            },
            "participating_orgs": [
                {"org": "lux", "role": "1", "source": "report"},
                {"org": "luxdev", "role": "4", "source": "portal",
                 "disputes": [{"org": "wfp", "role": "4", "source": "report"}]},
            ],
            "recipient_country": "ML",
            "locations": [
                {"region": "segou", "percentage": 60, "source": "portal"},
                {"region": "sikasso", "percentage": 40, "source": "portal",
                 "disputes": [{"region": "sikasso", "percentage": 35, "source": "report"}]},
            ],
            "sectors": [
                {"code": "11330", "percentage": 70.5, "method": "mapped", "source": "portal"},
                {"code": "16020", "percentage": 29.5, "method": "mapped",
                 "disputes": [{"code": "16010", "source": "report"}]},
            ],
            "collaboration_type": {"code": "1", "source": "portal"},
            "aid_type": {"code": "C01", "source": "portal", "disputes": [{"code": "B03", "source": "report"}]},
            "humanitarian": False,
            "channel": "bilateral",
            "budget": {
                "amount": 16000000, "currency": "EUR", "value_date": "2016-06",
                "source": "portal", "quote": "Total budget 16,000,000 EUR",
                "also": [{"source": "report", "quote": "16 millions d'euros", "quote_language": "fr"}],
                "equivalents": [{"amount": 10495312000, "currency": "XOF", "source": "report",
                                 "method": "converted"}],
                "disputes": [{"amount": 16500000.25, "source": "report", "note": {"en": "Includes fees."}}],
            },
            "contributions": [
                {"funder": "lux", "amount": 15000000, "source": "portal"},
                {"funder": "wfp", "amount": 1000000, "currency": "USD", "source": "report"},
            ],
            "budgets": [
                {"period": {"start": "2023", "end": "2023"}, "amount": 3200000.5, "source": "report"},
            ],
            "transactions": [
                {"type": "2", "date": "2016-06-30", "provider": "lux", "receiver": "luxdev",
                 "amount": 16000000, "source": "portal"},
                {"type": "3", "date": "2023", "amount": 2500000, "source": "report", "method": "summed"},
            ],
            "results": [
                {"title": {"en": "Young people trained"}, "value": 4200, "unit": {"en": "people"},
                 "year": 2023, "source": "report",
                 "disputes": [{"value": 4000, "source": "portal"}]},
                {"title": {"en": "Centres built"}, "value": None},
            ],
            "notes": [{"text": {"en": "Phase 2 of MLI/016."}, "source": "portal"}],
        },
        {"id": "WFP-2023", "title": {"en": "School meals"}, "channel": "multilateral", "humanitarian": True,
         "budget": None},
    ],
}

A = "activities.0"
OK, BAD = True, False

CASES = [
    # (what, expected, base, mutation)
    ("the minimal dataset", OK, MINIMAL, None),
    ("a dataset using every member", OK, FULL, None),

    # The root
    ("format_version 2", BAD, MINIMAL, put("format_version", 2)),
    ("format_version \"1\"", BAD, MINIMAL, put("format_version", "1")),
    ("format_version 1.5", BAD, MINIMAL, put("format_version", 1.5)),
    ("no format_version", BAD, MINIMAL, drop("format_version")),
    ("another format", BAD, MINIMAL, put("format", "iati-activities")),
    ("no format", BAD, MINIMAL, drop("format")),
    ("no id", BAD, MINIMAL, drop("id")),
    ("an empty id", BAD, MINIMAL, put("id", "")),
    ("no title", BAD, MINIMAL, drop("title")),
    ("a title that is a string, not a language map", BAD, MINIMAL, put("title", "An example")),
    ("no default_language", BAD, MINIMAL, drop("default_language")),
    ("default_language \"EN\"", BAD, MINIMAL, put("default_language", "EN")),
    ("default_language \"eng\"", BAD, MINIMAL, put("default_language", "eng")),
    ("default_language \"en\\n\"", BAD, MINIMAL, put("default_language", "en\n")),
    ("no default_currency", BAD, MINIMAL, drop("default_currency")),
    ("default_currency \"EURO\"", BAD, MINIMAL, put("default_currency", "EURO")),
    ("default_currency \"eur\"", BAD, MINIMAL, put("default_currency", "eur")),
    ("no licence", BAD, MINIMAL, drop("licence")),
    ("a licence without a name", BAD, MINIMAL, put("licence", {"url": "https://example.org"})),
    ("a licence that is a string", BAD, MINIMAL, put("licence", "CC BY 4.0")),
    ("no sources", BAD, MINIMAL, drop("sources")),
    ("sources empty", OK, MINIMAL, put("sources", [])),
    ("no activities", BAD, MINIMAL, drop("activities")),
    ("activities empty", OK, MINIMAL, put("activities", [])),
    ("activities an object", BAD, MINIMAL, put("activities", {"P-1": {}})),
    ("no organisations", OK, MINIMAL, drop("organisations")),
    ("recipient_country \"ML\"", OK, MINIMAL, put("recipient_country", "ML")),
    ("recipient_country \"MLI\"", BAD, MINIMAL, put("recipient_country", "MLI")),
    ("recipient_country \"ml\"", BAD, MINIMAL, put("recipient_country", "ml")),
    ("donor an empty reference", BAD, MINIMAL, put("donor", "")),
    ("a focus_period without an end", BAD, MINIMAL, put("focus_period", {"start": "2023"})),
    ("a focus_period as a string", BAD, MINIMAL, put("focus_period", "2023-2024")),
    ("the root an array", BAD, [MINIMAL], None),

    # Unknown members are warnings, never schema errors
    ("an unknown member at the root", OK, MINIMAL, put("titel", {"en": "typo"})),
    ("an unknown member in an activity", OK, MINIMAL, put(f"{A}.titel", "typo")),
    ("an unknown member in a money object", OK, MINIMAL, put(f"{A}.budget.amout", 5)),
    ("an unknown member in a source", OK, MINIMAL, put("sources.0.isbn", "978-0")),
    ("an unknown member in a period", OK, FULL, put("focus_period.note", "x")),
    ("a $schema member", OK, MINIMAL, put("$schema", SCHEMA_ID)),

    # Language maps
    ("a language map with one language", OK, MINIMAL, put("title", {"fr": "Un exemple"})),
    ("a language map with one empty language beside a filled one", OK, MINIMAL,
     put("title", {"en": "An example", "fr": ""})),
    ("an empty language map", BAD, MINIMAL, put("title", {})),
    ("a language map whose only text is empty", BAD, MINIMAL, put("title", {"en": ""})),
    ("a language map whose texts are all empty", BAD, MINIMAL, put("title", {"en": "", "fr": ""})),
    ("a language map keyed \"EN\"", BAD, MINIMAL, put("title", {"EN": "An example"})),
    ("a language map keyed \"fra\"", BAD, MINIMAL, put("title", {"fra": "Un exemple"})),
    ("a language map keyed \"en-GB\"", BAD, MINIMAL, put("title", {"en-GB": "An example"})),
    ("a language map with a number", BAD, MINIMAL, put("title", {"en": 5})),
    ("a language map with null", BAD, MINIMAL, put("title", {"en": "An example", "fr": None})),

    # Sources and organisations
    ("a source without a title", BAD, MINIMAL, drop("sources.0.title")),
    ("a source without a publisher", BAD, MINIMAL, drop("sources.0.publisher")),
    ("a source without a language", BAD, MINIMAL, drop("sources.0.language")),
    ("a source without an id", BAD, MINIMAL, drop("sources.0.id")),
    ("a source with a title in a language map", BAD, MINIMAL, put("sources.0.title", {"en": "Report"})),
    ("a source published \"June 2024\"", BAD, MINIMAL, put("sources.0.published", "June 2024")),
    ("an organisation without a name", BAD, MINIMAL, drop("organisations.0.name")),
    ("an organisation with a name as a string", BAD, MINIMAL, put("organisations.0.name", "Agency")),
    ("an organisation of type \"10\"", OK, MINIMAL, put("organisations.0.type", "10")),
    ("an organisation of type 10 (a number)", BAD, MINIMAL, put("organisations.0.type", 10)),
    ("an organisation of type \"99\"", BAD, MINIMAL, put("organisations.0.type", "99")),
    ("a region without a name", BAD, FULL, drop("regions.0.name")),

    # Dates
    ("a date \"2024\"", OK, MINIMAL, put("sources.0.published", "2024")),
    ("a date \"2024-02\"", OK, MINIMAL, put("sources.0.published", "2024-02")),
    ("a date \"2024-02-29\"", OK, MINIMAL, put("sources.0.published", "2024-02-29")),
    ("a date \"2023-02-30\" (the calendar is the app's check)", OK, MINIMAL, put("sources.0.published", "2023-02-30")),
    ("a date \"2024-13-01\"", BAD, MINIMAL, put("sources.0.published", "2024-13-01")),
    ("a date \"2024-00\"", BAD, MINIMAL, put("sources.0.published", "2024-00")),
    ("a date \"2024-01-00\"", BAD, MINIMAL, put("sources.0.published", "2024-01-00")),
    ("a date \"2024-01-32\"", BAD, MINIMAL, put("sources.0.published", "2024-01-32")),
    ("a date \"24-01-01\"", BAD, MINIMAL, put("sources.0.published", "24-01-01")),
    ("a date \"2024-1-1\"", BAD, MINIMAL, put("sources.0.published", "2024-1-1")),
    ("a date \"2024/01/01\"", BAD, MINIMAL, put("sources.0.published", "2024/01/01")),
    ("a date \"2024-01-01T00:00:00Z\"", BAD, MINIMAL, put("sources.0.published", "2024-01-01T00:00:00Z")),
    ("a date \"2024\\n\"", BAD, MINIMAL, put("sources.0.published", "2024\n")),
    ("a date \" 2024\"", BAD, MINIMAL, put("sources.0.published", " 2024")),
    ("a date in Arabic-Indic digits", BAD, MINIMAL, put("sources.0.published", "٢٠٢٤")),
    ("a date 2024 (a number)", BAD, MINIMAL, put("sources.0.published", 2024)),
    ("an activity date fact without a date", BAD, FULL, put(f"{A}.dates.planned_start", {"source": "portal"})),
    ("an activity date as a bare string", BAD, FULL, put(f"{A}.dates.planned_start", "2016-09")),

    # Money
    ("an amount \"4 000 000\"", BAD, MINIMAL, put(f"{A}.budget.amount", "4 000 000")),
    ("a negative amount", BAD, MINIMAL, put(f"{A}.budget.amount", -1)),
    ("an amount of 0", OK, MINIMAL, put(f"{A}.budget.amount", 0)),
    ("an amount with cents", OK, MINIMAL, put(f"{A}.budget.amount", 250000.25)),
    ("an amount with three decimals (two decimals is the app's check)", OK, MINIMAL,
     put(f"{A}.budget.amount", 250000.125)),
    ("an amount of 10 000 000 000 000", OK, MINIMAL, put(f"{A}.budget.amount", 10000000000000)),
    ("an amount over 10 000 000 000 000", BAD, MINIMAL, put(f"{A}.budget.amount", 10000000000000.01)),
    ("an amount null", BAD, MINIMAL, put(f"{A}.budget.amount", None)),
    ("a budget without an amount", BAD, MINIMAL, drop(f"{A}.budget.amount")),
    ("a budget without a source", BAD, MINIMAL, drop(f"{A}.budget.source")),
    ("a budget null", OK, MINIMAL, put(f"{A}.budget", None)),
    ("no budget", OK, MINIMAL, drop(f"{A}.budget")),
    ("a budget that is a number", BAD, MINIMAL, put(f"{A}.budget", 250000)),
    ("a currency \"EURO\"", BAD, MINIMAL, put(f"{A}.budget.currency", "EURO")),
    ("a currency \"XOF\"", OK, MINIMAL, put(f"{A}.budget.currency", "XOF")),
    ("a value_date \"2024-13\"", BAD, MINIMAL, put(f"{A}.budget.value_date", "2024-13")),
    ("an equivalent in \"FCFA\"", BAD, FULL, put(f"{A}.budget.equivalents.0.currency", "FCFA")),
    ("an equivalent without a source", BAD, FULL, drop(f"{A}.budget.equivalents.0.source")),
    ("an equivalent without an amount", BAD, FULL, drop(f"{A}.budget.equivalents.0.amount")),
    ("equivalents that are an object", BAD, FULL, put(f"{A}.budget.equivalents", {"amount": 1, "source": "report"})),

    # Evidence
    ("a method \"guessed\"", BAD, MINIMAL, put(f"{A}.budget.method", "guessed")),
    ("each method", OK, FULL, both(*(put(f"{A}.transactions.{i}.method", method) for i, method in
                                    enumerate(["published", "summed"])),
                                  put(f"{A}.budget.method", "converted"), put(f"{A}.sectors.0.method", "mapped"),
                                  put(f"{A}.status.method", "inferred"))),
    ("a quote_language \"French\"", BAD, MINIMAL, put(f"{A}.budget.quote_language", "French")),
    ("a quote that is a number", BAD, MINIMAL, put(f"{A}.budget.quote", 250000)),
    ("a note that is a string", BAD, MINIMAL, put(f"{A}.budget.note", "approximate")),
    ("an also item without a source", BAD, FULL, drop(f"{A}.budget.also.0.source")),
    ("also that is an object", BAD, FULL, put(f"{A}.budget.also", {"source": "report"})),
    ("a dispute without a source", BAD, FULL, drop(f"{A}.budget.disputes.0.source")),
    ("a money dispute without an amount", BAD, FULL, drop(f"{A}.budget.disputes.0.amount")),
    ("a money dispute with an amount as a string", BAD, FULL, put(f"{A}.budget.disputes.0.amount", "16.5 M")),
    ("a date dispute without a source", BAD, FULL, drop(f"{A}.dates.planned_end.disputes.0.source")),
    ("a date dispute with a bad date", BAD, FULL, put(f"{A}.dates.planned_end.disputes.0.date", "2025-00")),
    ("a status dispute with an unknown code", BAD, FULL, put(f"{A}.status.disputes.0.code", "9")),
    ("an aid type dispute with an unknown code", BAD, FULL, put(f"{A}.aid_type.disputes.0.code", "Z99")),
    ("a sector dispute with an unknown code", BAD, FULL, put(f"{A}.sectors.1.disputes.0.code", "99999")),
    ("a participating org dispute without a source", BAD, FULL,
     drop(f"{A}.participating_orgs.1.disputes.0.source")),
    ("a location dispute over 100%", BAD, FULL, put(f"{A}.locations.1.disputes.0.percentage", 135)),
    ("an indicator dispute without a value", BAD, FULL, drop("indicators.0.disputes.0.value")),
    ("an exchange rate dispute of 0", BAD, FULL, put("exchange_rates.0.disputes.0.rate", 0)),
    ("a count dispute of 5.5", BAD, FULL, put("counts.0.disputes.0.count", 5.5)),
    ("a result dispute without a value", BAD, FULL, drop(f"{A}.results.0.disputes.0.value")),
    ("a result dispute with a value null", BAD, FULL, put(f"{A}.results.0.disputes.0.value", None)),

    # Activities
    ("an activity without a title", BAD, MINIMAL, drop(f"{A}.title")),
    ("an activity without an id", BAD, MINIMAL, drop(f"{A}.id")),
    ("an activity without a channel", BAD, MINIMAL, drop(f"{A}.channel")),
    ("a channel \"bilaterals\"", BAD, MINIMAL, put(f"{A}.channel", "bilaterals")),
    ("a channel \"Bilateral\"", BAD, MINIMAL, put(f"{A}.channel", "Bilateral")),
    ("each channel", OK, MINIMAL, both(*(append("activities", {"id": f"C-{channel}", "title": {"en": "x"},
                                                              "channel": channel})
                                           for channel in ["multilateral", "humanitarian", "ngo",
                                                           "micro-project"]))),
    ("humanitarian \"yes\"", BAD, MINIMAL, put(f"{A}.humanitarian", "yes")),
    ("a status code \"2\"", OK, MINIMAL, put(f"{A}.status", {"code": "2"})),
    ("a status code 2 (a number)", BAD, MINIMAL, put(f"{A}.status", {"code": 2})),
    ("a status code \"9\"", BAD, MINIMAL, put(f"{A}.status", {"code": "9"})),
    ("a status label instead of a code", BAD, MINIMAL, put(f"{A}.status", {"code": "Implementation"})),
    ("a status as a bare code", BAD, MINIMAL, put(f"{A}.status", "2")),
    ("a status without a code", BAD, MINIMAL, put(f"{A}.status", {"source": "report"})),
    ("a collaboration type \"9\"", BAD, FULL, put(f"{A}.collaboration_type.code", "9")),
    ("an aid type \"C01\"", OK, MINIMAL, put(f"{A}.aid_type", {"code": "C01"})),
    ("an aid type \"X01\"", BAD, MINIMAL, put(f"{A}.aid_type", {"code": "X01"})),
    ("a role \"5\"", BAD, MINIMAL, put(f"{A}.participating_orgs.0.role", "5")),
    ("a role 4 (a number)", BAD, MINIMAL, put(f"{A}.participating_orgs.0.role", 4)),
    ("a participating org without a role", BAD, MINIMAL, drop(f"{A}.participating_orgs.0.role")),
    ("a participating org without an org", BAD, MINIMAL, drop(f"{A}.participating_orgs.0.org")),
    ("a participating org without a source", OK, MINIMAL, drop(f"{A}.participating_orgs.0.source")),
    ("a sector \"31120\"", OK, MINIMAL, put(f"{A}.sectors", [{"code": "31120"}])),
    ("a sector \"99999\"", BAD, MINIMAL, put(f"{A}.sectors", [{"code": "99999"}])),
    ("a sector category \"311\" instead of a 5-digit code", BAD, MINIMAL, put(f"{A}.sectors", [{"code": "311"}])),
    ("a sector 31120 (a number)", BAD, MINIMAL, put(f"{A}.sectors", [{"code": 31120}])),
    ("a sector without a code", BAD, MINIMAL, put(f"{A}.sectors", [{"percentage": 100}])),
    ("a sector percentage of 120", BAD, FULL, put(f"{A}.sectors.0.percentage", 120)),
    ("a sector percentage of -5", BAD, FULL, put(f"{A}.sectors.0.percentage", -5)),
    ("a sector percentage \"70%\"", BAD, FULL, put(f"{A}.sectors.0.percentage", "70%")),
    ("a location without a region", BAD, FULL, drop(f"{A}.locations.0.region")),
    ("an other identifier without a ref", BAD, FULL, drop(f"{A}.other_identifiers.0.ref")),
    ("dates that are an array", BAD, FULL, put(f"{A}.dates", [])),
    ("a contribution without a funder", BAD, FULL, drop(f"{A}.contributions.0.funder")),
    ("a contribution without a source", BAD, FULL, drop(f"{A}.contributions.0.source")),
    ("a period budget without a period", BAD, FULL, drop(f"{A}.budgets.0.period")),
    ("a period budget with a bad period end", BAD, FULL, put(f"{A}.budgets.0.period.end", "2023-12-32")),
    ("a transaction type \"99\"", BAD, FULL, put(f"{A}.transactions.0.type", "99")),
    ("a transaction type \"10\"", OK, FULL, put(f"{A}.transactions.0.type", "10")),
    ("a transaction without a type", BAD, FULL, drop(f"{A}.transactions.0.type")),
    ("a transaction without a date", BAD, FULL, drop(f"{A}.transactions.0.date")),
    ("a transaction without an amount", BAD, FULL, drop(f"{A}.transactions.0.amount")),
    ("a transaction with a negative amount", BAD, FULL, put(f"{A}.transactions.0.amount", -2500000)),
    ("a result value null", OK, FULL, put(f"{A}.results.0.value", None)),
    ("a result without a value", OK, FULL, drop(f"{A}.results.0.value")),
    ("a result value \"unknown\"", BAD, FULL, put(f"{A}.results.0.value", "unknown")),
    ("a result without a title", BAD, FULL, drop(f"{A}.results.0.title")),
    ("a result year 2023.5", BAD, FULL, put(f"{A}.results.0.year", 2023.5)),
    ("a note without text", BAD, FULL, drop(f"{A}.notes.0.text")),

    # Exchange rates, envelopes, indicators, counts
    ("an exchange rate of 0", BAD, FULL, put("exchange_rates.0.rate", 0)),
    ("an exchange rate without a source", BAD, FULL, drop("exchange_rates.0.source")),
    ("an exchange rate without a base", BAD, FULL, drop("exchange_rates.0.base")),
    ("an exchange rate in \"FCFA\"", BAD, FULL, put("exchange_rates.0.currency", "FCFA")),
    ("an envelope without a period", BAD, FULL, drop("envelopes.0.period")),
    ("an envelope without a source", BAD, FULL, drop("envelopes.0.source")),
    ("an envelope without an amount", BAD, FULL, drop("envelopes.0.amount")),
    ("an envelope covering \"grants\"", BAD, FULL, put("envelopes.0.covers", ["bilateral", "grants"])),
    ("an indicator kind \"gdp\"", BAD, FULL, put("indicators.0.kind", "gdp")),
    ("an indicator of kind other without a label", BAD, FULL, drop("indicators.2.label")),
    ("an indicator of another kind with a label", OK, FULL, put("indicators.0.label", {"en": "Population"})),
    ("an indicator without a source", BAD, FULL, drop("indicators.0.source")),
    ("an indicator without a year", BAD, FULL, drop("indicators.0.year")),
    ("an indicator without a value", BAD, FULL, drop("indicators.0.value")),
    ("an indicator value null", BAD, FULL, put("indicators.0.value", None)),
    ("an indicator out_of 191.5", BAD, FULL, put("indicators.1.out_of", 191.5)),
    ("a count without a source", BAD, FULL, drop("counts.0.source")),
    ("a count of -1", BAD, FULL, put("counts.0.count", -1)),
    ("a count \"five\"", BAD, FULL, put("counts.0.count", "five")),
    ("a count with a channel \"ngos\"", BAD, FULL, put("counts.0.channel", "ngos")),
    ("a count with a theme that is a string", BAD, FULL, put("counts.0.themes", ["health"])),
]

# Withdrawn codes stay valid: old data uses them.
where = {
    "Currency": (MINIMAL, lambda code: put(f"{A}.budget.currency", code)),
    "Sector": (MINIMAL, lambda code: put(f"{A}.sectors", [{"code": code}])),
    "AidType": (MINIMAL, lambda code: put(f"{A}.aid_type", {"code": code})),
    "CollaborationType": (MINIMAL, lambda code: put(f"{A}.collaboration_type", {"code": code})),
    "ActivityStatus": (MINIMAL, lambda code: put(f"{A}.status", {"code": code})),
    "OrganisationRole": (MINIMAL, lambda code: put(f"{A}.participating_orgs.0.role", code)),
    "OrganisationType": (MINIMAL, lambda code: put("organisations.0.type", code)),
    "TransactionType": (FULL, lambda code: put(f"{A}.transactions.0.type", code)),
}
for list_name, (base, mutation) in where.items():
    withdrawn = [code for code, entry in codelists[list_name].items() if entry.get("_status") == "withdrawn"]
    if withdrawn:
        CASES.append((f"the withdrawn {list_name} code \"{withdrawn[0]}\"", OK, base, mutation(withdrawn[0])))

for what, valid, base, mutation in CASES:
    document = copy.deepcopy(base)
    if mutation:
        try:
            mutation(document)
        except (KeyError, IndexError, TypeError) as error:
            checks += 1
            fail(f"case “{what}”: the mutation does not apply to its base ({error!r}): fix the test")
            continue
    expect(document, valid, f"case “{what}”")

if failures:
    print(f"dataset-schema: {len(failures)} of {checks} checks failed", file=sys.stderr)
    sys.exit(1)
print(f"dataset-schema: {checks} checks passed")
