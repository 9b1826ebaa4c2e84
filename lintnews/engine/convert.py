"""Turn what a check yields (text offsets) into a ``Finding`` (source offsets, line:column, fixes)."""

from __future__ import annotations

from ..checks.base import Rule
from ..document.model import Document
from ..model import Edit, Finding, Fix, RawFinding


def _fix_title(replacement: str, original: str) -> str:
    if replacement == "":
        return f"Delete '{_short(original)}'"
    return f"Replace with '{_short(replacement)}'"


def _short(text: str, limit: int = 60) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "\u2026"


def _deletes_whole_lines(raw: RawFinding, document: Document, start: int, end: int) -> bool:
    """Deleting whole lines of plain text or Markdown is safe even when they hold list markers."""
    if document.offsets is not None or not raw.replacements or any(raw.replacements):
        return False
    src = document.source
    return (start == 0 or src[start - 1] == "\n") and (end == len(src) or src[end - 1] == "\n")


def to_finding(raw: RawFinding, rule: Rule, document: Document) -> Finding | None:
    """A source-anchored finding; ``None`` when the span starts or ends on masked markup (it is not prose)."""
    text = document.text
    if document.offsets is None:
        for i in (raw.start, raw.end - 1):
            if 0 <= i < len(text) and text[i] != document.source[i]:
                return None
    start, end = document.to_source(raw.start), document.to_source_end(raw.end)
    fix_start, fix_end = raw.fix_span or (raw.start, raw.end)
    editable = document.is_verbatim(fix_start, fix_end) or _deletes_whole_lines(raw, document, fix_start, fix_end)
    if not editable and raw.fix_span and all(r == "" for r in raw.replacements):
        fix_start, fix_end = raw.start, raw.end  # fall back to deleting just the flagged text
        editable = document.is_verbatim(fix_start, fix_end)
    src_fix_start, src_fix_end = document.to_source(fix_start), document.to_source_end(fix_end)
    original = document.source[src_fix_start:src_fix_end]
    applicability = raw.applicability or rule.applicability
    if not editable:
        applicability = "suggestion"
    fixes = tuple(
        Fix((Edit(src_fix_start, src_fix_end, r),), applicability, _fix_title(r, original))
        for r in raw.replacements
        if r != original
    )
    line, column = document.position(start)
    end_line, end_column = document.position(end)
    return Finding(
        rule=raw.rule or rule.qualified_id,
        severity=raw.severity or rule.severity,
        message=raw.message,
        category=raw.category or rule.category,
        path=document.path,
        start=start,
        end=end,
        line=line,
        column=column,
        end_line=end_line,
        end_column=end_column,
        fixes=fixes,
        text=document.source[start:end],
        pack=rule.pack,
        data=raw.data,
    )
