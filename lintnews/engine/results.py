"""The outcome of a run, as every reporter receives it."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from ..model import SEVERITY_RANK, Finding


@dataclass
class FileResult:
    """Findings for one file, or the one-line reason it could not be checked."""

    path: str
    findings: list[Finding] = field(default_factory=list)
    error: str | None = None
    words: int = 0
    meta: dict[str, Any] = field(default_factory=dict)
    #: Per-article readability scores (Flesch reading ease, Flesch-Kincaid grade, ...), when checked.
    readability: dict[str, float] | None = None
    #: Per-document summaries of corpus checks (check index -> summary), consumed by ``Linter.finish``.
    summaries: dict[int, Any] = field(default_factory=dict, repr=False)


@dataclass
class RunResult:
    files: list[FileResult] = field(default_factory=list)
    #: Problems that are not tied to one file (e.g. an unreachable LanguageTool server).
    notices: list[str] = field(default_factory=list)
    #: True when a check the run required could not run (``--require-languagetool``): exit code 2.
    incomplete: bool = False

    @property
    def findings(self) -> list[Finding]:
        return [f for r in self.files for f in r.findings]

    @property
    def errors(self) -> list[str]:
        return [r.error for r in self.files if r.error]

    def counts(self) -> dict[str, int]:
        out = {"error": 0, "warning": 0, "info": 0}
        for f in self.findings:
            out[f.severity] += 1
        return out

    def exit_code(self, fail_on: str = "error") -> int:
        """0 clean, 1 findings at or above ``fail_on``, 2 something could not be checked."""
        if self.errors or self.incomplete:
            return 2
        threshold = SEVERITY_RANK[fail_on]
        return 1 if any(SEVERITY_RANK[f.severity] >= threshold for f in self.findings) else 0
