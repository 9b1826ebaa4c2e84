"""Resolving dates against the reference, and writing them in the house format.

A resolution carries whether it is certain: a fix is ``safe`` only when nothing about it is a guess.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from .model import MONTHS, WEEKDAYS, DateMention, Reference, RelativeMention

#: AP abbreviates these months when a day follows; the others are always spelled out.
AP_MONTHS = {1: "Jan.", 2: "Feb.", 8: "Aug.", 9: "Sept.", 10: "Oct.", 11: "Nov.", 12: "Dec."}
STYLES = ("ap", "dmy", "mdy")
YEAR_POLICIES = ("always", "when-not-current", "never")


@dataclass(frozen=True)
class Resolved:
    date: dt.date
    certain: bool


def format_date(day: dt.date, style: str = "ap", with_year: bool = True, weekday: bool = False) -> str:
    """``day`` as "Dec. 20, 2022" (ap), "December 20, 2022" (mdy) or "20 December 2022" (dmy)."""
    name = WEEKDAYS[day.weekday()]
    if style == "dmy":
        out = f"{day.day} {MONTHS[day.month - 1]}" + (f" {day.year}" if with_year else "")
        return f"{name} {out}" if weekday else out
    month = AP_MONTHS.get(day.month, MONTHS[day.month - 1]) if style == "ap" else MONTHS[day.month - 1]
    out = f"{month} {day.day}" + (f", {day.year}" if with_year else "")
    return f"{name}, {out}" if weekday else out


def needs_year(day: dt.date, ref: Reference | None, policy: str) -> bool:
    """Whether the policy wants the year written for ``day``."""
    if policy == "never":
        return False
    if policy == "when-not-current":
        return ref is None or ref.year != day.year
    return True


def _safe_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def year_for(month: int, day: int, ref: Reference) -> Resolved | None:
    """The year a yearless month and day most likely falls in: the nearest candidate, with past dates
    preferred (news reports more than it announces). Certain when no other year is close."""
    if ref.date is None:
        return None
    scored = []
    for year in (ref.year - 1, ref.year, ref.year + 1):  # type: ignore[operator]
        cand = _safe_date(year, month, day)
        if cand is not None:
            delta = (cand - ref.date).days
            scored.append((delta * 2 if delta > 0 else -delta, cand))
    if not scored:
        return None
    scored.sort()
    best = scored[0]
    certain = len(scored) == 1 or scored[1][0] > 2 * best[0] + 60
    return Resolved(best[1], certain)


def resolve_mention(mention: DateMention, ref: Reference | None) -> Resolved | None:
    if ref is None or mention.month is None:
        return None
    return year_for(mention.month, mention.day, ref)


def resolve_relative(rel: RelativeMention, ref: Reference | None, future: bool = False) -> Resolved | None:
    """The day a relative mention names (the first day of a period), or None when it cannot be known."""
    if ref is None or ref.date is None:
        return None
    base = ref.date
    if rel.kind == "day":
        return Resolved(base + dt.timedelta(days=rel.offset), True)
    if rel.kind == "weekday" and rel.weekday is not None:
        back = (base.weekday() - rel.weekday) % 7
        if rel.qualifier == "next" or (future and rel.qualifier not in ("last", "since")):
            ahead = (rel.weekday - base.weekday()) % 7 or 7
            return Resolved(base + dt.timedelta(days=ahead), False)
        if rel.qualifier == "last" and back == 0:
            back = 7
        return Resolved(base - dt.timedelta(days=back), False)
    if rel.kind in ("dated-year", "month-year") and rel.month is not None:
        day = _safe_date(base.year + rel.offset, rel.month, rel.day or 1)
        return Resolved(day, True) if day else None
    if rel.kind == "day-of-month" and rel.day is not None:
        month = (base.month - 1 + rel.offset) % 12 + 1
        year = base.year + (base.month - 1 + rel.offset) // 12
        day = _safe_date(year, month, rel.day)
        certain = bool(rel.qualifier or rel.offset or rel.text.lower().endswith("month"))
        return Resolved(day, certain) if day else None
    if rel.kind == "period":
        if rel.unit == "year":
            return Resolved(dt.date(base.year + rel.offset, 1, 1), True)
        if rel.unit == "month":
            index = base.month - 1 + rel.offset
            return Resolved(dt.date(base.year + index // 12, index % 12 + 1, 1), True)
    return None
