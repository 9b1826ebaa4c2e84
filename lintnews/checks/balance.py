"""``balance``: brackets and quotation marks that do not pair up within a paragraph.

A quotation that runs over several paragraphs opens each one and closes only the last, so an opening
mark left open is accepted when the next paragraph opens with a quotation mark too.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from ..analysis import Analysis
from ..document.model import Document
from ..model import RawFinding
from .base import Check, Rule, format_message

PAIRS = {"(": ")", "[": "]", "\u201c": "\u201d", "\u00ab": "\u00bb"}
_CLOSERS = {v: k for k, v in PAIRS.items()}
_LIST_LABEL = re.compile(r"(?:^|\s)\(?[0-9a-zA-Z]{1,2}\)$")
_SMILEY = re.compile(r"[:;]-?$")


class BalanceCheck(Check):
    type_name = "balance"
    needs = ("paragraphs",)
    params_schema = {"pairs": {"type": "array", "items": {"enum": sorted(PAIRS)}, "minItems": 1}}

    def __init__(self, rule: Rule, settings: Any = None) -> None:
        super().__init__(rule, settings)
        self.openers = set(rule.params.get("pairs", list(PAIRS)))
        self.closers = {PAIRS[o] for o in self.openers}

    def check(self, document: Document, analysis: Analysis) -> Iterable[RawFinding]:
        text = document.text
        paragraphs = analysis.paragraphs
        for index, para in enumerate(paragraphs):
            stack: list[tuple[str, int]] = []
            for i in range(para.start, para.end):
                c = text[i]
                if c in self.openers:
                    stack.append((c, i))
                elif c in self.closers:
                    if stack and stack[-1][0] == _CLOSERS[c]:
                        stack.pop()
                    elif any(o == _CLOSERS[c] for o, _ in stack):
                        while stack and stack[-1][0] != _CLOSERS[c]:
                            yield self._unclosed(*stack.pop())
                        stack.pop()
                    elif not self._is_label(text, para.start, i, c):
                        yield RawFinding(i, i + 1, format_message(self.rule.message, match=c,
                                                                   problem=f"'{c}' closes nothing"))
            next_para = paragraphs[index + 1] if index + 1 < len(paragraphs) else None
            for opener, at in stack:
                if opener == "\u201c" and next_para and text[next_para.start] == "\u201c":
                    continue
                yield self._unclosed(opener, at)

    def _unclosed(self, opener: str, at: int) -> RawFinding:
        problem = f"'{opener}' is never closed with '{PAIRS[opener]}' in this paragraph"
        return RawFinding(at, at + 1, format_message(self.rule.message, match=opener, problem=problem))

    @staticmethod
    def _is_label(text: str, para_start: int, i: int, c: str) -> bool:
        before = text[max(para_start, i - 4):i + 1]
        return c == ")" and bool(_LIST_LABEL.search(before) or _SMILEY.search(text[max(para_start, i - 2):i]))
