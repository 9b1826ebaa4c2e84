"""``script``: source-language leftovers: runs of non-Latin script inside English prose, and full-width
punctuation and spaces, with their ASCII equivalents as fixes."""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from ..analysis import Analysis
from ..document.model import Document
from ..model import RawFinding
from .base import Check, Rule, format_message

SCRIPT_RANGES: dict[str, str] = {
    "Han": "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0002fa1f",
    "Hiragana": "\u3040-\u309f",
    "Katakana": "\u30a0-\u30ff\u31f0-\u31ff",
    "Hangul": "\u1100-\u11ff\u3130-\u318f\uac00-\ud7af",
    "Cyrillic": "\u0400-\u052f\u1c80-\u1c8f\u2de0-\u2dff\ua640-\ua69f",
    "Arabic": "\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff",
    "Hebrew": "\u0590-\u05ff",
    "Thai": "\u0e00-\u0e7f",
    "Devanagari": "\u0900-\u097f",
    "Greek": "\u0370-\u03ff",
    "Georgian": "\u10a0-\u10ff",
    "Armenian": "\u0530-\u058f",
}
CJK = SCRIPT_RANGES["Han"] + SCRIPT_RANGES["Hiragana"] + SCRIPT_RANGES["Katakana"] + SCRIPT_RANGES["Hangul"]
# CJK punctuation and full-width forms that belong to a run of CJK text rather than to the English around it.
_CJK_JOINERS = "\u3000-\u303f\uff00-\uffef\u201c\u201d\u2018\u2019\u00b7\u2026\u2014"

FULLWIDTH: dict[str, str] = {
    "\uff0c": ",", "\u3002": ".", "\uff1a": ":", "\uff1b": ";", "\uff01": "!", "\uff1f": "?",
    "\uff08": "(", "\uff09": ")", "\u3000": " ", "\u3001": ",", "\uff0e": ".", "\uff02": '"',
    "\uff07": "'", "\u300a": "\u201c", "\u300b": "\u201d", "\u3010": "[", "\u3011": "]", "\uff3b": "[",
    "\uff3d": "]", "\uff5b": "{", "\uff5d": "}", "\uff05": "%", "\uff06": "&", "\uff0b": "+", "\uff1d": "=",
    "\uff0f": "/", "\uff5e": "~", "\u300c": "\u201c", "\u300d": "\u201d", "\u300e": "\u2018",
    "\u300f": "\u2019",
}
# Full-width digits and Latin letters map to ASCII by a fixed offset.
FULLWIDTH.update({chr(c): chr(c - 0xFEE0) for c in range(0xFF10, 0xFF1A)})
FULLWIDTH.update({chr(c): chr(c - 0xFEE0) for c in range(0xFF21, 0xFF3B)})
FULLWIDTH.update({chr(c): chr(c - 0xFEE0) for c in range(0xFF41, 0xFF5B)})
_SPACE_AFTER = set(",.:;!?)]\u201d")
_SPACE_BEFORE = set("([\u201c")
_WORD_JOINERS = re.escape(".-'\u2019")
_FULLWIDTH_RUN = re.compile("[" + re.escape("".join(FULLWIDTH)) + "]+")
_CJK_CHAR = re.compile(f"[{CJK}]")
_TOKEN_END = re.compile(r"\s")
_NON_ASCII = re.compile(r"[^\x00-\x7f]")


class ScriptCheck(Check):
    type_name = "script"
    params_schema = {
        "scripts": {"type": "array", "items": {"enum": sorted(SCRIPT_RANGES)}, "minItems": 1},
        "fullwidth": {"type": "boolean"},
        "min_length": {"type": "integer", "minimum": 1},
    }

    def __init__(self, rule: Rule, settings: Any = None) -> None:
        super().__init__(rule, settings)
        scripts = rule.params.get("scripts") or []
        chars = "".join(SCRIPT_RANGES[s] for s in scripts)
        joiners = _CJK_JOINERS if any(s in ("Han", "Hiragana", "Katakana", "Hangul") for s in scripts) else ""
        # Inside a run, word punctuation (Диалог.иа, Ростов-на-Дону) and spaces join; a run ends on a letter.
        inner = f"{chars}{joiners}\\s\\d{_WORD_JOINERS}"
        self.run = re.compile(f"[{chars}](?:[{inner}]*[{chars}{joiners}])?") if chars else None
        self.letter = re.compile(f"[{chars}]") if chars else None
        self.fullwidth = bool(rule.params.get("fullwidth"))
        self.min_length = int(rule.params.get("min_length", 1))

    @classmethod
    def validate(cls, rule: Rule) -> str | None:
        if not rule.params.get("scripts") and not rule.params.get("fullwidth"):
            return "a script rule needs 'scripts' or 'fullwidth: true'"
        return None

    def check(self, document: Document, analysis: Analysis) -> Iterable[RawFinding]:
        text = document.text
        if text.isascii():
            return  # every script range and full-width form lies outside ASCII
        present = _distinct_chars(text)
        if self.run is not None and self.letter is not None and self.letter.search(present):
            for m in self.run.finditer(text):
                if len(m.group().strip()) >= self.min_length and not _in_identifier(text, m.start()):
                    yield RawFinding(m.start(), m.end(), format_message(self.rule.message, match=m.group()))
        if self.fullwidth and _FULLWIDTH_RUN.search(present):
            yield from self._fullwidth(text)

    def _fullwidth(self, text: str) -> Iterable[RawFinding]:
        for m in _FULLWIDTH_RUN.finditer(text):
            start, end = m.span()
            if _next_to_cjk(text, start, end):
                continue  # part of a run of source text: the script rule reports the whole run
            replacement = "".join(FULLWIDTH[c] for c in m.group())
            if replacement[-1:] in _SPACE_AFTER and end < len(text) and text[end].isalnum():
                replacement += " "
            if replacement[:1] in _SPACE_BEFORE and start > 0 and text[start - 1].isalnum():
                replacement = " " + replacement
            shown = replacement.strip() or " "
            message = format_message(self.rule.message, match=m.group(), replacement=shown)
            yield RawFinding(start, end, message, (replacement,))


_last: tuple[str | None, str] = (None, "")


def _distinct_chars(text: str) -> str:
    """The distinct non-ASCII characters of ``text``, as a short string: a rule searches it first and scans the
    whole text only when one of its characters occurs. Most articles have none, and the rules of a
    document share the set (documents are checked one at a time, so remembering the last is enough)."""
    global _last
    last = _last  # one tuple, read and replaced whole, so concurrent callers never mix documents
    if last[0] is not text:
        last = (text, "".join(set(_NON_ASCII.findall(text))))
        _last = last
    return last[1]


def _in_identifier(text: str, start: int) -> bool:
    """True when the run belongs to a URL, hashtag, handle or e-mail address: an identifier that the
    article must quote as it is, not a fragment left untranslated."""
    token_start = max(text.rfind(" ", 0, start), text.rfind("\n", 0, start)) + 1
    match = _TOKEN_END.search(text, start)
    token = text[token_start:match.start() if match else len(text)]
    return token[:1] in "#@" or "://" in token or token.startswith("www.") or "@" in token


def _next_to_cjk(text: str, start: int, end: int) -> bool:
    before = text[max(0, start - 2):start].strip()
    after = text[end:end + 2].strip()
    return bool((before and _CJK_CHAR.match(before[-1])) or (after and _CJK_CHAR.match(after[0])))
