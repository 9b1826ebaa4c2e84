"""Rule type ``readability``: per-article readability scores, and the sentences and paragraphs that are
much harder to read than news should be — the run-on sentences machine translation makes when it fuses
several source sentences into one.

English only: the formulas are calibrated on English, so an article whose metadata names another
language gets no scores and no findings.
"""

from __future__ import annotations

import re
import statistics
from collections.abc import Iterable
from typing import Any, ClassVar

from ..analysis import Analysis, Span
from ..document.model import Document
from ..model import RawFinding
from .base import Check, Rule, format_message
from .readability_scores import Counts, article_scores, flesch_kincaid_grade

#: measure -> (config key in ``[readability]``, default limit)
MEASURES: dict[str, tuple[str, float]] = {
    "sentence-words": ("max_sentence_words", 60),
    "sentence-grade": ("max_sentence_grade", 30),
    "paragraph-grade": ("paragraph_grade_over_median", 8),
}
#: Paragraphs shorter than this are headlines, captions or datelines: their grade says little.
MIN_PARAGRAPH_WORDS = 25
#: A paragraph is only "much harder" when it is also hard in absolute terms (grade above this).
MIN_HARD_GRADE = 16.0


def _english(document: Document) -> bool:
    language = str(document.meta.get("language") or document.meta.get("lang") or "en").lower()
    return language.startswith("en")


_PIECE_BREAK = re.compile(r"\n[ \t]*(?=[A-Z0-9\u201c\"'(\[])|[ \t]*\|[ \t]*")


def _pieces(text: str, span: Span) -> list[Span]:
    """A sentence cut where a line starts with a capital, a digit or a quote, and at '|': scraped lists
    of headlines and list items carry no full stops, while a hard-wrapped sentence goes on in lower case."""
    pieces, start = [], span.start
    for m in _PIECE_BREAK.finditer(text, span.start, span.end):
        pieces.append(Span(start, m.start()))
        start = m.end()
    pieces.append(Span(start, span.end))
    return [p for p in pieces if p.end > p.start]


class ReadabilityCheck(Check):
    type_name: ClassVar[str] = "readability"
    needs: ClassVar[tuple[str, ...]] = ("paragraphs", "sentences")
    combine: ClassVar[bool] = True
    params_schema: ClassVar[dict[str, Any]] = {
        "measure": {"enum": sorted(MEASURES)},
        "limit": {"type": "number", "minimum": 0},
    }
    required_params: ClassVar[tuple[str, ...]] = ("measure",)

    def __init__(self, rule: Rule, settings: Any = None, rules: list[Rule] | None = None) -> None:
        super().__init__(rule, settings)
        self._rules = rules or [rule]
        section = settings.section("readability") if settings is not None else {}
        self.limits = {}
        for rule in self._rules:
            key, default = MEASURES[rule.params["measure"]]
            self.limits[rule.qualified_id] = float(section.get(key, rule.params.get("limit", default)))

    @classmethod
    def from_rules(cls, rules: list[Rule], settings: Any = None) -> list[Check]:
        return [cls(rules[0], settings, rules)] if rules else []

    def rules(self) -> list[Rule]:
        return list(self._rules)

    def check(self, document: Document, analysis: Analysis) -> Iterable[RawFinding]:
        if not _english(document):
            return
        text = document.text
        sentence_spans = [piece for span in analysis.sentences for piece in _pieces(text, span)]
        # Each sentence is counted once; articles and paragraphs add up their sentences' counts.
        sentence_counts = [Counts.of(text[s.start:s.end], 1) for s in sentence_spans]
        analysis.readability = article_scores(Counts.total(sentence_counts))  # type: ignore[attr-defined]
        flagged: list[tuple[int, int]] = []  # one finding per stretch: the most specific measure wins
        for rule in sorted(self._rules, key=lambda r: list(MEASURES).index(r.params["measure"])):
            measure, limit = rule.params["measure"], self.limits[rule.qualified_id]
            if measure == "paragraph-grade":
                for finding in self._paragraphs(rule, analysis, limit, sentence_spans, sentence_counts):
                    if not any(finding.start <= s < finding.end for s, _ in flagged):
                        yield finding
                continue
            for span, counts in zip(sentence_spans, sentence_counts, strict=True):
                if (span.start, span.end) in flagged:
                    continue
                value = counts.words if measure == "sentence-words" else flesch_kincaid_grade(counts)
                if counts.words >= 10 and value > limit:
                    flagged.append((span.start, span.end))
                    yield self._finding(rule, span.start, span.end, text, value, limit, counts.words)

    def _paragraphs(self, rule: Rule, analysis: Analysis, over: float, spans: list[Span],
                    sentence_counts: list[Counts]) -> Iterable[RawFinding]:
        text = analysis.document.text
        graded = []
        i = 0
        for para in analysis.paragraphs:  # paragraphs and sentences are both in text order
            inside: list[Counts] = []
            while i < len(spans) and spans[i].start < para.end:
                if spans[i].start >= para.start:
                    inside.append(sentence_counts[i])
                i += 1
            counts = Counts.total(inside)
            if counts.words >= MIN_PARAGRAPH_WORDS:
                graded.append((para, flesch_kincaid_grade(counts), counts.words))
        if len(graded) < 3:
            return
        median = statistics.median(g for _, g, _ in graded)
        for para, grade, count in graded:
            if grade > median + over and grade > MIN_HARD_GRADE:
                yield self._finding(rule, para.start, para.end, text, grade, median, count)

    def _finding(self, rule: Rule, start: int, end: int, text: str, value: float, limit: float,
                 words: int) -> RawFinding:
        message = format_message(rule.message, value=f"{value:.0f}", limit=f"{limit:.0f}", words=str(words),
                                 match=" ".join(text[start:end].split()[:6]) + " ...")
        return RawFinding(start, end, message, rule=rule.qualified_id,
                          data=(("measure", rule.params["measure"]), ("value", f"{value:.1f}")))
