"""The date grammar on real news phrasings: what it finds, what it reads, and what it must leave alone."""

from __future__ import annotations

import pytest

from lintnews.dates.grammar import find_dates
from lintnews.dates.relative import find_relative
from lintnews.dates.times import find_times, names_place

# (sentence, flagged text, month, day, year, weekday index or None)
ABSOLUTE = [
    ("On December 20, local time, President Lukashenka met Putin.", "December 20", 12, 20, None, None),
    ("On December 19 local time, Putin arrived in Minsk.", "December 19", 12, 19, None, None),
    ("The forum opened on Dec. 20 in Beijing.", "Dec. 20", 12, 20, None, None),
    ("The forum opened on Dec 20 in Beijing.", "Dec 20", 12, 20, None, None),
    ("The talks ended on 20 December.", "20 December", 12, 20, None, None),
    ("He arrived on December 20th.", "December 20th", 12, 20, None, None),
    ("It was signed on the 20th of December.", "20th of December", 12, 20, None, None),
    ("It was signed on 2022-12-20 in Vienna.", "2022-12-20", 12, 20, 2022, None),
    ("It was signed on 20.12.2022 in Vienna.", "20.12.2022", 12, 20, 2022, None),
    ("It was signed on 12/20/2022 in Vienna.", "12/20/2022", 12, 20, 2022, None),
    ("It was signed on 20/12/2022 in Vienna.", "20/12/2022", 12, 20, 2022, None),
    ("The council met on Friday, February 10, 2023.", "Friday, February 10, 2023", 2, 10, 2023, 4),
    ("The meeting on February 10 (Friday) was cancelled.", "February 10 (Friday)", 2, 10, None, 4),
    ("The day of the Sept. 11, 2001, terrorist attacks", "Sept. 11, 2001", 9, 11, 2001, None),
    ("Polls open on Sept 5 nationwide.", "Sept 5", 9, 5, None, None),
    ("De Klerk died on November 11 aged 85.", "November 11", 11, 11, None, None),
    ("The election is set for 24 December 2021.", "24 December 2021", 12, 24, 2021, None),
    ("The EU set a December 10 deadline for London.", "December 10", 12, 10, None, None),
    ("Storm Arwen struck on November 26 and 27.", "November 26 and 27", 11, 26, None, None),
    ("Talks ran from December 19-20 in Minsk.", "December 19-20", 12, 19, None, None),
    ("Talks ran December 20 to 23 last year.", "December 20 to 23", 12, 20, None, None),
    ("It opens on Monday, 19 December 2022.", "Monday, 19 December 2022", 12, 19, 2022, 0),
    ("Results come on Jan. 24th, officials said.", "Jan. 24th", 1, 24, None, None),
    ("The vote was held on May 14 across Turkey.", "May 14", 5, 14, None, None),
    ("The deal was signed on 5 May in Kyiv.", "5 May", 5, 5, None, None),
    ("It happened on Aug 22 near the reef.", "Aug 22", 8, 22, None, None),
    ("It happened on March 1, 2022.", "March 1, 2022", 3, 1, 2022, None),
    ("The summit opens on Wednesday, December 21, 2022.", "Wednesday, December 21, 2022", 12, 21, 2022, 2),
    ("2023-02-11 13:07:20 [Source: Xinhua]", "2023-02-11", 2, 11, 2023, None),
    ("The law took effect on Oct. 1.", "Oct. 1", 10, 1, None, None),
]


@pytest.mark.parametrize(("sentence", "text", "month", "day", "year", "weekday"), ABSOLUTE)
def test_absolute_dates_are_found_and_read(
    sentence: str, text: str, month: int, day: int, year: int | None, weekday: int | None
) -> None:
    dates = find_dates(sentence)
    assert [d.text for d in dates] == [text]
    d = dates[0]
    assert (d.month, d.day, d.year, d.weekday) == (month, day, year, weekday)
    assert sentence[d.start : d.end] == text


