"""Romanization-aware keys: two spellings of one name written by different transliteration schemes
(Lukashenka/Lukashenko, Zelensky/Zelenskiy/Zelenskyy, Kim Jong-un/Kim Jong Un, Erdoğan/Erdogan) get
the same key, while distinct names (Iran/Iraq, Slovakia/Slovenia, Kim Jong Un/Kim Jong Il) do not.

The key folds only differences that romanization schemes make: diacritics, separators, doubled
letters, kh/h, zh/dzh/j, ts/tz, ya/ia, yu/iu, ye/e, ou/u, x/ks, word-final -iy/-yy/-yi/-ii/-y/-i and,
for long words, the Belarusian/Russian -ka/-ko. It never folds a vowel into a different vowel or one
consonant into an unrelated one, which is what keeps distinct names apart.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_SPECIAL = str.maketrans({
    "ı": "i", "ø": "o", "Ø": "O", "ß": "ss", "đ": "d", "Đ": "D", "ł": "l", "Ł": "L", "æ": "ae", "Æ": "Ae",
    "œ": "oe", "þ": "th", "ð": "d", "ʹ": "", "ʼ": "", "’": "", "'": "", "‘": "", "`": "", "´": "",
})
_WORD = re.compile(r"[a-z0-9]+")
_SEPARATOR = re.compile(r"[-‐‑–'’ʼ`]")
#: Ordered rewrites inside a word (after lowercasing and removing diacritics), each with the substrings
#: one of which a match needs: most words hold few of them, so most patterns are not run at all.
_REWRITES: tuple[tuple[re.Pattern[str], str, tuple[str, ...]], ...] = tuple(
    (re.compile(p), r, needs) for p, r, needs in (
        (r"shch|sch", "S", ("sch", "shch")), (r"dzh|dj", "J", ("dzh", "dj")), (r"zh", "J", ("zh",)),
        (r"j", "J", ("j",)), (r"kh", "h", ("kh",)), (r"ch", "C", ("ch",)), (r"sh", "S", ("sh",)),
        (r"tz|ts", "Z", ("tz", "ts")), (r"x", "ks", ("x",)), (r"ck", "k", ("ck",)),
        (r"(?<=[a-z])ye", "e", ("ye",)), (r"^ye(?=[^aeiou])", "e", ("ye",)), (r"(?<=[a-z])iev", "ev", ("iev",)),
        (r"ya", "ia", ("ya",)), (r"yu", "iu", ("yu",)), (r"yo", "io", ("yo",)), (r"ou", "u", ("ou",)),
        (r"(?:iy|yy|yi|ii|iJ|y)$", "i", ("y", "ii", "iJ")), (r"(?:ey|eJ)$", "ei", ("ey", "eJ")),
        (r"y", "i", ("y",)),
    ))
_DOUBLE = re.compile(r"([^aeou])\1+")  # Shanxi and Shaanxi are two provinces
_KA_KO = re.compile(r"(?<=[A-Za-z]{5})k[ao]$")


def fold(text: str) -> str:
    """Lowercase, without diacritics or apostrophes (Erdoğan -> erdogan, Ren’ai -> renai)."""
    if text.isascii():  # nothing to decompose
        return text.translate(_SPECIAL).lower()
    decomposed = unicodedata.normalize("NFKD", text.translate(_SPECIAL))
    return "".join(c for c in decomposed if not unicodedata.combining(c)).lower()


def word_key(word: str) -> str:
    """The key of one word (already folded)."""
    out = word
    for pattern, replacement, needs in _REWRITES:
        if any(n in out for n in needs) if len(needs) > 1 else needs[0] in out:
            out = pattern.sub(replacement, out)
    out = _DOUBLE.sub(r"\1", out)
    return _KA_KO.sub("k", out)


@lru_cache(maxsize=65536)
def name_key(name: str) -> str:
    """The romanization key of a name of one or more words; separators (space, hyphen) vanish."""
    joined = _SEPARATOR.sub("", fold(name))  # Yat-sen and Yatsen, Ren’ai and Renai: one word each
    return "".join(word_key(w) for w in _WORD.findall(joined))


@lru_cache(maxsize=65536)
def letters(name: str) -> str:
    """Folded letters and digits only: what rapidfuzz compares."""
    return "".join(_WORD.findall(fold(name)))
