"""The reference date: when the article was published, which is what "yesterday" and "December 19"
mean relative to. Sources, first found wins: the ``reference_date`` setting (``--reference-date``),
document metadata (front matter ``date``/``published``, HTML ``article:published_time``, JSON-LD
``datePublished``, ``<time datetime>``), a dated header line, and a wire dateline
("MINSK, Dec 20 (Reuters) -").
"""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache
from typing import Any

from .grammar import MONTH, MONTH_TRIGGER, _month, find_dates
from .model import Reference
from .places import CITIES
from .scan import _hits

#: Metadata keys that hold the publication date, in order of trust.
META_KEYS = (
    "published",
    "date",
    "pubdate",
    "publishdate",
    "publish_date",
    "published_at",
    "datePublished",
    "date_published",
    "publishDate",
    "created",
)
_DATELINE = re.compile(
    rf"^[ \t]*(?:[A-Z][\w.'-]*(?:[ \t][A-Z][\w.'-]*)*[ \t]+)??"
    rf"(?P<place>[A-Z][A-Za-z.'\u2019-]+(?:[ \t][A-Z][A-Za-z.'\u2019-]+)*(?:,[ \t][A-Z][A-Za-z. ]+?)?),[ \t]"
    rf"(?P<date>(?P<mon>{MONTH})\.?\s(?P<day>\d{{1,2}})(?:st|nd|rd|th)?(?:,\s(?P<year>(?:19|20)\d\d))?)"
    rf"(?:\s?\((?P<agency>[A-Za-z][\w .&-]*)\))?\s?(?:--|[-\u2013\u2014]|/|(?P<stop>\.)(?=\s))",
    re.MULTILINE,
)
_HEADER_WORDS = 14
_SENTENCE_END = re.compile(r"[.!?][\"'\u201d\u2019)]*\s*$")
_LEAD_CHARS = 1500
#: A year as every date pattern writes it: a line without one cannot date the article.
_HAS_YEAR = re.compile(r"(?:1[89]|20)\d\d")


def parse_date_value(value: Any) -> dt.date | None:
    """A date from a metadata value: a date/datetime object, or an ISO 8601 or written date string."""
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if not isinstance(value, str) or not value.strip():
        return None
    s = value.strip()
    try:
        return dt.datetime.fromisoformat(s.replace("Z", "+00:00")).date()
    except ValueError:
        pass
    dates = find_dates(s)
    if dates and dates[0].year and dates[0].month:
        return dt.date(dates[0].year, dates[0].month, dates[0].day)
    try:
        from dateutil import parser  # lazy: only for unusual metadata strings

        return parser.parse(s, fuzzy=False).date()
    except (ValueError, OverflowError, ImportError):
        return None


def from_setting(value: Any) -> Reference | None:
    """The configured reference date; raises ValueError on a malformed one (the caller reports it)."""
    if value is None or value == "":
        return None
    if isinstance(value, dt.date):
        day = value if not isinstance(value, dt.datetime) else value.date()
    else:
        try:
            day = dt.date.fromisoformat(str(value).strip())
        except ValueError:
            raise ValueError(f"reference date {value!r} is not a date in the form YYYY-MM-DD") from None
    return Reference(day.month, day.day, day.year, "reference_date setting (--reference-date or [dates])")


def from_meta(meta: dict[str, Any]) -> Reference | None:
    lowered = {k.lower(): k for k in meta}
    for key in META_KEYS:
        original = lowered.get(key.lower())
        if original is None:
            continue
        day = parse_date_value(meta[original])
        if day is not None:
            where = meta.get("published_source") if original == "published" else None
            label = f"metadata {where}" if where else f"metadata '{original}'"
            return Reference(day.month, day.day, day.year, label)
    return None


@lru_cache(maxsize=4)
def find_dateline(text: str) -> tuple[re.Match[str] | None, Reference | None]:
    """A wire dateline near the top ("BEIJING, Feb. 10 (Xinhua) --"): its place and date. Cached: the
    view and the reference date both ask for it."""
    limit = min(len(text), _LEAD_CHARS)
    if not _comma_month(text, limit):
        return None, None
    m = _DATELINE.search(text, 0, limit)
    if not m:
        return None, None
    month, day = _month(m.group("mon")), int(m.group("day"))
    year = int(m.group("year")) if m.group("year") else None
    segments = [seg.split() for seg in m.group("place").split(",")]
    words = next((seg for seg in segments if seg and (seg[-1].isupper() or seg[-1] in CITIES)), segments[0])
    if m.group("stop") and not (words[-1].isupper() or words[-1] in CITIES):
        return None, None  # "Smith, Dec. 20." is a sentence, not a dateline
    caps = [w for w in words if w.isupper()]
    place = " ".join(words[len(words) - len(caps) :] if caps and words[-1].isupper() else words).title()
    return m, Reference(month, day, year, f"dateline '{m.group(0).strip()}'", place=place)


def _comma_month(text: str, limit: int) -> bool:
    """Whether a month name follows ", " before ``limit``: true of every dateline, rare elsewhere, and
    read off the month-name hits the date scan shares, so most articles skip the dateline expression
    (which tries every line start)."""
    for start, _ in _hits(MONTH_TRIGGER, text):
        if start >= limit:
            return False
        if text[start - 2 : start] in (", ", ",\t"):
            return True
    return False


@lru_cache(maxsize=4)
def header_line(text: str) -> tuple[int, int, Reference] | None:
    """A short line near the top that carries a full date ("February 11, 2023, 13:07:20 [Source: Xinhua]"):
    its span and the date. Such a line is page furniture, not prose. Cached: the view and the reference
    date both ask for it."""
    pos = 0
    seen = 0
    for line in text[:_LEAD_CHARS].splitlines(keepends=True):
        start, pos = pos, pos + len(line)
        if not line.strip():
            continue
        seen += 1
        if seen > 4:
            break
        if len(line.split()) > _HEADER_WORDS or _SENTENCE_END.search(line) or not _HAS_YEAR.search(line):
            continue
        for d in find_dates(line):
            if d.year and d.month and d.day2 is None:
                label = f"header line '{line.strip()[:60]}'"
                return start, start + len(line.rstrip()), Reference(d.month, d.day, d.year, label)
    return None


def from_header(text: str) -> Reference | None:
    found = header_line(text)
    return found[2] if found else None


def detect(text: str, meta: dict[str, Any], setting: Any) -> Reference | None:
    """The reference date by the order of trust above (None when nothing dates the article)."""
    _, dateline = find_dateline(text)
    ref = from_setting(setting) or from_meta(meta)
    if ref is None and dateline is not None and dateline.year is not None:
        return dateline
    ref = ref or from_header(text)
    if ref is None:
        return dateline
    if dateline is not None and ref.place is None:
        from dataclasses import replace

        ref = replace(ref, place=dateline.place)
    return ref
