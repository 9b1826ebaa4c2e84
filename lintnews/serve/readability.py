"""A readability summary for when the JSON report has none (the readability checks are switched off),
with the same keys, so the page always has one.

Self-contained on purpose: it must work offline, and textstat's English syllable counter loads a
dictionary from the network on first use. Syllables are counted by vowel groups, which is what the
Flesch formulas were designed around and is within a syllable or so per sentence of a dictionary.
"""

from __future__ import annotations

import re
from typing import Any

_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")
_SENTENCE_END = re.compile(r"[.!?。！？]+[\"'”’)\]]*(?=\s|$)|\n\s*\n")
_VOWELS = re.compile(r"[aeiouy]+")


def syllables(word: str) -> int:
    w = word.lower()
    count = len(_VOWELS.findall(w))
    if w.endswith("e") and not w.endswith(("le", "ee", "ye")) and count > 1:
        count -= 1
    return max(1, count)


def summary(text: str) -> dict[str, Any]:
    """Words, sentences, the longest sentence, and the two scores editors know (Flesch reading ease,
    Flesch-Kincaid grade)."""
    sentences = [s for s in _SENTENCE_END.split(text) if _WORD.search(s)]
    lengths = [len(_WORD.findall(s)) for s in sentences]
    words = sum(lengths)
    if not words:
        return {"words": 0, "sentences": 0, "words_per_sentence": 0.0, "longest_sentence_words": 0,
                "flesch_reading_ease": None, "flesch_kincaid_grade": None}
    per_sentence = words / len(sentences)
    per_word = sum(syllables(w) for w in _WORD.findall(text)) / words
    return {
        "words": words,
        "sentences": len(sentences),
        "words_per_sentence": round(per_sentence, 1),
        "longest_sentence_words": max(lengths),
        "flesch_reading_ease": round(206.835 - 1.015 * per_sentence - 84.6 * per_word, 1),
        "flesch_kincaid_grade": round(0.39 * per_sentence + 11.8 * per_word - 15.59, 1),
    }
