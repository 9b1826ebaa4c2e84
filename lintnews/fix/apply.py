"""Apply chosen fixes to a source text: earliest edit wins, overlapping ones wait for the next pass."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from ..model import Edit, Finding, Fix

LEVELS = {"safe": ("safe",), "unsafe": ("safe", "unsafe"), "all": ("safe", "unsafe", "suggestion")}


@dataclass(frozen=True)
class Applied:
    finding: Finding
    fix: Fix


def choose_fix(finding: Finding, allowed: Iterable[str]) -> Fix | None:
    """The first fix of a finding whose applicability is allowed."""
    allowed = tuple(allowed)
    return next((fix for fix in finding.fixes if fix.applicability in allowed), None)


def apply_fixes(source: str, findings: Iterable[Finding], allowed: Iterable[str] = ("safe",),
                newline: str = "\n") -> tuple[str, list[Applied]]:
    """Splice the allowed fixes into ``source``. A fix overlapping an earlier chosen one is skipped
    (it stays reported, and a later pass may apply it). Returns the new text and what was applied.

    Line breaks inside replacements follow the file's ``newline`` style, so a CRLF file stays CRLF."""
    allowed = tuple(allowed)
    chosen: list[Applied] = []
    taken: list[tuple[int, int]] = []
    for finding in sorted(findings, key=lambda f: (f.start, f.end, f.rule)):
        fix = choose_fix(finding, allowed)
        if fix is None:
            continue
        spans = [(e.start, e.end) for e in fix.edits]
        if any(_overlaps(s, t) for s in spans for t in taken):
            continue
        taken.extend(spans)
        chosen.append(Applied(finding, fix))
    edits: list[Edit] = sorted((e for a in chosen for e in a.fix.edits), key=lambda e: (e.start, e.end))
    out: list[str] = []
    pos = 0
    for e in edits:
        out.append(source[pos:e.start])
        out.append(_with_newline(e.replacement, newline))
        pos = e.end
    out.append(source[pos:])
    return "".join(out), chosen


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    if a[0] == a[1] or b[0] == b[1]:  # insertions collide only at the same point or strictly inside
        return a[0] == b[0] or (b[0] < a[0] < b[1]) or (a[0] < b[0] < a[1])
    return a[0] < b[1] and b[0] < a[1]


def _with_newline(text: str, newline: str) -> str:
    if newline == "\n" or "\n" not in text or "\r" in text:
        return text
    return text.replace("\n", newline)
