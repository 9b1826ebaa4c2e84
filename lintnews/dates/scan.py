"""Fast regex scanning for rare phrases: a cheap trigger finds candidate places, the full pattern runs in
a small window around each.

Python's ``re`` is quick only when a pattern starts with a literal (it then skips ahead by string
search); date patterns start with optional words ("Monday, ", "on the ") and word boundaries, which make
it try every position. Triggers are literal-led ("day", month names, " year"), so a scan costs a string
search plus a few window matches per hit: linear in the text, and several times faster.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from functools import lru_cache

#: Characters a window reaches before a trigger (the longest optional lead of any pattern) and after it.
BEFORE = 40
AFTER = 44


#: One or more literal-led patterns; a scan visits the union of their matches.
Trigger = tuple[re.Pattern[str], ...]


def trigger(*patterns: str) -> Trigger:
    return tuple(re.compile(p) for p in patterns)


@lru_cache(maxsize=16)
def _hits(triggers: Trigger, text: str) -> tuple[tuple[int, int], ...]:
    """Trigger positions, shared by the patterns of one document that use the same trigger."""
    spans = [m.span() for t in triggers for m in t.finditer(text)]
    if len(triggers) > 1:
        spans.sort()
    return tuple(spans)


def scan(
    pattern: re.Pattern[str],
    triggers: Trigger,
    text: str,
    before: int = BEFORE,
    after: int = AFTER,
    follow: re.Pattern[str] | None = None,
    precede: re.Pattern[str] | None = None,
    second: Callable[[str], bool] | None = None,
) -> Iterator[re.Match[str]]:
    """The matches ``pattern.finditer(text)`` would give, for a pattern every match of which contains a
    trigger match (within ``before`` characters of the pattern's start). ``follow`` must match right
    after a trigger hit, ``precede`` somewhere in the ``before`` characters ahead of it, or the hit is
    skipped; ``second`` must accept the hit's second character (the digit trigger serves dates, times
    and ordinals, and the character after its digit tells which). All are necessary conditions of the
    full pattern, cheap to test."""
    last_end = 0
    n = len(text)
    search = pattern.search
    for start, end in _hits(triggers, text):
        if end <= last_end:
            continue
        # cheap necessary conditions first: most trigger hits ("May", "day") are not dates
        if second is not None and not second(text[start + 1]):
            continue
        if follow is not None and follow.match(text, end) is None:
            continue
        if precede is not None and precede.search(text, max(0, start - before), start) is None:
            continue
        lo = max(last_end, start - before)
        hi = min(n, end + after)
        m = search(text, lo, hi)
        if m is not None and m.end() == hi < n:
            m = search(text, lo)  # the window cut it short: take the whole rest
        if m is None or m.end() == m.start():
            continue
        last_end = m.end()
        yield m
