"""``dates``: date and time rules over ``Analysis.dates`` (yearless, relative, ambiguous and misdated
dates, unanchored local times, mixed date formats). The YAML ``detect`` key picks what a rule reports;
the date logic itself lives in ``lintnews.dates``."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from typing import Any

from ..analysis import Analysis
from ..dates.issues import (
    Issue,
    ambiguous_numeric,
    inconsistent_format,
    local_time,
    missing_year,
    weekday_mismatch,
)
from ..dates.issues_relative import relative
from ..dates.policy import policy_from
from ..dates.view import DateView
from ..document.model import Document
from ..model import SEVERITY_RANK, RawFinding, Severity
from .base import Check, Rule, format_message

DETECTORS: dict[str, Callable[[DateView], Iterator[Issue]]] = {
    "missing-year": missing_year,
    "relative": relative,
    "ambiguous-numeric": ambiguous_numeric,
    "weekday-mismatch": weekday_mismatch,
    "local-time-unanchored": local_time,
    "inconsistent-format": inconsistent_format,
}


def _at_most(severity: Severity, cap: str) -> Severity:
    return cap if SEVERITY_RANK[cap] < SEVERITY_RANK[severity] else severity  # type: ignore[return-value]


class DateCheck(Check):
    type_name = "dates"
    needs = ("dates",)
    params_schema = {
        "detect": {"enum": sorted(DETECTORS)},
        "soft_severity": {"enum": ["error", "warning", "info"]},
    }
    required_params = ("detect",)

    def __init__(self, rule: Rule, settings: Any = None) -> None:
        super().__init__(rule, settings)
        policy_from(settings)  # a bad [dates] setting fails the run up front, naming the key
        self.detector = DETECTORS[rule.params["detect"]]
        self.soft_severity: str = rule.params.get("soft_severity", "info")

    def check(self, document: Document, analysis: Analysis) -> Iterable[RawFinding]:
        view: DateView = analysis.dates
        rule = self.rule
        for issue in self.detector(view):
            severity: Severity = rule.severity
            if issue.level == "soft":
                severity = _at_most(severity, self.soft_severity)
            elif issue.level == "lower":
                severity = _at_most(severity, "warning")
            match = view.text[issue.start : issue.end]
            message = format_message(
                rule.message, match=match, advice=issue.advice, replacement=" or ".join(issue.replacements)
            )
            yield RawFinding(
                issue.start, issue.end, message, issue.replacements, issue.applicability, severity=severity
            )  # type: ignore[arg-type]
