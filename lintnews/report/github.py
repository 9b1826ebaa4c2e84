"""``--format github``: GitHub Actions workflow commands (``::error file=...::message``)."""

from __future__ import annotations

from typing import Any

from ..engine.results import RunResult

_LEVEL = {"error": "error", "warning": "warning", "info": "notice"}


def _escape_data(s: str) -> str:
    return s.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _escape_property(s: str) -> str:
    return _escape_data(s).replace(":", "%3A").replace(",", "%2C")


def render(result: RunResult, **_: Any) -> str:
    lines = []
    for file in result.files:
        if file.error:
            lines.append(f"::error file={_escape_property(file.path)}::{_escape_data(file.error)}")
    for f in result.findings:
        props = ",".join([
            f"file={_escape_property(f.path)}", f"line={f.line}", f"col={f.column}",
            f"endLine={f.end_line}", f"endColumn={f.end_column}", f"title={_escape_property(f.rule)}",
        ])
        lines.append(f"::{_LEVEL[f.severity]} {props}::{_escape_data(f.message)}")
    return "\n".join(lines) + ("\n" if lines else "")
