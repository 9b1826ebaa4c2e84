"""What the date grammar finds: date, relative and time mentions, and the reference date they resolve
against. Plain frozen dataclasses so views can be cached and compared."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


@dataclass(frozen=True)
class DateMention:
    """An absolute calendar date in the text, e.g. "Dec. 20", "Monday, 20 December 2022", "12/20/2022".

    ``style`` names the written form (``mdy``, ``mdy-abbr``, ``dmy``, ``iso``, ``numeric``) so that
    formats can be compared across an article; ``day2`` is the end of a range ("December 19-20").
    ``month`` is ``None`` for a numeric date whose day and month can swap (see ``alt``).
    """

    start: int
    end: int
    text: str
    month: int | None
    day: int
    year: int | None = None
    weekday: int | None = None
    day2: int | None = None
    style: str = "mdy"
    ordinal: bool = False
    #: The two readings (month, day) of an ambiguous numeric date such as 03/04/2022.
    alt: tuple[tuple[int, int], tuple[int, int]] | None = None
    #: Set when a neighbouring date of the same range carries the year ("February 1 and February 28, 2023").
    shared_year: int | None = None
    dateline: bool = False

    @property
    def year_known(self) -> int | None:
        return self.year if self.year is not None else self.shared_year


@dataclass(frozen=True)
class RelativeMention:
    """A date that only means something relative to another one: "yesterday", "on Monday",
    "June 25 this year", "the same day".

    ``kind`` is one of ``day`` (offset in days from the reference: yesterday), ``weekday``, ``period``
    (this/last/next week, month, year), ``dated-year`` (a month and day followed by this/last/next
    year), ``month-year`` ("March this year"), ``day-of-month`` ("the 20th of this month") and
    ``anaphor`` ("the same day"). ``strong`` marks phrasings that translate the source's date habits
    and are rare in edited English news.
    """

    start: int
    end: int
    text: str
    kind: str
    strong: bool = False
    offset: int = 0
    unit: str = ""
    weekday: int | None = None
    month: int | None = None
    day: int | None = None
    style: str = "mdy"
    qualifier: str = ""


@dataclass(frozen=True)
class TimeMention:
    """A clock time or a time zone: "10 a.m.", "14:30", "local time", "Beijing time", "GMT+8"."""

    start: int
    end: int
    text: str
    kind: str  # "clock", "local", "zone"


@dataclass(frozen=True)
class Reference:
    """The date an article was published, which yearless and relative dates resolve against.

    ``year`` is ``None`` when only a dateline without a year gave the month and day.
    """

    month: int
    day: int
    year: int | None
    source: str
    place: str | None = None

    @property
    def date(self) -> dt.date | None:
        return dt.date(self.year, self.month, self.day) if self.year is not None else None

    def iso(self) -> str:
        return (
            f"{self.year:04d}-{self.month:02d}-{self.day:02d}"
            if self.year
            else f"--{self.month:02d}-{self.day:02d}"
        )
