"""Paragraphs, lines and sentences of a document's text, as (start, end) spans into ``Document.text``."""

from __future__ import annotations

import re
from dataclasses import dataclass

_BLANK_LINES = re.compile(r"\n[ \t\r\u00a0\u3000]*\n\s*")
_ABBREVIATIONS = {
    "mr", "mrs", "ms", "dr", "prof", "gen", "col", "lt", "sgt", "capt", "gov", "sen", "rep", "st", "jr",
    "sr", "inc", "ltd", "co", "corp", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept",
    "oct", "nov", "dec", "no", "vs", "etc", "e.g", "i.e", "u.s", "u.k", "u.n", "approx", "dept", "est",
    "fig", "vol", "mt", "ft", "pres", "adm", "maj", "brig", "rev", "hon", "a.m", "p.m",
}
_SENTENCE_END = re.compile(r"[.!?\u3002\uff01\uff1f]+[\"'\u201d\u2019)\]]*(?=\s+|$)")


@dataclass(frozen=True)
class Span:
    start: int
    end: int

    def text(self, source: str) -> str:
        return source[self.start:self.end]


def paragraphs(text: str) -> list[Span]:
    """Non-empty stretches separated by blank lines, trimmed of surrounding whitespace."""
    spans: list[Span] = []
    pos = 0
    for m in _BLANK_LINES.finditer(text):
        _add_trimmed(spans, text, pos, m.start())
        pos = m.end()
    _add_trimmed(spans, text, pos, len(text))
    return spans


def lines(text: str) -> list[Span]:
    """Every non-blank line, trimmed."""
    spans: list[Span] = []
    pos = 0
    for m in re.finditer(r"\n", text):
        _add_trimmed(spans, text, pos, m.start())
        pos = m.end()
    _add_trimmed(spans, text, pos, len(text))
    return spans


def sentences(text: str, paragraph_spans: list[Span]) -> list[Span]:
    """Sentences within each paragraph; a period after a known abbreviation or an initial does not end one."""
    out: list[Span] = []
    for para in paragraph_spans:
        start = para.start
        for m in _SENTENCE_END.finditer(text, para.start, para.end):
            if m.group().startswith(".") and _is_abbreviation(text, start, m.start()):
                continue
            _add_trimmed(out, text, start, m.end())
            start = m.end()
        _add_trimmed(out, text, start, para.end)
    return out


def _is_abbreviation(text: str, sentence_start: int, dot: int) -> bool:
    word = re.search(r"([A-Za-z.]+)$", text[max(sentence_start, dot - 12):dot])
    if not word:
        return False
    w = word.group(1).lower().strip(".")
    return w in _ABBREVIATIONS or len(w) == 1


def _add_trimmed(spans: list[Span], text: str, start: int, end: int) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        spans.append(Span(start, end))