NOT_DATES = [
    "This is Putin's first visit to Belarus since June 2019.",
    "Russia would provide the system in the next few months.",
    "March 1,000 troops to the border, the general said.",
    "You may 20 times ask the same question.",
    "The score was 3/4 at half time.",
    "Version 1.2.2022 of the tool was released.",
    "The House Jan. 6 committee subpoenaed him.",
    "The June 4 incident is still censored.",
    "We will march 20 miles tomorrow.",
    "The price rose 20.5 percent in December.",
    "The flight leaves at 12:30 from gate 20.",
    "The IP address 10.12.2022.5 was blocked.",
    "Protesters gathered on May Day in Paris.",
    "She was born in December 1990.",
    "In 2022 the economy shrank.",
    "The 20th century was violent.",
    "Article 12 of the Charter applies.",
    "About 20 Decembrists were exiled.",
    "He scored 31 points in March.",
    "Sales fell 3.2% in the year to June.",
]


@pytest.mark.parametrize("sentence", NOT_DATES)
def test_things_that_are_not_dates_are_not_found(sentence: str) -> None:
    assert find_dates(sentence) == []


def test_ambiguous_numeric_date_keeps_both_readings() -> None:
    (d,) = find_dates("Signed on 03/04/2022.")
    assert d.month is None and d.alt == ((3, 4), (4, 3))


# (sentence, relative text, kind, strong)
RELATIVE = [
    ("Putin met Lukashenko in St. Petersburg on June 25 this year.", "June 25 this year", "dated-year", True),
    ("He said on March 1 this year that he wanted more missiles.", "March 1 this year", "dated-year", True),
    ("a Christmas gathering on 18 December last year", "18 December last year", "dated-year", True),
    ("At the press conference on the same day, he thanked Putin.", "on the same day", "anaphor", True),
    ("On that day, boats blocked the ports.", "On that day", "anaphor", True),
    ("I quit the next day.", "the next day", "anaphor", False),
    (
        "The rules take effect from the 20th of this month.",
        "from the 20th of this month",
        "day-of-month",
        True,
    ),
    ("On the 10th, reporters found the shop closed.", "On the 10th", "day-of-month", True),
    ("It will be implemented from the following week (10th).", "(10th)", "day-of-month", True),
    ("The ministry said yesterday that prices rose.", "yesterday", "day", False),
    ("The ministry said today that prices rose.", "today", "day", False),
    ("Ministers meet tomorrow in Brussels.", "tomorrow", "day", False),
    ("Officials met the day before yesterday.", "the day before yesterday", "day", False),
    ("Rain fell overnight last night.", "last night", "day", False),
    ("The ministry said on Monday that prices rose.", "on Monday", "weekday", False),
    ("Ministers will meet next Tuesday.", "next Tuesday", "weekday", False),
    ("The bank said Friday it would cut rates.", "Friday", "weekday", False),
    ("Prices rose sharply last year.", "last year", "period", False),
    ("Sales are up 50 per cent this year.", "this year", "period", False),
    ("The plant closed earlier this month.", "earlier this month", "period", False),
    ("The law takes effect next week.", "next week", "period", False),
    ("The vote is due at the end of this year.", "the end of this year", "period", False),
    ("Li visited Hong Kong in July this year.", "July this year", "month-year", True),
    ("Prices peaked in May last year.", "May last year", "month-year", True),
]


@pytest.mark.parametrize(("sentence", "text", "kind", "strong"), RELATIVE)
def test_relative_dates_are_found(sentence: str, text: str, kind: str, strong: bool) -> None:
    found = find_relative(sentence, find_dates(sentence))
    assert [(r.text, r.kind) for r in found] == [(text, kind)]
    assert found[0].strong is strong


NOT_RELATIVE = [
    "Black Friday sales were strong.",
    "Good Friday services were held.",
    "It was the ninth consecutive Wednesday of protests.",
    "The 20th anniversary was marked quietly.",
    "The 20th century was violent.",
    "He works every Monday.",
    "Yesterday's meeting was cancelled.",
    "The council met on Friday, February 10, 2023.",
    "This yearbook is out of print.",
    "The past year has been hard.",
    "A year-long inquiry began.",
]


