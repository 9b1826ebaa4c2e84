"""``boilerplate``: scraped page furniture (comment and share widgets, editor credits) and SEO keyword
lines that have nothing to do with the article. The fix deletes the whole line."""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from ..analysis import Analysis, Span
from ..document.model import Document
from ..model import RawFinding
from .base import Check, Rule, format_message

_LIST_MARKER = re.compile(r"^(?:[-*+\u2022\u00b7>]\s*|\(?\d{1,3}[.)]\s+|#+\s+)+")
_WORD = re.compile(r"[^\W\d_]+(?:['\u2019][^\W\d_]+)*")
_SENTENCE_PUNCT = re.compile(r"[.!?:;,\u3002\uff0c\uff1a]")
_STOPWORDS = frozenset(
    ["a", "an", "the", "and", "or", "of", "to", "in", "on", "for", "with", "by", "at", "from", "is", "are",
     "was", "were", "be", "as", "that", "this", "it", "its"])


def normalise_line(line: str) -> str:
    """A line as compared with the phrase list: list markers, case and outer punctuation removed."""
    return _LIST_MARKER.sub("", line.strip()).strip().strip(".:!").strip().lower()


def _stem(word: str) -> str:
    return word.lower()[:5]


class BoilerplateCheck(Check):
    type_name = "boilerplate"
    needs = ("lines",)
    params_schema = {
        "lines": {"type": "array", "items": {"type": "string", "minLength": 1}},
        "line_patterns": {"type": "array", "items": {"type": "string", "minLength": 1}},
        "keyword_line": {
            "type": "object",
            "additionalProperties": False,
            "properties": {
                "max_words": {"type": "integer", "minimum": 1},
                "edge_lines": {"type": "integer", "minimum": 1},
                "min_article_words": {"type": "integer", "minimum": 0},
            },
        },
    }

    def __init__(self, rule: Rule, settings: Any = None) -> None:
        super().__init__(rule, settings)
        self.phrases = {normalise_line(p) for p in rule.params.get("lines", [])}
        self.patterns = [re.compile(p, re.IGNORECASE) for p in rule.params.get("line_patterns", [])]
        self.keyword = rule.params.get("keyword_line")

    @classmethod
    def validate(cls, rule: Rule) -> str | None:
        for p in rule.params.get("line_patterns", []):
            try:
                re.compile(p)
            except re.error as exc:
                return f"invalid regular expression {p!r}: {exc}"
        params = rule.params
        if not (params.get("lines") or params.get("line_patterns") or "keyword_line" in params):
            return "a boilerplate rule needs 'lines', 'line_patterns' or 'keyword_line'"
        return None

    def check(self, document: Document, analysis: Analysis) -> Iterable[RawFinding]:
        text = document.text
        for span in analysis.lines:
            line = text[span.start:span.end]
            norm = normalise_line(line)
            if norm in self.phrases or any(p.search(line.strip()) for p in self.patterns):
                yield self._finding(text, span, line)
        if self.keyword is not None:
            yield from self._keyword_lines(text, analysis.lines)

    def _finding(self, text: str, span: Span, line: str) -> RawFinding:
        marker = _LIST_MARKER.match(line)
        flagged = span.start + (marker.end() if marker and marker.end() < len(line) else 0)
        line = text[flagged:span.end]
        start = text.rfind("\n", 0, span.start) + 1
        end = text.find("\n", span.end)
        end = len(text) if end < 0 else end + 1
        message = format_message(self.rule.message, match=line.strip())
        return RawFinding(flagged, span.end, message, ("",), fix_span=(start, end))

    def _keyword_lines(self, text: str, lines: list[Span]) -> Iterable[RawFinding]:
        max_words = int(self.keyword.get("max_words", 4))
        edge = int(self.keyword.get("edge_lines", 1))
        if len(text.split()) < int(self.keyword.get("min_article_words", 60)):
            return
        for i, span in enumerate(lines):
            if edge <= i < len(lines) - edge:
                continue
            line = text[span.start:span.end]
            if _SENTENCE_PUNCT.search(line) or any(c.isdigit() for c in line):
                continue
            words = _WORD.findall(line)
            content = {_stem(w) for w in words if w.lower() not in _STOPWORDS and len(w) > 2}
            if not content or len(words) > max_words or words[0].lower() == "by":
                continue
            rest = text[:span.start] + " " + text[span.end:]
            rest_stems = {_stem(w) for w in _WORD.findall(rest)}
            if content & rest_stems:
                continue
            yield self._finding(text, span, line)
