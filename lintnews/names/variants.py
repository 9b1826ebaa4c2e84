"""Deciding whether two spellings are one name, and grouping the spellings of a text or a corpus.

Spellings with the same romanization key (``keys.name_key``) are the same name when rapidfuzz agrees
that their letters are close; spellings whose long keys differ only in one inner vowel (Iskandar/
Iskander) are *possibly* the same name. Grouping buckets spellings by key, so it is linear in the
number of distinct spellings.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import lru_cache
from typing import Literal

from .keys import letters, name_key

Sureness = Literal["same", "possible"]
_VOWELS = frozenset("aeiou")
#: Hyphenated syllables as Wade-Giles writes given names (Tse-tung, Hsiao-ping, Kai-shek).
_WADE_GILES_SHAPE = re.compile(r"\b[A-Z][a-z]{0,5}-[A-Za-z][a-z]{0,5}\b")
_WORDS = re.compile(r"[^\W_]+")
_INNER_CAPITAL = re.compile(r"[^\W\d_](?<![A-Z])[A-Z]")
MIN_LETTERS = 4
#: Spellings that differ in letters (not only in separators or diacritics) must be this long: short
#: names collide too easily (Lian/Liyan, Ana/Anna).
MIN_KEY_LETTERS = 5
NEAR_KEY_LENGTH = 8


def compare(a: str, b: str) -> Sureness | None:
    """'same' when ``a`` and ``b`` are spellings of one name, 'possible' when they may be, else None."""
    if a == b:
        return "same"
    la, lb = letters(a), letters(b)
    if min(len(la), len(lb)) < MIN_LETTERS or _acronym(a) != _acronym(b) or _caps_words(a) != _caps_words(b):
        return None
    if la == lb:
        if a.lower() == b.lower():
            return None  # capitalisation is not spelling (Anti-pollution / Anti-Pollution)
        if _spacing(a) != _spacing(b) and not (_joined(a) or _joined(b)):
            return None  # White House / Whitehouse: two words or a surname, not a romanization
        return "same"
    ka, kb = name_key(a), name_key(b)
    if ka == kb and min(len(la), len(lb)) >= MIN_KEY_LETTERS:
        from rapidfuzz import fuzz

        return "same" if fuzz.ratio(la, lb) >= 60 else None
    if len(ka) == len(kb) >= NEAR_KEY_LENGTH and _one_inner_vowel(ka, kb):
        return "possible"
    if (_WADE_GILES_SHAPE.search(a) or _WADE_GILES_SHAPE.search(b)) and _wade_giles(a, b):
        return "possible"
    return None


def _wade_giles(a: str, b: str) -> bool:
    from .chinese import wade_giles_match

    return wade_giles_match(a, b)


def _acronym(s: str) -> bool:
    alpha = [c for c in s if c.isalpha()]
    return len(alpha) >= 2 and all(c.isupper() for c in alpha)


def _caps_words(s: str) -> set[str]:
    """All-capital words (acronyms, Roman numerals): they must match exactly (Part II is not Party)."""
    return {w for w in _WORDS.findall(s) if len(w) > 1 and w.isupper()}


def _spacing(s: str) -> int:
    return len(s.split())


def _joined(s: str) -> bool:
    """A hyphen or an inner capital (Jong-un, CoinMarketCap) marks a name whose parts may be joined."""
    return "-" in s or _INNER_CAPITAL.search(s) is not None


def _one_inner_vowel(ka: str, kb: str) -> bool:
    diffs = [i for i, (x, y) in enumerate(zip(ka, kb, strict=True)) if x != y]
    if len(diffs) != 1 or not 0 < diffs[0] < len(ka) - 1:
        return False
    return ka[diffs[0]] in _VOWELS and kb[diffs[0]] in _VOWELS


_VOWELS_MASKED = str.maketrans(dict.fromkeys("aeiou", "*"))


def _skeleton(key: str) -> str | None:
    """The key with vowels masked: long spellings differing in one vowel share it (one bucket each)."""
    return "~" + key.translate(_VOWELS_MASKED) if len(key) >= NEAR_KEY_LENGTH else None


@lru_cache(maxsize=65536)
def _bucket_keys(form: str) -> tuple[tuple[str, ...], bool]:
    """The buckets of a spelling (its key, and its vowel skeleton when long) and whether it has the
    Wade-Giles shape: worked out once per spelling, since the same names recur across articles."""
    key = name_key(form)
    skeleton = _skeleton(key)
    return ((key, skeleton) if skeleton else (key,)), _WADE_GILES_SHAPE.search(form) is not None


@dataclass
class Group:
    """Spellings of one name; ``sure`` when every link between them is a 'same' comparison."""

    forms: list[str]
    sure: bool


def group_forms(forms: Iterable[str], allow: Callable[[str, str], bool] | None = None) -> list[Group]:
    """Groups of two or more spellings among ``forms``; ``allow(a, b)`` can veto a link."""
    forms = list(dict.fromkeys(forms))
    parent = {f: f for f in forms}
    unsure: set[str] = set()

    def root(f: str) -> str:
        while parent[f] != f:
            parent[f] = parent[parent[f]]
            f = parent[f]
        return f

    buckets: dict[str, list[str]] = {}
    wade_giles = False
    for f in forms:
        keys, shape = _bucket_keys(f)
        wade_giles = wade_giles or shape
        for key in keys:
            buckets.setdefault(key, []).append(f)
    if wade_giles:  # Pinyin readings only when Wade-Giles is there
        from .chinese import readings

        for f in forms:
            for reading in set(readings(f)):
                if reading:
                    buckets.setdefault("zh:" + reading, []).append(f)
    linked = False
    for members in buckets.values():
        if len(members) < 2:
            continue
        for i, a in enumerate(members):
            for b in members[i + 1:]:
                verdict = compare(a, b)
                if verdict is None or (allow is not None and not allow(a, b)):
                    continue
                linked = True
                ra, rb = root(a), root(b)
                if ra != rb:
                    parent[ra] = rb
                if verdict == "possible":
                    unsure.update((a, b))
    if not linked:  # most articles: every spelling stands alone
        return []
    groups: dict[str, list[str]] = {}
    for f in forms:
        groups.setdefault(root(f), []).append(f)
    return [Group(g, not unsure.intersection(g)) for g in groups.values() if len(g) > 1]
