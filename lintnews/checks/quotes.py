"""``quote-style``: straight and curly double quotation marks mixed in one article; the minority style
is flagged, with the majority style as the fix when the pairing makes it unambiguous.

``limit`` caps the findings per article: one finding says the article mixes styles as well as twenty do,
and a page assembled from several sources should not bury its other findings. ``{count}`` in the
message gives the number of minority marks.

A minority mark counts only when the style really alternates: the majority style occurs in the same
paragraph, or both before and after it. A block of one style followed by a block of the other is an
embedded quotation, a pasted statement or a page assembled from several sources, not a translation
that flips between conventions."""

from __future__ import annotations

import re
from collections.abc import Iterable

from ..analysis import Analysis
from ..document.model import Document
from ..model import RawFinding
from .base import Check, format_message

_STRAIGHT = re.compile(r'"')
_CURLY = re.compile("[\u201c\u201d]")


class QuoteStyleCheck(Check):
    type_name = "quote-style"
    needs = ("paragraphs",)
    params_schema = {
        "min_minority_share": {"type": "number", "minimum": 0, "maximum": 1},
        "limit": {"type": "integer", "minimum": 1},
    }

    def check(self, document: Document, analysis: Analysis) -> Iterable[RawFinding]:
        text = document.text
        straight = [m.start() for m in _STRAIGHT.finditer(text)]
        curly = [m.start() for m in _CURLY.finditer(text)]
        if not straight or not curly:
            return
        minority, style = (straight, "curly") if len(straight) < len(curly) else (curly, "straight")
        if len(minority) == len(straight) == len(curly):
            minority, style = straight, "curly"
        majority = curly if minority is straight else straight
        alternating = [at for at in minority if _alternates(at, majority, analysis)]
        limit = self.rule.params.get("limit")
        for at in alternating[:limit] if limit else alternating:
            mark = text[at]
            if style == "straight":
                replacement = '"'
            else:
                opening = at == 0 or not text[at - 1].strip() or text[at - 1] in "(["
                replacement = "\u201c" if opening else "\u201d"
            message = format_message(self.rule.message, match=mark, style=style, count=str(len(alternating)))
            yield RawFinding(at, at + 1, message, (replacement,))


def _alternates(at: int, majority: list[int], analysis: Analysis) -> bool:
    """True when the majority style surrounds ``at``: in its paragraph, or both before and after it."""
    if majority[0] < at < majority[-1]:
        return True
    para = next((p for p in analysis.paragraphs if p.start <= at < p.end), None)
    return para is not None and any(para.start <= m < para.end for m in majority)
