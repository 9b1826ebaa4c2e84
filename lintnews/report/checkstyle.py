"""``--format checkstyle``: Checkstyle XML, read by Jenkins' warnings plugin, reviewdog and many IDEs."""

from __future__ import annotations

from typing import Any
from xml.etree import ElementTree as ET

from ..engine.results import RunResult
from .junit import xml_safe


def render(result: RunResult, **_: Any) -> str:
    root = ET.Element("checkstyle", version="4.3")
    for file in result.files:
        node = ET.SubElement(root, "file", name=xml_safe(file.path))
        if file.error:
            ET.SubElement(node, "error", line="1", severity="error", message=xml_safe(file.error),
                          source="lintnews.read")
        for f in file.findings:
            ET.SubElement(node, "error", line=str(f.line), column=str(f.column), severity=f.severity,
                          message=xml_safe(f.message), source=f.rule)
    ET.indent(root)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"
