"""``substitution``: phrase -> replacement. Every phrase of every substitution rule lives in one
Aho-Corasick automaton (pyahocorasick, a C implementation, shared with the pattern rules' pre-filter:
``literals``), so the cost of a pass is linear in the text and nearly independent of the number of
phrases."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from ..analysis import Analysis
from ..document.model import Document
from ..model import RawFinding
from .base import Check, Rule, case_like, format_message
from .literals import LITERALS


@dataclass(frozen=True)
class _Phrase:
    rule: Rule
    phrase: str
    replacements: tuple[str, ...]
    ignorecase: bool


def _lower_same_length(text: str) -> str:
    lowered = text.lower()
    if len(lowered) == len(text):
        return lowered
    return "".join(c.lower() if len(c.lower()) == 1 else c for c in text)


def _is_word(c: str) -> bool:
    return c.isalnum() or c == "_"


class SubstitutionCheck(Check):
    type_name = "substitution"
    combine = True
    params_schema = {
        "swap": {
            "type": "object",
            "minProperties": 1,
            "additionalProperties": {
                "anyOf": [{"type": "string"}, {"type": "null"},
                          {"type": "array", "items": {"type": "string"}, "minItems": 1}]
            },
        },
        "ignorecase": {"type": "boolean"},
    }
    required_params = ("swap",)

    def __init__(self, rules: list[Rule], settings: Any = None) -> None:
        self._rules = rules
        self.settings = settings
        entries: dict[str, list[_Phrase]] = {}
        for rule in rules:
            ignorecase = bool(rule.params.get("ignorecase", False))
            for phrase, value in rule.params["swap"].items():
                replacements = () if value is None else (value,) if isinstance(value, str) else tuple(value)
                key = _lower_same_length(phrase)
                entries.setdefault(key, []).append(_Phrase(rule, phrase, replacements, ignorecase))
        self.entries = {key: (len(key), tuple(phrases)) for key, phrases in entries.items()}
        LITERALS.add(self.entries)
        self.empty = not entries

    @classmethod
    def from_rules(cls, rules: list[Rule], settings: Any = None) -> list[Check]:
        return [cls(rules, settings)] if rules else []

    def rules(self) -> list[Rule]:
        return list(self._rules)

    def check(self, document: Document, analysis: Analysis) -> Iterable[RawFinding]:
        if self.empty:
            return []
        text = document.text
        lowered = _lower_same_length(text)
        candidates: list[tuple[int, int, _Phrase]] = []
        entries = self.entries
        for end_index, key in LITERALS.hits(lowered):
            entry = entries.get(key)
            if entry is None:
                continue  # another check's string
            length, phrases = entry
            start, end = end_index - length + 1, end_index + 1
            if _is_word(text[start]) and start > 0 and _is_word(text[start - 1]):
                continue
            if _is_word(text[end - 1]) and end < len(text) and _is_word(text[end]):
                continue
            for p in phrases:
                if p.ignorecase or text[start:end] == p.phrase:
                    candidates.append((start, end, p))
                    break
        return list(self._findings(text, candidates))

    @staticmethod
    def _findings(text: str, candidates: list[tuple[int, int, _Phrase]]) -> Iterable[RawFinding]:
        candidates.sort(key=lambda c: (c[0], -(c[1] - c[0])))
        last_end = -1
        for start, end, p in candidates:
            if start < last_end:
                continue
            last_end = end
            matched = text[start:end]
            replacements = tuple(case_like(matched, r) if p.ignorecase else r for r in p.replacements)
            shown = " or ".join(f"'{r}'" for r in replacements)
            message = format_message(p.rule.message, match=matched, replacement=shown.strip("'"),
                                     replacements=shown)
            applicability = p.rule.applicability if len(replacements) == 1 else "suggestion"
            yield RawFinding(start, end, message, replacements, applicability, rule=p.rule.qualified_id)
