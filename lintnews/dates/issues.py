"""What each date rule finds, as neutral ``Issue`` records (the check turns them into findings).

Kept apart from the rule type so the date logic can be read and tested without the engine.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass

from .grammar import RANGE_LINK
from .model import MONTHS, WEEKDAYS, DateMention
from .resolve import AP_MONTHS, format_date, needs_year, resolve_mention, year_for
from .times import names_place
from .view import DateView

#: The date style a mention's own form maps to when it is rewritten.
STYLE_OF = {"mdy": "mdy", "mdy-abbr": "ap", "dmy": "dmy"}
_CONTINUES = re.compile(r"\s+[\w\u201c\"'(]")


@dataclass(frozen=True)
class Issue:
    start: int
    end: int
    advice: str
    replacements: tuple[str, ...] = ()
    applicability: str | None = None
    #: "soft" findings are capped at the rule's ``soft_severity``; "lower" at warning.
    level: str = ""


def continues(text: str, end: int) -> bool:
    """Whether the sentence goes on after ``end`` (so a year added in mid-sentence takes a comma)."""
    m = _CONTINUES.match(text, end)
    return bool(m) and not text.startswith((" and ", " or ", " to "), end)


def add_year(view: DateView, d: DateMention, year: int) -> str:
    """The mention with its year: in the house format when one is configured, else in its own form."""
    fmt = view.policy.format
    text = d.text
    if fmt and d.day2 is None and d.month is not None:
        new = format_date(dt.date(year, d.month, d.day), fmt, True, weekday=d.weekday is not None)
    elif d.style == "dmy":
        head, sep, tail = text.partition(" (")
        new = f"{head} {year}" + (sep + tail if sep else "")
    else:
        head, sep, tail = text.partition(" (")
        new = f"{head}, {year}" + (sep + tail if sep else "")
    if (fmt or STYLE_OF.get(d.style, "mdy")) != "dmy" and continues(view.text, d.end):
        new += ","
    return new


def missing_year(view: DateView) -> Iterator[Issue]:
    policy, ref = view.policy, view.reference
    if policy.year == "never":
        return
    dated_year = {r.start: r for r in view.relative if r.kind == "dated-year"}
    if ref is None or ref.year is None:
        for rel in view.relative:
            if rel.kind == "month-year":
                yield Issue(rel.start, rel.end, "say which year: nothing in the article dates it")
    firsts = _range_firsts(view, dated_year)
    for d in view.dates:
        if d.year_known is not None or d.month is None or d.dateline or d.start in firsts:
            continue
        if d.start in dated_year:
            # "June 25 this year": date-relative resolves it when the article is dated; otherwise the
            # year is simply missing.
            if ref is None or ref.year is None:
                rel = dated_year[d.start]
                yield Issue(rel.start, rel.end, "say which year: nothing in the article dates it")
            continue
        start = firsts.get(d.end, d.start)  # "between February 1 and February 28": one finding
        resolved = resolve_mention(d, ref)
        if resolved is None:
            why = "the dateline gives no year" if ref is not None else "nothing in the article dates it"
            yield Issue(start, d.end, f"add the year ({why})")
            continue
        year = resolved.date.year
        if (
            policy.year == "when-not-current"
            and resolved.certain
            and not needs_year(resolved.date, ref, policy.year)
        ):
            continue
        hedge = "" if resolved.certain else "most likely "
        advice = f"the article is dated {ref.iso()} ({ref.source}), so it is {hedge}{year}"  # type: ignore[union-attr]
        if (
            d.start
            and view.text[d.end : d.end + 8].startswith(" and ")
            and view.text[d.end + 5 : d.end + 6].isdigit()
        ):
            yield Issue(d.start, d.end, f"add the year: {advice}")
            continue
        yield Issue(
            start,
            d.end,
            f"add the year: {advice}",
            (view.text[start : d.start] + add_year(view, d, year),),
            "safe" if resolved.certain else "unsafe",
        )


def _range_firsts(view: DateView, dated_year: dict[int, object]) -> dict[int, int]:
    """Yearless pairs written as a range ("February 1 and February 28"): maps the first date's start
    (and the second's end, to find it back) so the pair is reported once, at its end."""
    out: dict[int, int] = {}
    dates = view.dates
    for a, b in zip(dates, dates[1:], strict=False):
        if (
            a.year_known is None
            and b.year_known is None
            and a.month is not None
            and b.month is not None
            and not a.dateline
            and b.start not in dated_year
            and a.start not in out.values()
        ):
            m = RANGE_LINK.match(view.text, a.end)
            if m and m.end() == b.start:
                out[a.start] = a.start
                out[b.end] = a.start
    return out


def _numeric_order(view: DateView) -> str | None:
    """ "dmy" or "mdy" when the article's unambiguous numeric dates (20.12.2022) all agree on an order."""
    orders = set()
    for d in view.dates:
        if d.style == "numeric" and d.alt is None and d.month is not None:
            first = int(re.split(r"[./-]", d.text)[0])
            orders.add("dmy" if first == d.day and first != d.month else "mdy")
    return orders.pop() if len(orders) == 1 else None


def ambiguous_numeric(view: DateView) -> Iterator[Issue]:
    order = None
    for d in view.dates:
        if d.alt is None or d.year is None:
            continue
        style = view.policy.style
        readings = [format_date(dt.date(d.year, mo, day), style) for mo, day in d.alt]
        if order is None:
            order = _numeric_order(view) or "unknown"
        if order != "unknown":
            first, second = (int(x) for x in re.split(r"[./-]", d.text)[:2])
            month, day = (second, first) if order == "dmy" else (first, second)
            written = format_date(dt.date(d.year, month, day), style)
            advice = f"the article's other numeric dates put the {'day' if order == 'dmy' else 'month'} first"
            yield Issue(
                d.start,
                d.end,
                f"{advice}, so it is {written}; write the month as a word",
                (written,),
                "unsafe",
            )
            continue
        yield Issue(
            d.start,
            d.end,
            f"it reads as {readings[0]} or as {readings[1]}; write the month as a word",
            tuple(readings),
            "suggestion",
        )


def weekday_mismatch(view: DateView) -> Iterator[Issue]:
    for d in view.dates:
        if d.weekday is None or d.month is None or d.day2 is not None:
            continue
        year, level = d.year_known, ""
        if year is None:
            resolved = year_for(d.month, d.day, view.reference) if view.reference else None
            if resolved is None or not resolved.certain:
                continue
            year, level = resolved.date.year, "lower"
        try:
            actual = dt.date(year, d.month, d.day).weekday()
        except ValueError:
            continue
        if actual == d.weekday:
            continue
        wrong, right = WEEKDAYS[d.weekday], WEEKDAYS[actual]
        at = d.text.find(wrong)
        if at < 0:
            continue
        fixed = d.text[:at] + right + d.text[at + len(wrong) :]
        yield Issue(
            d.start,
            d.end,
            f"{MONTHS[d.month - 1]} {d.day}, {year} was a {right}, not a {wrong}",
            (fixed,),
            "unsafe",
            level,
        )


def local_time(view: DateView) -> Iterator[Issue]:
    text = view.text
    ref = view.reference
    for t in view.times:
        if t.kind != "local" or text.startswith((" zone", " zones"), t.end):
            continue
        i = view.sentence_index(t.start)
        start = view.sentence(i - 1)[0] if i > 0 else view.sentence(i)[0]
        end = view.sentence(i)[1]
        if names_place(text[: t.start] + " " * (t.end - t.start) + text[t.end : end], start, end):
            continue
        if ref is not None and ref.place:
            yield Issue(
                t.start, t.end, f"say where: the dateline names {ref.place}", (f"{ref.place} time",), "unsafe"
            )
        else:
            yield Issue(t.start, t.end, 'name the place ("Minsk time") or say where it happened')


def _family(d: DateMention) -> str:
    return {"mdy": "month-day", "mdy-abbr": "month-day"}.get(d.style, d.style)


def _rewrite(d: DateMention, family: str, abbreviated: bool) -> str | None:
    if d.month is None or d.day2 is not None or family == "numeric":
        return None
    if family == "iso":
        return f"{d.year:04d}-{d.month:02d}-{d.day:02d}" if d.year else None
    day = dt.date(d.year or 2000, d.month, d.day)
    style = "dmy" if family == "dmy" else ("ap" if abbreviated else "mdy")
    out = format_date(day, style, d.year is not None, d.weekday is not None)
    return out


def inconsistent_format(view: DateView) -> Iterator[Issue]:
    dates = [d for d in view.dates if not d.dateline and d.month is not None]
    if len(dates) < 2:
        return
    families = Counter(_family(d) for d in dates)
    main_family = max(families, key=lambda f: (families[f], -[_family(d) for d in dates].index(f)))
    abbreviable = [d for d in dates if _family(d) == "month-day" and d.month in AP_MONTHS]
    abbr = Counter(d.style == "mdy-abbr" for d in abbreviable)
    use_abbr = abbr[True] > abbr[False] or (
        abbr[True] == abbr[False] and bool(abbreviable) and abbreviable[0].style == "mdy-abbr"
    )
    ordinals = Counter(d.ordinal for d in dates)
    use_ordinal = ordinals[True] > ordinals[False]
    main_text = {
        "month-day": "month before day (December 20)",
        "dmy": "day before month (20 December)",
        "iso": "ISO (2022-12-20)",
        "numeric": "numeric (20.12.2022)",
    }[main_family]
    for d in dates:
        family = _family(d)
        if family != main_family:
            advice = f"most dates in this article are written {main_text}"
        elif (
            family == "month-day"
            and d.month in AP_MONTHS
            and len(abbr) == 2
            and (d.style == "mdy-abbr") != use_abbr
        ):
            advice = (
                "most months in this article are abbreviated (Dec. 20)"
                if use_abbr
                else "most months in this article are spelled out (December 20)"
            )
        elif len(ordinals) == 2 and d.ordinal != use_ordinal:
            advice = (
                "most dates in this article use ordinals (20th)"
                if use_ordinal
                else "most dates in this article have no ordinal suffix (20, not 20th)"
            )
        else:
            continue
        new = None if use_ordinal else _rewrite(d, main_family, use_abbr)
        if new is not None and continues(view.text, d.end) and d.year and main_family == "month-day":
            new += "," if not view.text.startswith(",", d.end) else ""
        yield Issue(d.start, d.end, advice, (new,) if new and new != d.text else ())
