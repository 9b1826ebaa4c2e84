"""Wade-Giles against Pinyin: Mao Tse-tung and Mao Zedong, Teng Hsiao-ping and Deng Xiaoping.

A name whose words all split into Chinese syllables is read twice: as Pinyin, and as Wade-Giles turned
into Pinyin with pypinyin's syllable table. Aspirated and plain initials are merged (news drops the
Wade-Giles apostrophe, so 'p'ing' and 'ping' look alike), which is why a match is only ever reported as
*possibly* the same name, and only when one spelling is not valid Pinyin at all (Li Ping and Li Bing
are two Pinyin names, never matched).
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from .keys import fold

_MAX_SYLLABLE = 6
_MERGE = (("zh", "j"), ("ch", "j"), ("q", "j"), ("z", "c"), ("b", "p"), ("d", "t"), ("g", "k"))
_PARTS = re.compile(r"[a-z']+")


@lru_cache(maxsize=1)
def _tables() -> tuple[frozenset[str], dict[str, str]]:
    """Toneless Pinyin syllables, and Wade-Giles syllable (apostrophes dropped) -> Pinyin syllable,
    cached on disk per pypinyin version (importing pypinyin's dictionary is slow)."""
    from importlib.metadata import PackageNotFoundError, version

    from ..datacache import cached

    try:
        key = [version("pypinyin").encode()]
    except PackageNotFoundError:
        key = [b"unknown"]
    return cached("names-pinyin", key, _build_tables, tuple)


def _build_tables() -> tuple[frozenset[str], dict[str, str]]:
    from pypinyin.pinyin_dict import pinyin_dict
    from pypinyin.style.wadegiles import to_wade_glides

    syllables: set[str] = set()
    for readings in pinyin_dict.values():
        for reading in readings.split(","):
            plain = "".join(c for c in unicodedata.normalize("NFKD", reading) if not unicodedata.combining(c))
            if plain.isalpha() and any(v in plain for v in "aeiouv"):  # not the interjections ng, hm
                syllables.add(plain)
    wade: dict[str, str] = {}
    for syllable in sorted(syllables):
        wg = to_wade_glides(syllable).replace("'", "").replace("v", "u")
        wade.setdefault(wg, syllable)
    return frozenset(syllables), wade


def _coarse(pinyin: str) -> str:
    for a, b in _MERGE:
        if pinyin.startswith(a):
            return b + pinyin[len(a):]
    return pinyin


def _split(word: str, syllables: frozenset[str] | dict[str, str]) -> list[str] | None:
    """``word`` as a sequence of syllables (longest first, with backtracking), or None."""
    if not word:
        return []
    for n in range(min(_MAX_SYLLABLE, len(word)), 0, -1):
        head = word[:n]
        if head in syllables:
            rest = _split(word[n:], syllables)
            if rest is not None:
                return [head, *rest]
    return None


@lru_cache(maxsize=65536)
def readings(name: str) -> tuple[str | None, str | None]:
    """(Pinyin reading, Wade-Giles reading) of a name as coarse Pinyin, each None when the name is not
    two or more syllables of that system. Wade-Giles syllables are separated by hyphens or spaces."""
    words = _PARTS.findall(fold(name).replace("’", "'"))
    if not words:
        return None, None
    pinyin_set, wade = _tables()
    py: list[str] | None = []
    wg: list[str] | None = []
    for word in words:
        plain = word.replace("'", "")
        split = _split(plain, pinyin_set)
        py = None if py is None or split is None else py + split
        parts = [p for p in re.split(r"[-']", word.replace("'", "")) if p] if "-" in word else [plain]
        mapped = [wade.get(p) for p in parts]
        wg = None if wg is None or None in mapped else wg + mapped  # type: ignore[operator]
    as_py = " ".join(_coarse(s) for s in py) if py and len(py) > 1 else None
    as_wg = " ".join(_coarse(s) for s in wg) if wg and len(wg) > 1 else None
    return as_py, as_wg


def wade_giles_match(a: str, b: str) -> bool:
    """True when one name is Wade-Giles only (not also valid Pinyin) and reads as the other's Pinyin."""
    pa, wa = readings(a)
    pb, wb = readings(b)
    return bool((pa is None and wa and wa == pb) or (pb is None and wb and wb == pa))
