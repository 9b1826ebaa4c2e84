"""The fix loop: apply the allowed fixes, check the new text again, repeat until nothing changes.

A fix can reveal or unblock another (an overlapping fix waits for the next pass), so one pass is not
enough; a bounded number of passes keeps a rule whose fix re-creates its own finding from looping.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ..document import read_text
from ..document.model import Document
from ..engine.results import FileResult
from ..engine.runner import Linter
from ..model import Edit, Finding
from .apply import Applied, apply_fixes

MAX_PASSES = 10


@dataclass(frozen=True)
class FixPass:
    findings: list[Finding]
    edits: list[Edit]


@dataclass
class FixedFile:
    """One file's fixing: the text as read, the final document, what was applied, what remains."""

    path: str
    original: str
    document: Document
    applied: list[Applied] = field(default_factory=list)
    #: Each pass: the findings it worked from and the edits it made, in offsets of the text it started from.
    passes: list[FixPass] = field(default_factory=list)
    #: Findings of the final text (per-document; corpus findings are added by ``Linter.finish``).
    result: FileResult | None = None
    #: Findings of the text as read, reported instead when the fixed text cannot be written.
    first: FileResult | None = None
    converged: bool = True
    #: SHA-256 of the bytes as read (None for standard input), to refuse files changed meanwhile.
    digest: str | None = None
    #: Folder the file was found under; writing through a link that leaves it is refused.
    root: str = "."

    @property
    def changed(self) -> bool:
        return self.document.source != self.original


def _final_newline(original: str, text: str, newline: str) -> str:
    """What to append so a fix that deletes the last line does not take the file's final newline with
    it. (The other way round, a deletion that leaves a newline at the end is kept: removing it would
    change bytes outside the fix.)"""
    if text and original.endswith(("\n", "\r")) and not text.endswith(("\n", "\r")):
        return newline
    return ""


def run_pass(source: str, original: str, findings: list[Finding], allowed: tuple[str, ...], newline: str
             ) -> tuple[str, list[Applied], list[Edit]]:
    """One pass: the new text, the fixes applied, and every edit made (a restored final newline too)."""
    text, applied = apply_fixes(source, findings, allowed, newline)
    edits = sorted((e for a in applied for e in a.fix.edits), key=lambda e: e.start)
    end = _final_newline(original, text, newline)
    if end:
        text += end
        edits.append(Edit(len(source), len(source), end))
    return text, applied, edits


def fix_loop(linter: Linter, fixed: FixedFile, allowed: tuple[str, ...],
             max_passes: int = MAX_PASSES) -> FixedFile:
    """Run passes on ``fixed`` (whose ``result`` holds the current findings) until the text is stable."""
    document = fixed.document
    result = fixed.result if fixed.result is not None else linter.lint_loaded(document)
    newline = document.encoding.newline
    for _ in range(max_passes):
        text, applied, edits = run_pass(document.source, fixed.original, result.findings, allowed, newline)
        if text == document.source:
            fixed.converged = True
            break
        fixed.applied.extend(applied)
        fixed.passes.append(FixPass(result.findings, edits))
        document = read_text(text, document.path, document.format, document.encoding)
        result = linter.lint_loaded(document)
    else:
        text = run_pass(document.source, fixed.original, result.findings, allowed, newline)[0]
        fixed.converged = text == document.source
    fixed.document, fixed.result = document, result
    return fixed


def fix_document(linter: Linter, document: Document, allowed: tuple[str, ...] = ("safe",),
                 digest: str | None = None, root: str = ".") -> FixedFile:
    """Fix one document already read; the result remembers the original for diffs and writing."""
    first = linter.lint_loaded(document)
    fixed = FixedFile(path=document.path, original=document.source, document=document,
                      result=copy_result(first), first=first, digest=digest, root=root)
    return fix_loop(linter, fixed, allowed)


def copy_result(result: FileResult) -> FileResult:
    return FileResult(path=result.path, findings=list(result.findings), error=result.error,
                      words=result.words, meta=dict(result.meta), summaries=dict(result.summaries))


def fix_text(text: str, linter: Linter, path: str = "<text>", format: str = "text",
             allowed: tuple[str, ...] = ("safe",)) -> str:
    """The text with the allowed fixes applied until stable (corpus checks aside)."""
    return fix_document(linter, read_text(text, path, format), allowed).document.source
