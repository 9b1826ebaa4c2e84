"""``balance``: brackets and quotation marks that do not pair up within a paragraph.

A quotation that runs over several paragraphs opens each one and closes only the last, so an opening
mark left open is accepted when the next paragraph opens with a quotation mark too. Text that puts every
sentence on its own line (chat logs, some scraped pages) splits one quotation or aside over several
"paragraphs": ``span`` lets a pair reach that many paragraphs ahead. A curly mark whose partner is a
straight ``"`` is left to the ``quote-style`` rule rather than reported here as unbalanced.
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
_CURLY_QUOTES = ("\u201c", "\u201d")


class BalanceCheck(Check):
    type_name = "balance"
    needs = ("paragraphs",)
    params_schema = {
        "pairs": {"type": "array", "items": {"enum": sorted(PAIRS)}, "minItems": 1},
        "span": {"type": "integer", "minimum": 1},
    }

    def __init__(self, rule: Rule, settings: Any = None) -> None:
        super().__init__(rule, settings)
        self.openers = set(rule.params.get("pairs", list(PAIRS)))
        self.closers = {PAIRS[o] for o in self.openers}
        self.span = int(rule.params.get("span", 1))
        self.marks = re.compile("[" + re.escape("".join(sorted(self.openers | self.closers))) + "]")

    def check(self, document: Document, analysis: Analysis) -> Iterable[RawFinding]:
        text = document.text
        paragraphs = analysis.paragraphs
        stack: list[tuple[str, int, int]] = []  # (opener, offset, paragraph index)
        if not paragraphs:
            return
        # One pass over the text for the marks; each paragraph takes its share in order (the text between
        # paragraphs is blank, so no mark falls outside one).
        marks = [(m.start(), m.group()) for m in self.marks.finditer(text, paragraphs[0].start, paragraphs[-1].end)]
        k = 0
        for index, para in enumerate(paragraphs):
            yield from self._expire(stack, index, text, paragraphs)
            while k < len(marks) and marks[k][0] < para.start:
                k += 1
            while k < len(marks) and marks[k][0] < para.end:
                i, c = marks[k]
                k += 1
                if c in self.openers:
                    stack.append((c, i, index))
                    continue
                opener = _CLOSERS[c]
                if stack and stack[-1][0] == opener:
                    stack.pop()
                elif any(o == opener for o, _, _ in stack):
                    while stack and stack[-1][0] != opener:
                        yield self._unclosed(*stack.pop()[:2])
                    stack.pop()
                elif not self._is_label(text, para.start, i, c) and not _straight_partner(
                        text, para.start, i, c, before=True):
                    yield RawFinding(i, i + 1, format_message(self.rule.message, match=c,
                                                               problem=f"'{c}' closes nothing"))
        yield from self._expire(stack, len(paragraphs) + self.span, text, paragraphs)

    def _expire(self, stack: list[tuple[str, int, int]], index: int, text: str,
                paragraphs: list[Any]) -> Iterable[RawFinding]:
        """Report openers whose paragraph is now more than ``span`` paragraphs back."""
        keep = []
        for opener, at, para_index in stack:
            if index - para_index < self.span:
                keep.append((opener, at, para_index))
                continue
            para = paragraphs[para_index]
            following = paragraphs[para_index + 1] if para_index + 1 < len(paragraphs) else None
            if opener == "\u201c" and following is not None and text[following.start] == "\u201c":
                continue  # a quotation running on into the next paragraph
            if _straight_partner(text, para.end, at, opener, before=False):
                continue
            yield self._unclosed(opener, at)
        stack[:] = keep

    def _unclosed(self, opener: str, at: int) -> RawFinding:
        problem = f"'{opener}' is never closed with '{PAIRS[opener]}' in this paragraph"
        return RawFinding(at, at + 1, format_message(self.rule.message, match=opener, problem=problem))

    @staticmethod
    def _is_label(text: str, para_start: int, i: int, c: str) -> bool:
        before = text[max(para_start, i - 4):i + 1]
        return c == ")" and bool(_LIST_LABEL.search(before) or _SMILEY.search(text[max(para_start, i - 2):i]))


def _straight_partner(text: str, bound: int, i: int, mark: str, *, before: bool) -> bool:
    """True when a curly quotation mark pairs with a straight one in its paragraph (``"x”``, ``“x"``)."""
    if mark not in _CURLY_QUOTES:
        return False
    segment = text[bound:i] if before else text[i + 1:bound]
    return segment.count('"') % 2 == 1
