"""Clock times and time zones, and whether a "local time" has a place to be local to."""

from __future__ import annotations

import re

from .grammar import DIGIT_TRIGGER
from .model import MONTHS, WEEKDAYS, TimeMention
from .places import CITIES, PLACE_WORDS
from .scan import scan, trigger

_CLOCK = re.compile(
    r"(?<![\w.:])(?:[01]?\d|2[0-3])(?::[0-5]\d)?\s?(?:a\.m\.|p\.m\.|am\b|pm\b|AM\b|PM\b|o'clock\b)"
    r"|(?<![\w.:])(?:[01]?\d|2[0-3]):[0-5]\d(?::[0-5]\d)?(?![\d:])"
)
_LOCAL = re.compile(r"\blocal\stime\b", re.IGNORECASE)
_ZONE = re.compile(
    r"\b(?:GMT|UTC)(?:\s?[+\u2212-]\s?\d{1,2}(?::?\d\d)?)?(?![\w+])"
    r"|\b[A-Z][a-z]+(?:\s[A-Z][a-z]+)?\s(?:Standard\s|Daylight\s|Summer\s)?[Tt]ime\b"
)


def _clock_mark(c: str) -> bool:
    """What follows a digit inside a clock time: a colon, or (after an optional space) am/pm/o'clock."""
    return c in ":apAPo" or c.isspace()


_LOCAL_TRIGGER = trigger(r"ocal\stime")
_ZONE_TRIGGER = trigger("GMT", "UTC", r"ime\b")
#: Capitalised words that begin a "<Name> time" phrase without being a place.
_NOT_ZONE = {
    "Prime",
    "The",
    "This",
    "That",
    "At",
    "By",
    "Last",
    "Next",
    "Every",
    "Any",
    "Some",
    "Each",
    "Local",
    "Same",
    "First",
    "Second",
    "Third",
    "Half",
    "Full",
    "Part",
    "Over",
    "Over-",
    "Long",
    "Short",
    "Screen",
    "Summer",
    "Winter",
    "Question",
    "Dinner",
    "Lunch",
    "Tea",
    "Bed",
    "Play",
    "Game",
    "Extra",
    "Injury",
    "Real",
    "Good",
    "Hard",
    "High",
    "Big",
    "Hammer",
    "Father",
}
#: A capitalised word after one of these prepositions names a place ("in Minsk", "from Beijing"); after
#: the weak ones only a known place counts ("said to Putin" is not a place, "a visit to Minsk" is).
_PLACE_AFTER = re.compile(
    r"\b(?P<p>in|at|near|outside|inside|across|from|into|to|toward|towards|of)\s(?:the\s)?(?P<w>[A-Z][\w'\u2019.-]+)"
)
_WEAK = {"to", "toward", "towards", "of"}
_NOT_PLACE = {
    *MONTHS,
    *WEEKDAYS,
    "The",
    "This",
    "That",
    "These",
    "Those",
    "His",
    "Her",
    "Their",
    "Our",
    "Its",
    "I",
    "He",
    "She",
    "We",
    "They",
    "It",
    "According",
    "President",
    "Prime",
    "Minister",
    "Mr",
    "Ms",
    "Mrs",
    "Dr",
    "Twitter",
    "Facebook",
    "Telegram",
    "Interfax",
    "Xinhua",
    "Reuters",
    "Tass",
    "TASS",
    "AFP",
    "AP",
    "CNN",
    "BBC",
    "RIA",
    "Sputnik",
}
_WORD = re.compile(r"[A-Z][\w'\u2019-]*")


def find_times(text: str) -> list[TimeMention]:
    """Clock times, "local time" and named zones, in text order."""
    found = [
        TimeMention(m.start(), m.end(), m.group(0), "clock")
        for m in scan(_CLOCK, DIGIT_TRIGGER, text, before=2, second=_clock_mark)
    ]
    found += [
        TimeMention(m.start(), m.end(), m.group(0), "local")
        for m in scan(_LOCAL, _LOCAL_TRIGGER, text, before=1)
    ]
    for m in scan(_ZONE, _ZONE_TRIGGER, text, before=24):
        first = m.group(0).split()[0]
        if first in _NOT_ZONE or (not m.group(0).startswith(("GMT", "UTC")) and first not in PLACE_WORDS):
            continue
        found.append(TimeMention(m.start(), m.end(), m.group(0), "zone"))
    found.sort(key=lambda t: t.start)
    return found


def names_place(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` names a place that a "local time" in it can refer to."""
    for m in _PLACE_AFTER.finditer(text, start, end):
        word = m.group("w").rstrip(".")
        if word in PLACE_WORDS or word.title() in PLACE_WORDS:
            return True
        if m.group("p") not in _WEAK and word not in _NOT_PLACE and not word.isupper():
            return True
    for w in _WORD.finditer(text, start, end):
        word = w.group(0)
        if (
            word in CITIES
            or word.title() in CITIES
            or word.removesuffix("'s").removesuffix("\u2019s") in CITIES
        ):
            return True
    return False
