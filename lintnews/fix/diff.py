"""Unified diffs of fixes (``--diff``), in the form ``git apply`` and ``patch -p1`` accept."""

from __future__ import annotations

import difflib
import os

NO_NEWLINE = "\\ No newline at end of file\n"


def _lines(text: str) -> list[str]:
    """Lines split at ``\n`` only (``str.splitlines`` also splits at form feeds and U+2028)."""
    parts = text.split("\n")
    return [p + "\n" for p in parts[:-1]] + ([parts[-1]] if parts[-1] else [])


def unified_diff(original: str, fixed: str, path: str, context: int = 3) -> str:
    """The diff from ``original`` to ``fixed``; empty when they are equal."""
    if original == fixed:
        return ""
    name = os.path.normpath(path).replace("\\", "/").lstrip("/")
    out: list[str] = []
    for line in difflib.unified_diff(_lines(original), _lines(fixed), f"a/{name}", f"b/{name}", n=context):
        out.append(line)
        if not line.endswith("\n"):
            out.append("\n" + NO_NEWLINE)
    return "".join(out)
