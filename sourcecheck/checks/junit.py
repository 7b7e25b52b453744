"""JUnit XML for CI systems: one test suite per case, one failing test per finding.

Why
---
CI systems (GitLab, Jenkins, GitHub annotations) read JUnit XML and show each failure by
name. A finding at or above the threshold, or a failed table expectation, is a failing test
case; a clean case is one passing test case; a broken case is one test case in error.

Example
-------
>>> xml = to_junit([{"case": "demo", "status": "ok", "findings": [], "expectations_failed": [],
...                  "error": None, "seconds": 0.1}], fail_on="error")
>>> b'<testsuite name="demo" tests="1" failures="0" errors="0"' in xml
True
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Sequence
from pathlib import Path

from sourcecheck.atomic import write_bytes
from sourcecheck.checks.batch import failures


def to_junit(outcomes: Sequence[dict], *, fail_on: str) -> bytes:
    """The JUnit XML document (UTF-8 bytes) for a batch run's outcomes."""
    root = ET.Element("testsuites", name="sourcecheck")
    totals = {"tests": 0, "failures": 0, "errors": 0}
    for outcome in outcomes:
        suite = _suite(outcome, fail_on)
        root.append(suite)
        for key in totals:
            totals[key] += int(suite.get(key))
    for key, value in totals.items():
        root.set(key, str(value))
    root.set("time", f"{sum(o['seconds'] for o in outcomes):.3f}")
    ET.indent(root)
    return ET.tostring(root, encoding="utf-8", xml_declaration=True)


def _suite(outcome: dict, fail_on: str) -> ET.Element:
    case = outcome["case"]
    classname = f"sourcecheck.{case}"
    cases: list[ET.Element] = []
    if outcome["status"] == "broken":
        test = ET.Element("testcase", name="check case", classname=classname)
        error = ET.SubElement(test, "error", message=outcome["error"], type="broken")
        error.text = outcome.get("traceback") or outcome["error"]
        cases.append(test)
    for found in failures(outcome, fail_on):
        test = ET.Element("testcase", name=f"{found['rule']} {found['id']}", classname=classname)
        failure = ET.SubElement(test, "failure", message=found["message"], type=found["severity"])
        failure.text = _detail(found)
        cases.append(test)
    if not cases:
        name = "checked" if fail_on == "never" else f"no findings at or above {fail_on}"
        cases.append(ET.Element("testcase", name=name, classname=classname))
    suite = ET.Element(
        "testsuite",
        name=case,
        tests=str(len(cases)),
        failures=str(sum(t.find("failure") is not None for t in cases)),
        errors=str(sum(t.find("error") is not None for t in cases)),
        skipped="0",
        time=f"{outcome['seconds']:.3f}",
    )
    suite.extend(cases)
    return suite


def _detail(found: dict) -> str:
    expectation = found.get("expectation")
    if expectation is None:
        return f"{found['severity']} {found['rule']}: {found['message']}"
    rows = ", ".join(map(str, expectation["failing_rows"]))
    return f"{expectation['details'] or ''}\nfailing rows: {rows}".strip()


def write_junit(path: str | Path, outcomes: Sequence[dict], *, fail_on: str) -> None:
    """Write the JUnit XML atomically."""
    write_bytes(path, to_junit(outcomes, fail_on=fail_on))
