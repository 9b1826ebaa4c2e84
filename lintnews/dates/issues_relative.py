"""``date-relative``: relative dates an archive reader cannot resolve, with the resolved date as the fix.

Phrasings that carry a source language's date habits ("June 25 this year", "on the same day", "the 20th
of this month") are reported at the rule's severity, with or without a reference date. Phrasings that
edited English news uses every day ("on Monday", "yesterday", "last year") are reported only when the
article's date resolves them, at the rule's ``soft_severity`` (info by default): the finding is then a
concrete fix, never a complaint about normal style.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator

from .issues import STYLE_OF, Issue, continues
from .model import MONTHS, WEEKDAYS, RelativeMention
from .resolve import format_date, needs_year, resolve_relative, year_for
from .view import DateView

_FUTURE = re.compile(
    r"\b(?:will|shall|would|'ll|is\sto|are\sto|scheduled|expected\sto|plans?\sto|set\sto|"
    r"due\sto|upcoming|next)\b",
    re.IGNORECASE,
)
_PREPOSITION = re.compile(
    r"\b(?:on|in|since|until|till|from|by|before|after|of|as\sof|through)\s+$", re.IGNORECASE
)
#: How far back (characters) an anaphor such as "the same day" looks for the date it refers to.
_ANAPHOR_REACH = 1500


def _date(view: DateView, day: dt.date, weekday: bool = False, style: str | None = None) -> str:
    policy = view.policy
    return format_date(
        day, policy.format or style or "ap", needs_year(day, view.reference, policy.year), weekday
    )


def _after_preposition(view: DateView, rel: RelativeMention) -> bool:
    return bool(_PREPOSITION.search(view.text, max(0, rel.start - 12), rel.start))


def _sentence_before(view: DateView, rel: RelativeMention) -> str:
    start, _ = view.sentence(view.sentence_index(rel.start))
    return view.text[start : rel.start]


def relative(view: DateView) -> Iterator[Issue]:
    for rel in view.relative:
        issue = _strong(view, rel) if rel.strong else _soft(view, rel)
        if issue is not None:
            yield issue


def _strong(view: DateView, rel: RelativeMention) -> Issue | None:
    ref = view.reference
    if rel.kind == "anaphor":
        return _anaphor(view, rel)
    if rel.kind == "day-of-month" and "month" not in rel.text.lower():
        issue = _day_of_month_by_antecedent(view, rel)
        if issue is not None:
            return issue
    resolved = resolve_relative(rel, ref)
    if resolved is None:
        if rel.kind in ("dated-year", "month-year"):
            return None  # without the article's date this is a missing year (date-missing-year)
        return Issue(rel.start, rel.end, "say which month: an archive reader cannot tell when this was")
    day = resolved.date
    style = view.policy.format or STYLE_OF.get(rel.style, "mdy")
    with_year = needs_year(day, ref, view.policy.year)
    if rel.kind == "dated-year":
        new = format_date(day, style, with_year)
    elif rel.kind == "month-year":
        new = MONTHS[day.month - 1] + (f" {day.year}" if with_year else "")
    else:
        new = _with_preposition(rel.text, _date(view, day))
    if new[-4:].isdigit() and style != "dmy" and rel.kind != "month-year" and continues(view.text, rel.end):
        new += ","
    return Issue(
        rel.start,
        rel.end,
        f"the article is dated {ref.iso()}, so this is {_date(view, day)}",  # type: ignore[union-attr]
        (new,),
        "safe" if resolved.certain else "unsafe",
    )


def _with_preposition(original: str, written: str) -> str:
    """The date in the shape of what it replaces: "On the 20th" -> "On Dec. 20", "(10th)" -> "(July 10)"."""
    if original.startswith("("):
        return f"({written})"
    prep = re.match(r"(?i)(on|by|since|until|from|before|after|as of)\s", original)
    return (prep.group(0) if prep else "") + written


def _day_of_month_by_antecedent(view: DateView, rel: RelativeMention) -> Issue | None:
    """ "On February 10 ... on the 10th": the day repeats a date already named, so name it again."""
    for d in reversed(view.dates):
        if d.end > rel.start or d.month is None:
            continue
        if rel.start - d.end > _ANAPHOR_REACH:
            return None
        if d.day == rel.day:
            year = d.year_known
            written = format_date(
                dt.date(year or 2000, d.month, d.day), STYLE_OF.get(d.style, "ap"), year is not None
            )
            new = _with_preposition(rel.text, written)
            return Issue(rel.start, rel.end, f"name the month: it repeats {d.text}", (new,), "unsafe")
    return None


def _anaphor(view: DateView, rel: RelativeMention) -> Issue | None:
    """ "The same day" resolves to the nearest date before it; without one it is generic, not a date."""
    antecedent = None
    for d in reversed(view.dates):
        if d.end <= rel.start and d.month is not None and rel.start - d.end <= _ANAPHOR_REACH:
            antecedent = d
            break
    if antecedent is None:
        return None
    year = antecedent.year_known
    if year is None and view.reference is not None:
        resolved = year_for(antecedent.month, antecedent.day, view.reference)  # type: ignore[arg-type]
        year = resolved.date.year if resolved else None
    style = view.policy.format or STYLE_OF.get(antecedent.style, "ap")
    base = dt.date(year or 2000, antecedent.month, antecedent.day)  # type: ignore[arg-type]
    day = base + dt.timedelta(days=rel.offset)
    written = format_date(day, style, year is not None and needs_year(day, view.reference, view.policy.year))
    if not rel.strong and year is None:
        return None
    on = "on " if rel.text.lower().startswith("on ") or _after_preposition(view, rel) is False else ""
    new = on + written
    if rel.text[:1].isupper():
        new = new[:1].upper() + new[1:]
    if written[-4:].isdigit() and style != "dmy" and continues(view.text, rel.end):
        new += ","
    level = "soft"  # "on that day" is also good English narrative; a date-as-fix is a hint, not a fault
    return Issue(
        rel.start, rel.end, f"name the date: it refers back to {antecedent.text}", (new,), "unsafe", level
    )


def _soft(view: DateView, rel: RelativeMention) -> Issue | None:
    ref = view.reference
    if rel.kind == "anaphor":
        return _anaphor(view, rel)
    if ref is None or ref.date is None:
        return None
    future = bool(_FUTURE.search(_sentence_before(view, rel)))
    resolved = resolve_relative(rel, ref, future)
    if resolved is None:
        return None
    day, text = resolved.date, rel.text
    written = ""
    applicability = "safe" if resolved.certain else "unsafe"
    if rel.kind == "day":
        word = text.lower()
        written = _date(view, day)
        if word.startswith(("last night", "tonight")) or word.endswith("night"):
            new = f"the night of {written}"
        elif " " in word and not word.startswith("the day"):
            new = f"the {word.split()[1]} of {written}"
        else:
            new = written
        if not _after_preposition(view, rel):
            new = "on " + new
        if word.startswith(("today", "tonight")):
            applicability = "suggestion"  # "today" often means "nowadays"
    elif rel.kind == "weekday":
        if text.endswith(("'s", "\u2019s")):
            return None
        name = WEEKDAYS[rel.weekday]  # type: ignore[index]
        rest = text.split(name, 1)[1]
        lead = "on " if rel.qualifier in ("last", "next", "this") else text.split(name, 1)[0]
        written = _date(view, day)
        new = f"{lead}{name}{rest} ({written})" if rest else f"{lead}{name}, {written}"
        applicability = "unsafe"
    elif rel.kind == "period":
        if view.policy.year != "always" and rel.unit == "year" and day.year == ref.year:
            return None
        if text.endswith(("'s", "\u2019s")):
            return None
        when = (
            str(day.year)
            if rel.unit == "year"
            else MONTHS[day.month - 1] + (f" {day.year}" if needs_year(day, ref, view.policy.year) else "")
        )
        lead = rel.qualifier
        if lead in ("earlier", "later"):
            new = f"{lead} in {when}"
        elif lead:
            new = text[: len(text) - len(text.split()[-2]) - len(text.split()[-1]) - 1] + when
        else:
            new = when if _after_preposition(view, rel) else f"in {when}"
    else:
        return None
    if text[:1].isupper():
        new = new[:1].upper() + new[1:]
    appositive = rel.kind == "weekday" and new.endswith(written)  # "on Monday, Dec. 19, that ..."
    if (new[-4:].isdigit() and rel.kind == "day" or appositive) and continues(view.text, rel.end):
        new += ","
    return Issue(
        rel.start,
        rel.end,
        f"the article is dated {ref.iso()}, so this is {_date(view, day)}",
        (new,),
        applicability,
        "soft",
    )
