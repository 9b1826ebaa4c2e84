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
_MARKER_START = frozenset("-*+\u2022\u00b7>(#")
_GROUP_REFERENCE = re.compile(r"\\\d|\(\?P=|\(\?\(")
_STOPWORDS = frozenset(
    ["a", "an", "the", "and", "or", "of", "to", "in", "on", "for", "with", "by", "at", "from", "is", "are",
     "was", "were", "be", "as", "that", "this", "it", "its"])


def normalise_line(line: str) -> str:
    """A line as compared with the phrase list: list markers, case and outer punctuation removed."""
    line = line.strip()
    if line[:1] in _MARKER_START or line[:1].isdecimal():
        line = _LIST_MARKER.sub("", line).strip()
    return line.strip(".:!").strip().lower()


def _one_pattern(patterns: list[str]) -> re.Pattern[str] | _Alternatives | None:
    """A rule's line patterns as one alternation: a line is searched once, not once per pattern. A
    pattern that cannot be combined (a global inline flag, a group reference) keeps the rule on its own
    alternatives, each tried in turn, as before."""
    if not patterns:
        return None
    if not any(_GROUP_REFERENCE.search(p) for p in patterns):
        try:
            return re.compile("|".join(f"(?:{p})" for p in patterns), re.IGNORECASE)
        except re.error:
            pass
    return _Alternatives([re.compile(p, re.IGNORECASE) for p in patterns])


class _Alternatives:
    """``search`` of several patterns: the first that matches."""

    def __init__(self, patterns: list[re.Pattern[str]]) -> None:
        self.patterns = patterns

    def search(self, line: str) -> re.Match[str] | None:
        return next((m for p in self.patterns if (m := p.search(line))), None)


_Normalised = list[tuple[Span, str, str]]
_last: tuple[object, str, _Normalised] = (None, "", [])


def _normalised(text: str, lines: list[Span]) -> _Normalised:
    """(span, line, normalised line) of every line; the boilerplate rules of a document share one list
    (documents are checked one at a time, so remembering the last is enough)."""
    global _last
    last = _last  # one tuple, read and replaced whole, so concurrent callers never mix documents
    if last[0] is not lines or last[1] is not text:
        out = [(span, line, normalise_line(line)) for span in lines
               for line in (text[span.start:span.end],)]
        last = (lines, text, out)
        _last = last
    return last[2]


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
        self.pattern = _one_pattern(rule.params.get("line_patterns", []))
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
        if self.phrases or self.pattern is not None:
            phrases, search = self.phrases, self.pattern.search if self.pattern else None
            for span, line, norm in _normalised(text, analysis.lines):
                if norm in phrases or (search is not None and search(line.strip())):
                    yield self._finding(text, span, line)
        if self.keyword is not None:
            yield from self._keyword_lines(text, analysis.lines, analysis.words)

    def _finding(self, text: str, span: Span, line: str) -> RawFinding:
        marker = _LIST_MARKER.match(line)
        flagged = span.start + (marker.end() if marker and marker.end() < len(line) else 0)
        line = text[flagged:span.end]
        start = text.rfind("\n", 0, span.start) + 1
        end = text.find("\n", span.end)
        end = len(text) if end < 0 else end + 1
        message = format_message(self.rule.message, match=line.strip())
        return RawFinding(flagged, span.end, message, ("",), fix_span=(start, end))

    def _keyword_lines(self, text: str, lines: list[Span], words: int) -> Iterable[RawFinding]:
        """``words``: the article's whitespace-separated words (``Analysis.words``, counted once)."""
        max_words = int(self.keyword.get("max_words", 4))
        edge = int(self.keyword.get("edge_lines", 1))
        if words < int(self.keyword.get("min_article_words", 60)):
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
