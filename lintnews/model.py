"""The objects that flow through the pipeline: findings, fixes and edits (frozen, so stages cannot
mutate each other's results)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

Severity = Literal["error", "warning", "info"]
Applicability = Literal["safe", "unsafe", "suggestion"]

SEVERITIES: tuple[Severity, ...] = ("error", "warning", "info")
SEVERITY_RANK: dict[str, int] = {"error": 3, "warning": 2, "info": 1, "never": 99}
APPLICABILITIES: tuple[Applicability, ...] = ("safe", "unsafe", "suggestion")


@dataclass(frozen=True)
class Edit:
    """Replace ``source[start:end]`` with ``replacement`` (offsets into the decoded source)."""

    start: int
    end: int
    replacement: str


@dataclass(frozen=True)
class Fix:
    """One way to repair a finding; ``--fix`` applies ``safe`` ones, ``--unsafe-fixes`` adds ``unsafe``."""

    edits: tuple[Edit, ...]
    applicability: Applicability = "safe"
    title: str = ""


@dataclass(frozen=True)
class Finding:
    """A problem at an exact place in a file.

    ``start``/``end`` are code-point offsets into the decoded source (BOM excluded); ``line`` and
    ``column`` are 1-based, ``end_column`` exclusive, as editors show them.
    """

    rule: str
    severity: Severity
    message: str
    category: str
    path: str
    start: int
    end: int
    line: int
    column: int
    end_line: int
    end_column: int
    fixes: tuple[Fix, ...] = ()
    text: str = ""
    pack: str = ""
    data: tuple[tuple[str, str], ...] = field(default=())

    @property
    def sort_key(self) -> tuple[str, int, int, str]:
        return (self.path, self.start, self.end, self.rule)


@dataclass(frozen=True)
class RawFinding:
    """What a check yields: offsets into ``Document.text``; the engine maps them to the source."""

    start: int
    end: int
    message: str
    replacements: tuple[str, ...] = ()
    applicability: Applicability | None = None
    rule: str | None = None
    severity: Severity | None = None
    category: str | None = None
    data: tuple[tuple[str, str], ...] = ()
    #: Text span the fix replaces when it differs from the finding's (e.g. a whole line to delete).
    fix_span: tuple[int, int] | None = None
