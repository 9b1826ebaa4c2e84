"""Relative dates: words that name a day only with respect to another one ("yesterday", "on Monday",
"this year", "June 25 this year", "the same day", "the 20th of this month")."""

from __future__ import annotations

import re

from .grammar import DIGIT_TRIGGER, MONTH, MONTH_TRIGGER, WEEKDAY, _month
from .model import WEEKDAYS, DateMention, RelativeMention
from .scan import scan, trigger

#: "this/last/next <unit>" as an offset from the reference period.
_QUALIFIER_OFFSET = {"this": 0, "last": -1, "next": 1}
_I = re.IGNORECASE
_PART = r"(?:\s(?:morning|afternoon|evening|night))?"
_DAY_WORDS = re.compile(
    rf"\b(?:(?P<before>the\sday\sbefore\syesterday)|(?P<after>the\sday\safter\stomorrow)|"
    rf"(?P<word>yesterday|tomorrow|today|tonight){_PART}|last\snight)\b(?!['\u2019]s)",
    _I,
)
#: Weekday names that are part of a holiday or event name, not a date.
_NOT_A_WEEKDAY = re.compile(
    r"(?:Black|Good|Super|Ash|Cyber|Holy|Easter|Palm|Maundy|Shrove|Bloody|Giving|"
    r"Spy|Man|Girl|Sunday|Blue|consecutive|every|each|a|all|other|the|one|every\sother)\s$"
)
_WEEKDAY_PHRASE = re.compile(
    rf"\b(?:(?P<q>[Oo]n|[Ll]ast|[Nn]ext|[Tt]his|[Bb]y|[Ss]ince|[Uu]ntil|[Ll]ate|[Ee]arly|[Bb]efore|[Aa]fter)\s)?"
    rf"(?P<wd>{WEEKDAY})(?:['\u2019]s)?{_PART}\b"
)
_PERIOD = re.compile(
    r"\b(?P<lead>(?:earlier|later)\s|(?:the\s)?(?:beginning|start|end|middle)\sof\s)?"
    r"(?P<q>this|last|next)\s(?P<unit>week|weekend|month|year)\b(?!-)",
    _I,
)
_DATED_YEAR = re.compile(r"\s(?:of\s)?(?P<q>this|last|next)\syear\b", _I)
_MONTH_YEAR = re.compile(rf"\b(?P<mon>{MONTH})\.?\s(?:of\s)?(?P<q>this|last|next)\syear\b")
_DAY_OF_MONTH = re.compile(
    r"\b(?:(?P<prep>on|by|since|until|from|before|after|as\sof)\s)?the\s(?P<day>[1-9]|[12]\d|3[01])(?:st|nd|rd|th)"
    r"(?:(?P<of>\sof\s(?:this|last|next|the\ssame)\smonth)|(?=[,.;)]))"
    r"|\((?P<pday>[1-9]|[12]\d|3[01])(?:st|nd|rd|th)\)",
    _I,
)
_ANAPHOR = re.compile(
    r"\b(?:(?:on\s)?the\ssame\s(?:day|date|morning|afternoon|evening|night)|on\sthat\s(?:same\s)?day|"
    r"that\ssame\sday|(?P<step>the\s(?:next|following|previous)\sday))\b",
    _I,
)
_DAY_TRIGGER = trigger(r"day\b", "omorrow", r"night\b")
_PERIOD_TRIGGER = trigger("week", "month", "year")
_ANAPHOR_TRIGGER = trigger(r"day\b", r"date\b", "morning", "afternoon", "evening", r"night\b")
#: "this/last/next" right before the unit: necessary for a period, checked before the full pattern.
_PERIOD_PRECEDE = re.compile(r"(?:this|last|next)\s$", _I)
#: First letters of "st", "nd", "rd", "th": the only thing after a digit in a day of the month.
_ORDINAL_START = frozenset("snrt")
#: The word before "day", "morning", ... in every anaphor ("the same day", "on that day", "the next day").
_ANAPHOR_PRECEDE = re.compile(r"(?:same|that|next|following|previous)\s$", _I)
_MONTH_YEAR_FOLLOW = re.compile(r"\.?\s(?:of\s)?(?:this|last|next)\s")
_STEP = {"next": 1, "following": 1, "previous": -1}
_DAY_OFFSETS = {"yesterday": -1, "today": 0, "tonight": 0, "tomorrow": 1}


