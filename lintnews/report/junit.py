"""``--format junit``: JUnit XML, one test suite per file and one failing test case per finding, the
shape CI servers (Jenkins, GitLab, Azure) show as test results."""

from __future__ import annotations

import re
from typing import Any
from xml.etree import ElementTree as ET

from ..engine.results import FileResult, RunResult

_NOT_XML = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def xml_safe(text: str) -> str:
    """XML 1.0 cannot hold most control characters (even escaped): show them as U+FFFD."""
    return _NOT_XML.sub("\ufffd", text)


def _suite(root: ET.Element, file: FileResult) -> int:
    """One suite per file; returns its number of test cases."""
    path = xml_safe(file.path)
    cases = max(len(file.findings), 1)
    suite = ET.SubElement(root, "testsuite", name=path, tests=str(cases),
                          failures=str(len(file.findings)), errors=str(int(bool(file.error))))
    if file.error:
        case = ET.SubElement(suite, "testcase", classname=path, name="read")
        error = xml_safe(file.error)
        ET.SubElement(case, "error", message=error, type="unreadable").text = error
    elif not file.findings:
        ET.SubElement(suite, "testcase", classname=path, name="lintnews")
    for f in file.findings:
        case = ET.SubElement(suite, "testcase", classname=path, name=f"{f.rule} ({f.line}:{f.column})",
                             file=path, line=str(f.line))
        failure = ET.SubElement(case, "failure", message=xml_safe(f.message), type=f.severity)
        failure.text = xml_safe(f"{file.path}:{f.line}:{f.column}: {f.severity}: {f.message} [{f.rule}]\n"
                                f"flagged: {f.text}\ncategory: {f.category}")
    return cases


def render(result: RunResult, **_: Any) -> str:
    root = ET.Element("testsuites", name="lintnews")
    tests = sum(_suite(root, file) for file in result.files)
    root.set("tests", str(tests))
    root.set("failures", str(len(result.findings)))
    root.set("errors", str(len(result.errors)))
    ET.indent(root)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"
