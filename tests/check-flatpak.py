#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Static check of the Flatpak manifest: flatpak-builder must parse it, and the fields that decide
what users get (id, runtime, command, sandbox permissions) must be the ones we promise."""

import json
import shutil
import subprocess
import sys

manifest = sys.argv[1]

builder = shutil.which("flatpak-builder")
if builder is None:
    print("flatpak-builder is not installed")
    sys.exit(77)

# --show-manifest parses the manifest the way a build would and prints it back.
shown = subprocess.run([builder, "--show-manifest", manifest], capture_output=True, text=True)
if shown.returncode != 0:
    sys.exit(f"flatpak-builder could not read {manifest}:\n{shown.stderr}")
data = json.loads(shown.stdout)

errors = []


def expect(field, wanted):
    if data.get(field) != wanted:
        errors.append(f"{field} is {data.get(field)!r}, expected {wanted!r}")


expect("id", "io.github.aidexplorer.AidExplorer")
expect("runtime", "org.gnome.Platform")
expect("sdk", "org.gnome.Sdk")
expect("command", "aid-explorer")
expect("separate-locales", False)
expect("finish-args", ["--share=ipc", "--socket=fallback-x11", "--socket=wayland", "--device=dri"])

version = str(data.get("runtime-version", ""))
if not version.isdigit() or int(version) < 50:
    errors.append(f"runtime-version is {version!r}, expected a stable GNOME runtime, 50 or newer")

if not data.get("cleanup"):
    errors.append("cleanup rules are missing")

modules = data.get("modules", [])
if not modules or modules[-1].get("name") != "aid-explorer" or modules[-1].get("buildsystem") != "meson":
    errors.append("the last module must build aid-explorer with meson")
else:
    sources = modules[-1].get("sources", [])
    if sources != [{"type": "dir", "path": ".."}]:
        errors.append(f"the app module must build this repository, found sources {sources!r}")

for error in errors:
    print(f"error: {error}", file=sys.stderr)
sys.exit(1 if errors else 0)