def find_relative(text: str, dates: list[DateMention]) -> list[RelativeMention]:
    """Relative mentions that do not overlap an absolute date (which already carries its own day)."""
    found: list[RelativeMention] = []
    for m in scan(_DAY_WORDS, _DAY_TRIGGER, text, before=10):
        if m.group("before"):
            offset = -2
        elif m.group("after"):
            offset = 2
        elif m.group("word"):
            offset = _DAY_OFFSETS[m.group("word").lower()]
        else:
            offset = -1  # last night
        found.append(RelativeMention(m.start(), m.end(), m.group(0), "day", offset=offset))
    for m in scan(_WEEKDAY_PHRASE, _DAY_TRIGGER, text, before=14):
        if _NOT_A_WEEKDAY.search(text, max(0, m.start() - 12), m.start()):
            continue
        q = (m.group("q") or "").lower()
        found.append(
            RelativeMention(
                m.start(), m.end(), m.group(0), "weekday", weekday=WEEKDAYS.index(m.group("wd")), qualifier=q
            )
        )
    for m in scan(_PERIOD, _PERIOD_TRIGGER, text, before=26, precede=_PERIOD_PRECEDE):
        lead = (m.group("lead") or "").strip().lower()
        offset = _QUALIFIER_OFFSET[m.group("q").lower()]
        found.append(
            RelativeMention(
                m.start(),
                m.end(),
                m.group(0),
                "period",
                offset=offset,
                unit=m.group("unit").lower(),
                qualifier=lead,
            )
        )
    for m in scan(_MONTH_YEAR, MONTH_TRIGGER, text, before=0, follow=_MONTH_YEAR_FOLLOW):
        offset = _QUALIFIER_OFFSET[m.group("q").lower()]
        found.append(
            RelativeMention(
                m.start(),
                m.end(),
                m.group(0),
                "month-year",
                strong=True,
                offset=offset,
                month=_month(m.group("mon")),
            )
        )
    for m in scan(_DAY_OF_MONTH, DIGIT_TRIGGER, text, before=14, second=_ORDINAL_START.__contains__):
        of = (m.group("of") or "").lower()
        offset = -1 if "last" in of else 1 if "next" in of else 0
        if not of and not m.group("prep") and not m.group("pday"):
            continue
        found.append(
            RelativeMention(
                m.start(),
                m.end(),
                m.group(0),
                "day-of-month",
                strong=True,
                offset=offset,
                day=int(m.group("day") or m.group("pday")),
                qualifier="same" if "same" in of else "",
            )
        )
    for m in scan(_ANAPHOR, _ANAPHOR_TRIGGER, text, before=16, precede=_ANAPHOR_PRECEDE):
        step = m.group("step")
        offset = _STEP[step.split()[1].lower()] if step else 0
        found.append(
            RelativeMention(m.start(), m.end(), m.group(0), "anaphor", strong=not step, offset=offset)
        )
    for d in dates:
        m = _DATED_YEAR.match(text, d.end)
        if m and d.year is None and d.month is not None:
            offset = _QUALIFIER_OFFSET[m.group("q").lower()]
            found.append(
                RelativeMention(
                    d.start,
                    m.end(),
                    text[d.start : m.end()],
                    "dated-year",
                    strong=True,
                    offset=offset,
                    month=d.month,
                    day=d.day,
                    style=d.style,
                )
            )
    return _merge(found, dates)


def _merge(found: list[RelativeMention], dates: list[DateMention]) -> list[RelativeMention]:
    """Drop mentions inside an absolute date (its weekday) and, of overlapping relatives, keep the longest."""
    spans = sorted((d.start, d.end) for d in dates)
    out: list[RelativeMention] = []
    found.sort(key=lambda r: (r.start, -(r.end - r.start)))
    import bisect

    starts = [s for s, _ in spans]
    last_end = -1
    for r in found:
        if r.kind != "dated-year":
            k = bisect.bisect_right(starts, r.end) - 1
            if k >= 0 and spans[k][0] < r.end and r.start < spans[k][1]:
                continue
        if r.start < last_end:
            continue
        out.append(r)
        last_end = r.end
    return out
