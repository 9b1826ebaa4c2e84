"""Rule type ``languagetool``: grammar, spelling and style matches from a LanguageTool server.

Only the prose of each paragraph is sent (markup removed, see ``languagetool.prose``); every match
comes back at the exact source position as a finding ``lt:<RULE_ID>`` with LanguageTool's message, an
MQM category and its replacements as unsafe fixes. Without a configured server the check is silent;
when the server fails the run reports one notice (see ``run_status``).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, ClassVar

from ..analysis import Analysis
from ..document.model import Document
from ..model import RawFinding, Severity
from .base import Check, Rule

#: LanguageTool category id -> MQM category.
MQM_BY_CATEGORY = {
    "TYPOS": "Fluency/Spelling",
    "CASING": "Fluency/Spelling",
    "COMPOUNDING": "Fluency/Spelling",
    "GRAMMAR": "Fluency/Grammar",
    "CONFUSED_WORDS": "Fluency/Grammar",
    "PUNCTUATION": "Fluency/Punctuation",
    "TYPOGRAPHY": "Fluency/Punctuation",
    "SEMANTICS": "Fluency/Inconsistency",
    "STYLE": "Style/Awkward",
    "REDUNDANCY": "Style/Awkward",
    "REPETITIONS": "Style/Awkward",
    "REPETITIONS_STYLE": "Style/Awkward",
    "COLLOCATIONS": "Style/Awkward",
    "NONSTANDARD_PHRASES": "Style/Awkward",
    "PLAIN_ENGLISH": "Style/Awkward",
    "WIKIPEDIA": "Style/Awkward",
    "AMERICAN_ENGLISH_STYLE": "Locale convention/Other",
    "BRITISH_ENGLISH": "Locale convention/Other",
}
#: LanguageTool issue type -> MQM category, when the category id says nothing (e.g. MISC).
MQM_BY_ISSUE = {
    "misspelling": "Fluency/Spelling",
    "grammar": "Fluency/Grammar",
    "duplication": "Fluency/Grammar",
    "typographical": "Fluency/Punctuation",
    "whitespace": "Fluency/Punctuation",
    "inconsistency": "Fluency/Inconsistency",
    "style": "Style/Awkward",
    "register": "Style/Awkward",
    "locale-violation": "Locale convention/Other",
}
#: Issue types that are matters of taste, reported one level down.
_SOFT_ISSUES = {"style", "register", "locale-violation"}


def mqm_category(category: str, issue: str, default: str) -> str:
    return MQM_BY_CATEGORY.get(category) or MQM_BY_ISSUE.get(issue) or default


class LanguageToolCheck(Check):
    type_name: ClassVar[str] = "languagetool"
    needs: ClassVar[tuple[str, ...]] = ("paragraphs",)
    combine: ClassVar[bool] = True
    params_schema: ClassVar[dict[str, Any]] = {}

    def __init__(self, rule: Rule, settings: Any = None) -> None:
        super().__init__(rule, settings)
        self._service: Any = None
        self._built = False

    @classmethod
    def from_rules(cls, rules: list[Rule], settings: Any = None) -> list[Check]:
        return [cls(rules[0], settings)] if rules else []

    @property
    def service(self) -> Any:
        """The run's LanguageTool service, built on first use (None: no server configured)."""
        if not self._built:
            from ..languagetool.config import server_configured

            section = self.settings.section("languagetool") if self.settings is not None else {}
            if server_configured(section) or section.get("require"):
                from ..languagetool.service import LanguageToolService

                self._service = LanguageToolService.from_settings(self.settings)
            self._built = True
        return self._service

    @property
    def active(self) -> bool:
        """False when no server is configured: the check then reports nothing and warns about nothing."""
        return self.service is not None

    @property  # type: ignore[override]
    def corpus(self) -> bool:
        """A corpus check (when a server is configured) only so that each document's server status
        reaches the main process when files are checked in worker processes: ``collect`` runs there,
        ``run_status`` in the main process."""
        return self.service is not None

    def collect(self, document: Document, analysis: Analysis) -> dict[str, Any]:
        """Check the document now (``check`` then reuses the matches) and report how the server did."""
        service = self.service
        if service is None:
            return {}
        before = len(service.failures)
        self._matches(document, analysis)
        return {"unreachable": service.unreachable, "failures": service.failures[before:]}

    def run_status(self, states: list[dict[str, Any]]) -> tuple[list[str], bool]:
        """The run's notices and whether it is incomplete (``--require-languagetool``), from every
        document's status; said once however many documents or processes saw the failure."""
        service = self.service
        if service is None:
            return [], False
        if not states:  # nothing collected (e.g. a single text): this process saw everything
            states = [{"unreachable": service.unreachable, "failures": service.failures}]
        unreachable = next((s["unreachable"] for s in states if s.get("unreachable")), None)
        failures = [f for s in states for f in s.get("failures", ())]
        notices = service.describe(unreachable, failures)
        return notices, bool(notices) and service.require

    def _matches(self, document: Document, analysis: Analysis) -> list[tuple[Any, list[Any]]]:
        cached = getattr(analysis, "languagetool", None)
        if cached is not None:
            return cached
        from ..languagetool.prose import paragraph_prose

        proses = [paragraph_prose(document, span.start, span.end) for span in analysis.paragraphs]
        results = self.service.check([p.text for p in proses]) if proses else []
        pairs = list(zip(proses, results, strict=True)) if results is not None else []
        analysis.languagetool = pairs  # type: ignore[attr-defined]
        return pairs

    def check(self, document: Document, analysis: Analysis) -> Iterable[RawFinding]:
        if self.service is None:
            return
        for prose, matches in self._matches(document, analysis):
            for match in matches:
                start, end = prose.to_document(match["start"], match["end"])
                severity: Severity = "info" if match["issue"] in _SOFT_ISSUES else self.rule.severity
                yield RawFinding(
                    start=start, end=end, message=match["message"],
                    replacements=tuple(match["replacements"]), applicability="unsafe",
                    rule="lt:" + match["rule"], severity=severity,
                    category=mqm_category(match["category"], match["issue"], self.rule.category),
                )

    def finish(self, summaries: dict[str, Any]) -> list[Any]:
        return []