@pytest.mark.parametrize("sentence", NOT_RELATIVE)
def test_non_relative_phrasings_are_not_found(sentence: str) -> None:
    assert find_relative(sentence, find_dates(sentence)) == []


TIMES = [
    ("The talks began at 10 a.m. local time.", {"clock", "local"}),
    ("The launch is set for 14:30 Beijing time.", {"clock", "zone"}),
    ("Clocks show 8 p.m. Moscow time.", {"clock", "zone"}),
    ("The deadline is midnight GMT+8.", {"zone"}),
    ("The market opens at 9:30 UTC.", {"clock", "zone"}),
    ("He landed at 7 o'clock.", {"clock"}),
]


@pytest.mark.parametrize(("sentence", "kinds"), TIMES)
def test_times_and_zones_are_found(sentence: str, kinds: set[str]) -> None:
    assert {t.kind for t in find_times(sentence)} == kinds


NOT_TIMES = [
    "It is prime time for reform.",
    "He had a good time in Paris.",
    "The ratio was 3:2.",
    "Version 10.2 ships today.",
]


@pytest.mark.parametrize("sentence", NOT_TIMES)
def test_non_times_are_not_found(sentence: str) -> None:
    assert find_times(sentence) == []


PLACES = [
    ("Putin arrived in Minsk for talks.", True),
    ("The talks were held in the Kremlin.", True),
    ("The Belarusian capital Minsk hosted the talks.", True),
    ("President Lukashenka of Belarus attended.", True),
    ("Putin paid a visit to Minsk.", True),
    ("Lukashenko said to Putin that he was grateful.", False),
    ("According to Interfax, the two presidents attended a press conference.", False),
    ("The Chinese State Councilor said relations were good.", False),
    ("The two presidents held a press conference.", False),
]


@pytest.mark.parametrize(("sentence", "expected"), PLACES)
def test_place_anchors(sentence: str, expected: bool) -> None:
    assert names_place(sentence, 0, len(sentence)) is expected


def test_trigger_scan_finds_what_a_full_regex_scan_finds() -> None:
    """The windowed scan is an optimisation only: over every phrasing above and the seed article it
    gives exactly the matches of ``finditer``."""
    from pathlib import Path

    from lintnews.dates import grammar, relative, times
    from lintnews.dates.scan import scan

    seed = (Path(__file__).resolve().parent / "data" / "seed-article.txt").read_text(encoding="utf-8")
    phrasings = (
        [row[0] for row in ABSOLUTE + RELATIVE + TIMES + PLACES] + NOT_DATES + NOT_RELATIVE + NOT_TIMES
    )
    text = seed + "\n\n" + "\n".join(phrasings)
    pairs = [
        (grammar._MONTH_FIRST, grammar.MONTH_TRIGGER, 12),
        (grammar._DAY_FIRST, grammar.MONTH_TRIGGER, 32),
        (grammar._ISO, grammar.DIGIT_TRIGGER, 4),
        (grammar._NUMERIC, grammar.DIGIT_TRIGGER, 2),
        (relative._DAY_WORDS, relative._DAY_TRIGGER, 10),
        (relative._WEEKDAY_PHRASE, relative._DAY_TRIGGER, 14),
        (relative._PERIOD, relative._PERIOD_TRIGGER, 26),
        (relative._DAY_OF_MONTH, grammar.DIGIT_TRIGGER, 14),
        (relative._ANAPHOR, relative._ANAPHOR_TRIGGER, 16),
        (times._CLOCK, grammar.DIGIT_TRIGGER, 2),
        (times._ZONE, times._ZONE_TRIGGER, 24),
    ]
    for pattern, trigger, before in pairs:
        expected = [m.span() for m in pattern.finditer(text) if m.end() > m.start()]
        assert expected, pattern.pattern[:40]
        assert [m.span() for m in scan(pattern, trigger, text, before)] == expected, pattern.pattern[:40]
