"""Absolute dates in English news text, found by a small regular grammar.

Chosen over general date libraries by measurement (see README, "Dates and times"): they either miss the
yearless forms this linter exists for or fire on ordinary words ("may", "march", "sun"), and they are
one to three orders of magnitude slower. Every pattern starts on a month name, a weekday or a digit, so
a scan costs one pass per pattern, linear in the text.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace

from .model import MONTHS, WEEKDAYS, DateMention
from .scan import scan, trigger

_MONTH_ALIASES: dict[str, int] = {}
for _i, _name in enumerate(MONTHS, 1):
    _MONTH_ALIASES[_name] = _i
    _MONTH_ALIASES[_name[:3]] = _i
_MONTH_ALIASES["Sept"] = 9
_WEEKDAY_ALIASES: dict[str, int] = {}
for _i, _name in enumerate(WEEKDAYS):
    _WEEKDAY_ALIASES[_name] = _i
    _WEEKDAY_ALIASES[_name[:3]] = _i

MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December"
    r"|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)"
)
WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_ORD = r"(?:st|nd|rd|th)"
_YEAR = r"(?:1[89]\d\d|20\d\d)"
_DASH = r"\s*[-\u2013\u2014]\s*"
_NOT_NUMBER = r"(?!\d|,\d{3}|\.\d)"

_MONTH_FIRST = re.compile(
    rf"(?:\b(?P<wd>{WEEKDAY}),?\s+)?"
    rf"\b(?P<mon>{MONTH})(?P<dot>\.)?\s(?P<day>\d{{1,2}})(?P<ord>{_ORD})?{_NOT_NUMBER}"
    rf"(?:(?:{_DASH}|\s(?:to|and|through|till|until)\s)(?P<day2>\d{{1,2}}){_ORD}?{_NOT_NUMBER}(?!\s?%))?"
    rf"(?:,?\s(?P<year>{_YEAR})(?!\d))?"
    rf"(?:\s?\((?P<wd2>{WEEKDAY})\))?"
)
_DAY_FIRST = re.compile(
    rf"(?:\b(?P<wd>{WEEKDAY}),?\s+)?"
    rf"(?:\bthe\s)?(?<![\d.,/:-])\b(?P<day>\d{{1,2}})(?P<ord>{_ORD})?"
    rf"(?:{_DASH}(?P<day2>\d{{1,2}}){_ORD}?)?(?:\sof)?\s(?P<mon>{MONTH})\b(?P<dot>\.)?"
    rf"(?:,?\s(?P<year>{_YEAR})(?!\d))?"
    rf"(?:\s?\((?P<wd2>{WEEKDAY})\))?"
)
_ISO = re.compile(rf"(?<![\w./-])(?P<year>{_YEAR})-(?P<m>[01]\d)-(?P<d>[0-3]\d)(?![\w-]|\.\d)")
_NUMERIC = re.compile(
    rf"(?<![\w./:-])(?P<a>\d{{1,2}})(?P<sep>[./-])(?P<b>\d{{1,2}})(?P=sep)(?P<year>{_YEAR})"
    r"(?![\w/-]|\.\d)"
)
_VERSION = re.compile(r"(?:\b(?:[Vv]ersion|[Rr]elease|[Bb]uild|[Vv]er\.?)|\bv)\s?$")
#: How far before its month name each pattern can start ("Wednesday, " / "Wednesday, the 31st - 31st of ").
_LEAD = {_MONTH_FIRST: 12, _DAY_FIRST: 32}
_FOLLOW = {_MONTH_FIRST: re.compile(r"\.?\s\d")}
_PRECEDE = {_DAY_FIRST: re.compile(r"\d(?:st|nd|rd|th)?(?:\sof)?\s$")}
#: Literal-led triggers for ``scan``: every month-name date contains a month name, every numeric date a
#: digit, separator and digit.
MONTH_TRIGGER = trigger(MONTH + "(?![a-z])")
#: Digits followed by a date separator, an ordinal suffix or a clock marker (shared with times and
#: relative dates, so one pass over the digits serves them all).
DIGIT_TRIGGER = trigger(r"\d(?:[./:-]\d|st\b|nd\b|rd\b|th\b|\s?[ap]\.?m\b|\s?[AP]M\b|\s?o'clock)")
#: What follows a digit inside a numeric date (a digit is followed by a digit or one of these).
_DATE_SEPARATORS = frozenset("./-")
#: Words after a date that make it the name of an event, not a date to complete ("the Jan. 6 committee").
_EVENT_NAME = re.compile(
    r"\s(?:committee|attacks?|movement|incident|riots?|insurrection|massacre|uprising|"
    r"revolution|protests?|hearings?|panel|rally|rallies|crackdown|commission)\b"
)


def _month(name: str) -> int:
    return _MONTH_ALIASES[name]


def _valid(month: int, day: int) -> bool:
    return 1 <= day <= (29 if month == 2 else 30 if month in (4, 6, 9, 11) else 31)


def _style(m: re.Match[str]) -> str:
    if m.re is not _MONTH_FIRST:
        return "dmy"
    return "mdy-abbr" if m.group("dot") or m.group("mon") not in MONTHS else "mdy"


def _written(m: re.Match[str]) -> DateMention | None:
    month, day = _month(m.group("mon")), int(m.group("day"))
    day2 = int(m.group("day2")) if m.group("day2") else None
    if not _valid(month, day):
        return None
    if day2 is not None and not (day < day2 and _valid(month, day2)):
        # "May 5 and 3 more": not a range; the date ends at its day
        cut = m.end("ord") if m.group("ord") else m.end("day")
        return DateMention(
            m.start(),
            cut,
            m.string[m.start() : cut],
            month,
            day,
            style=_style(m),
            ordinal=bool(m.group("ord")),
        )
    wd = m.group("wd") or m.group("wd2")
    first = m.re is _MONTH_FIRST
    style = _style(m)
    start, end = m.start(), m.end()
    if not first and m.group(0).startswith("the ") and not m.group("wd"):
        start += 4
    if m.group("dot") and m.group("mon") in MONTHS and end == m.end("dot"):
        end -= 1  # "20 December." ends a sentence; only an abbreviation takes the dot
    return DateMention(
        start=start,
        end=end,
        text=m.string[start:end],
        month=month,
        day=day,
        year=int(m.group("year")) if m.group("year") else None,
        weekday=_WEEKDAY_ALIASES[wd] if wd else None,
        day2=day2,
        style=style,
        ordinal=bool(m.group("ord")),
    )


def _numeric(m: re.Match[str]) -> DateMention | None:
    a, b, year = int(m.group("a")), int(m.group("b")), int(m.group("year"))
    text = m.group(0)
    readings = [(mo, d) for mo, d in ((a, b), (b, a)) if 1 <= mo <= 12 and _valid(mo, d)]
    if not readings:
        return None
    if len(readings) == 2 and a != b:
        return DateMention(
            m.start(), m.end(), text, None, 0, year, style="numeric", alt=(readings[0], readings[1])
        )
    month, day = readings[0]
    return DateMention(m.start(), m.end(), text, month, day, year, style="numeric")


def find_dates(text: str) -> list[DateMention]:
    """Every absolute date, leftmost-longest, without overlaps, in text order."""
    found: list[DateMention] = []
    for regex in (_MONTH_FIRST, _DAY_FIRST):
        for m in scan(
            regex, MONTH_TRIGGER, text, _LEAD[regex], follow=_FOLLOW.get(regex), precede=_PRECEDE.get(regex)
        ):
            mention = _written(m)
            if mention and not _EVENT_NAME.match(text, mention.end):
                found.append(mention)
    for m in scan(_ISO, DIGIT_TRIGGER, text, before=4, second="-".__eq__):
        month, day = int(m.group("m")), int(m.group("d"))
        if 1 <= month <= 12 and _valid(month, day):
            found.append(
                DateMention(m.start(), m.end(), m.group(0), month, day, int(m.group("year")), style="iso")
            )
    for m in scan(_NUMERIC, DIGIT_TRIGGER, text, before=2, second=_DATE_SEPARATORS.__contains__):
        if _VERSION.search(text, max(0, m.start() - 10), m.start()):
            continue
        mention = _numeric(m)
        if mention:
            found.append(mention)
    return list(_without_overlaps(found))


def _without_overlaps(found: list[DateMention]) -> Iterator[DateMention]:
    found.sort(key=lambda d: (d.start, -(d.end - d.start)))
    last_end = -1
    for mention in found:
        if mention.start >= last_end:
            yield mention
            last_end = mention.end


RANGE_LINK = re.compile(r"(?:,?\s(?:and|to|through|till|until|or)\s|\s*[-\u2013\u2014/]\s*)")


def share_range_years(text: str, dates: list[DateMention]) -> list[DateMention]:
    """Give the first date of a pair like "February 1 and February 28, 2023" the second one's year."""
    out = list(dates)
    for i in range(len(out) - 2, -1, -1):
        left, right = out[i], out[i + 1]
        if left.year is None and right.year_known is not None and left.style == right.style:
            m = RANGE_LINK.match(text, left.end)
            if m and m.end() == right.start:
                out[i] = replace(left, shared_year=right.year_known)
    return out
