#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""`aid-explorer --check` end to end, through the real binary.

Every fixture tests/data/check/NAME.json (or NAME.xml, for IATI files) has NAME.expected, the exact output it must give (the
problems, then the summary line); the exit status must be 0 for a valid file and 1 otherwise.
Then the cases that cannot be committed as files: a folder, a named pipe, a missing file, an
empty file, a symbolic link loop, a file over the size limit (sparse), the string, activity and
problem limits, several files at once, and a usage error. Each must answer quickly and say where
the problem is, never hang or crash.

Usage: check-diagnostics.py AID-EXPLORER FIXTURES-DIR"""

import os
import pathlib
import subprocess
import sys
import tempfile

binary = os.path.abspath(sys.argv[1])
fixtures = pathlib.Path(sys.argv[2])
failures = []
count = 0

env = dict(os.environ, LC_ALL="C.UTF-8", LANGUAGE="")


def check(args, cwd, expected_lines, expected_status, label):
    global count
    count += 1
    try:
        run = subprocess.run([binary, "--check", *args], cwd=cwd, env=env, capture_output=True,
                             text=True, timeout=60)
    except subprocess.TimeoutExpired:
        failures.append(f"{label}: did not answer within 60 seconds")
        return
    lines = run.stdout.splitlines()
    if run.returncode != expected_status:
        failures.append(f"{label}: exit status {run.returncode}, expected {expected_status}\n{run.stdout}{run.stderr}")
    if expected_lines is not None and lines != expected_lines:
        failures.append(f"{label}: output differs\n  got:      {lines}\n  expected: {expected_lines}")
    if "CRITICAL" in run.stderr or "WARNING" in run.stderr:
        failures.append(f"{label}: GLib complained:\n{run.stderr}")
    return lines


# The committed fixtures.
for path in sorted([*fixtures.glob("*.json"), *fixtures.glob("*.xml")]):
    expected_file = path.with_suffix(".expected")
    if not expected_file.exists():
        failures.append(f"{path.name} has no {expected_file.name}")
        continue
    expected = expected_file.read_text(encoding="utf-8").splitlines()
    status = 0 if expected and ": ok, " in expected[-1] else 1
    check([path.name], fixtures, expected, status, path.name)

minimal = (fixtures / "ok-minimal.json").read_text(encoding="utf-8")

with tempfile.TemporaryDirectory() as tmp:
    tmp = pathlib.Path(tmp)

    (tmp / "folder").mkdir()
    check(["folder"], tmp, ["folder: error: this is a folder, not a file", "folder: 1 error, 0 warnings"], 1, "folder")

    os.mkfifo(tmp / "pipe")
    check(["pipe"], tmp, ["pipe: error: this is a named pipe, not a regular file", "pipe: 1 error, 0 warnings"], 1, "fifo")

    check(["missing.json"], tmp, ["missing.json: error: the file does not exist", "missing.json: 1 error, 0 warnings"], 1, "missing")

    (tmp / "empty.json").write_bytes(b"")
    check(["empty.json"], tmp, ["empty.json: error: the file is empty", "empty.json: 1 error, 0 warnings"], 1, "empty")

    (tmp / "blank.json").write_bytes(b"  \n\n ")
    lines = check(["blank.json"], tmp, None, 1, "whitespace only")
    if lines and not (lines[0].startswith("blank.json:1:1: error: ") and "whitespace" in lines[0]):
        failures.append(f"whitespace only: expected a whitespace error at 1:1, got {lines}")

    os.symlink("loop-b", tmp / "loop-a")
    os.symlink("loop-a", tmp / "loop-b")
    lines = check(["loop-a"], tmp, None, 1, "symlink loop")
    if lines and not lines[0].startswith("loop-a: error: "):
        failures.append(f"symlink loop: expected a file error, got {lines}")

    os.symlink("/dev/zero", tmp / "device")
    check(["device"], tmp, ["device: error: this is a device, not a regular file", "device: 1 error, 0 warnings"], 1, "device")

    # Sparse: costs no disk space.
    with open(tmp / "huge.json", "wb") as f:
        f.truncate((4 << 30) + 1)
    lines = check(["huge.json"], tmp, None, 1, "too large")
    if lines and "larger than the limit of" not in lines[0]:
        failures.append(f"too large: expected the size limit to be named, got {lines}")

    # One string over 1 MiB.
    long_text = minimal.replace('"Wells in the north"', '"' + "x" * (1024 * 1024 + 1) + '"', 1)
    (tmp / "long.json").write_text(long_text, encoding="utf-8")
    lines = check(["long.json"], tmp, None, 1, "string limit")
    if lines and "longer than" not in lines[0]:
        failures.append(f"string limit: expected the string limit to be named, got {lines}")

    # More activities than the limit: refused by the scanner, before any is parsed.
    with open(tmp / "many.json", "w") as f:
        head, _, _ = minimal.partition('"activities": [')
        f.write(head + '"activities": [' + ",".join(["{}"] * 2000001) + "]}")
    lines = check(["many.json"], tmp, None, 1, "activity limit")
    if lines and "2000000" not in lines[0].replace(" ", "").replace("\u202f", ""):
        failures.append(f"activity limit: expected the limit to be named, got {lines}")

    # Past 100 problems, the rest are counted but not described.
    head, _, _ = minimal.partition('"activities": [')
    bad = ",".join('{"id": "A%d", "title": {"en": "t"}, "channel": "none"}' % i for i in range(150))
    (tmp / "bad.json").write_text(head + '"activities": [' + bad + "]}", encoding="utf-8")
    lines = check(["bad.json"], tmp, None, 1, "problem cap")
    if lines and (len(lines) != 102 or "only the first 100" not in lines[-2]):
        failures.append(f"problem cap: expected 100 problems, a notice and a summary, got {len(lines)} lines")

    # Several files: each gets its summary, and the status is 1 when any is invalid.
    (tmp / "ok.json").write_text(minimal, encoding="utf-8")
    check(["ok.json", "empty.json"], tmp,
          ["ok.json: ok, 1 activity, 1 organisation",
           "empty.json: error: the file is empty", "empty.json: 1 error, 0 warnings"], 1, "several files")
    check(["ok.json"], tmp, ["ok.json: ok, 1 activity, 1 organisation"], 0, "one valid file")

    # With no file, the bundled dataset, which must always be valid and free of warnings.
    check([], tmp, ["mali.aid.json: ok, 19 activities, 19 organisations"], 0, "bundled dataset")

    # A usage error.
    count += 1
    run = subprocess.run([binary, "--check", "--no-such-option"], env=env, capture_output=True, text=True, timeout=60)
    if run.returncode != 2:
        failures.append(f"usage error: exit status {run.returncode}, expected 2")

for failure in failures:
    print(f"FAIL {failure}", file=sys.stderr)
print(f"{count - len(failures)} passed, {len(failures)} failed")
sys.exit(1 if failures else 0)
