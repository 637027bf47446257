#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Every control a screen reader meets has a name: the real app runs with GTK's AT-SPI
backend on the test's display and bus, and this script reads its accessibility tree as Orca
does (GTK offers no public getter for the computed name). It checks the overview and the
projects page, whose cards must read as "title, implementer, amount" (and what is disputed).

Usage: check-accessibility.py AID-EXPLORER SCHEMA-DIR"""

import os
import subprocess
import sys
import time

try:
    import gi
    gi.require_version("Atspi", "2.0")
    from gi.repository import Atspi
except (ImportError, ValueError):
    print("python3-pyatspi (Atspi 2.0) is not installed")
    sys.exit(77 if os.environ.get("CI") != "true" else 1)

binary, schemas = sys.argv[1], sys.argv[2]
env = dict(os.environ, GSETTINGS_BACKEND="memory", GSETTINGS_SCHEMA_DIR=schemas,
           LANGUAGE="en", LC_ALL="C.UTF-8", GSK_RENDERER="cairo")
env.pop("NO_AT_BRIDGE", None)
env.pop("GTK_A11Y", None)

INTERACTIVE = {
    Atspi.Role.PUSH_BUTTON, Atspi.Role.TOGGLE_BUTTON, Atspi.Role.CHECK_BOX, Atspi.Role.RADIO_BUTTON,
    Atspi.Role.ENTRY, Atspi.Role.TEXT, Atspi.Role.COMBO_BOX, Atspi.Role.LINK, Atspi.Role.SLIDER,
    Atspi.Role.SPIN_BUTTON, Atspi.Role.LIST_ITEM, Atspi.Role.MENU_ITEM, Atspi.Role.PAGE_TAB,
}


def find_app():
    desktop = Atspi.get_desktop(0)
    for i in range(desktop.get_child_count()):
        app = desktop.get_child_at_index(i)
        if app is not None and app.get_name() in ("aid-explorer", "Aid Explorer"):
            return app
    return None


def walk(node, depth=0):
    if node is None or depth > 60:
        return
    yield node
    for i in range(node.get_child_count()):
        yield from walk(node.get_child_at_index(i), depth + 1)


def showing(node):
    states = node.get_state_set()
    return states.contains(Atspi.StateType.SHOWING) and states.contains(Atspi.StateType.VISIBLE)


def unnamed_controls(app):
    problems = []
    for node in walk(app):
        try:
            role = node.get_role()
            if role not in INTERACTIVE or not showing(node):
                continue
            name = node.get_name() or ""
            if not name.strip():
                parent = node.get_parent()
                context = f"{parent.get_role_name()} {parent.get_name()!r}" if parent is not None else "?"
                problems.append(f"{node.get_role_name()} without a name, in {context}")
        except gi.repository.GLib.Error:
            continue
    return problems


Atspi.init()
app_process = subprocess.Popen([binary], env=env)
failures = []
try:
    app = None
    deadline = time.monotonic() + 30
    while app is None and time.monotonic() < deadline:
        time.sleep(0.5)
        app = find_app()
    if app is None:
        sys.exit("the app did not appear on the accessibility bus")
    time.sleep(1.5)

    failures += [f"overview: {p}" for p in unnamed_controls(app)]

    # To the projects, as a screen reader user would: selecting the sidebar's row.
    for node in walk(app):
        if node.get_role() == Atspi.Role.LIST_ITEM and node.get_name() == "Projects":
            selection = node.get_parent().get_selection_iface()
            if selection is None or not selection.select_child(node.get_index_in_parent()):
                failures.append("the sidebar's Projects row cannot be selected")
            break
    else:
        failures.append("no sidebar row named Projects")
    time.sleep(1.5)

    failures += [f"projects: {p}" for p in unnamed_controls(app)]

    cards = [n.get_name() for n in walk(app)
             if showing(n) and (n.get_name() or "").startswith("Rural development and food security")]
    if not cards:
        items = [(n.get_role_name(), n.get_name()) for n in walk(app) if n.get_role() == Atspi.Role.LIST_ITEM and showing(n)]
        failures.append(f"no card reads as \"title, implementer, amount\" (list items: {items[:12]})")
    elif cards[0] != "Rural development and food security, LuxDev, €47,440,199, Disputed: budget, funding":
        failures.append(f"the first card reads {cards[0]!r}")
finally:
    app_process.terminate()
    try:
        app_process.wait(timeout=10)
    except subprocess.TimeoutExpired:
        app_process.kill()

for failure in failures:
    print(f"FAIL {failure}", file=sys.stderr)
print("every control has a name" if not failures else f"{len(failures)} problems")
sys.exit(1 if failures else 0)
