"""Classic English readability formulas (Flesch reading ease, Flesch-Kincaid grade, Gunning fog,
Coleman-Liau, ARI), as textstat defines them.

Syllables are counted with Pyphen's hyphenation dictionary, which is what textstat falls back on for
words outside CMUdict. textstat itself is not imported: its English path imports NLTK (over a second
of start-up on every run) and downloads NLTK's CMUdict at run time, which lintnews never does.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

_WORD = re.compile(r"[A-Za-z0-9\u00c0-\u024f]+(?:['\u2019.-][A-Za-z0-9\u00c0-\u024f]+)*")


@lru_cache(maxsize=1)
def _dictionary() -> Any:
    """Pyphen's en_US patterns; parsing them takes ~75 ms, unpickling the cached object ~5 ms."""
    import pyphen

    from ..datacache import cached

    version = getattr(pyphen, "__version__", "?").encode()
    return cached("pyphen-en_US", [version], lambda: pyphen.Pyphen(lang="en_US"), pyphen.Pyphen)


@lru_cache(maxsize=65536)
def syllables(word: str) -> int:
    """Hyphenation points plus one (textstat's rule for words outside its dictionary)."""
    return len(_dictionary().positions(word.lower())) + 1


def words(text: str) -> list[str]:
    return _WORD.findall(text)


@dataclass(frozen=True)
class Counts:
    words: int
    sentences: int
    syllables: int
    letters: int
    complex_words: int

    @classmethod
    def of(cls, text: str, sentences: int) -> Counts:
        ws = words(text)
        syl = [syllables(w) for w in ws]
        letters = sum(len(w) for w in ws)
        return cls(len(ws), max(sentences, 1), sum(syl), letters, sum(1 for s in syl if s >= 3))

    @classmethod
    def total(cls, parts: list[Counts]) -> Counts:
        """Counts of a stretch made of ``parts`` (sentences), without counting its words again."""
        return cls(sum(c.words for c in parts), max(sum(c.sentences for c in parts), 1),
                   sum(c.syllables for c in parts), sum(c.letters for c in parts),
                   sum(c.complex_words for c in parts))

    @property
    def words_per_sentence(self) -> float:
        return self.words / self.sentences

    @property
    def syllables_per_word(self) -> float:
        return self.syllables / self.words if self.words else 0.0


def flesch_kincaid_grade(c: Counts) -> float:
    return 0.39 * c.words_per_sentence + 11.8 * c.syllables_per_word - 15.59


def flesch_reading_ease(c: Counts) -> float:
    return 206.835 - 1.015 * c.words_per_sentence - 84.6 * c.syllables_per_word


def gunning_fog(c: Counts) -> float:
    return 0.4 * (c.words_per_sentence + 100.0 * c.complex_words / max(c.words, 1))


def coleman_liau_index(c: Counts) -> float:
    per100 = 100.0 / max(c.words, 1)
    return 0.0588 * c.letters * per100 - 0.296 * c.sentences * per100 - 15.8


def automated_readability_index(c: Counts) -> float:
    return 4.71 * c.letters / max(c.words, 1) + 0.5 * c.words_per_sentence - 21.43


def article_scores(c: Counts) -> dict[str, float | int]:
    """The per-article figures reported in JSON and in the text summary."""
    if not c.words:
        return {"words": 0, "sentences": 0}
    return {
        "flesch_reading_ease": round(flesch_reading_ease(c), 1),
        "flesch_kincaid_grade": round(flesch_kincaid_grade(c), 1),
        "gunning_fog": round(gunning_fog(c), 1),
        "coleman_liau_index": round(coleman_liau_index(c), 1),
        "automated_readability_index": round(automated_readability_index(c), 1),
        "words": c.words,
        "sentences": c.sentences,
        "words_per_sentence": round(c.words_per_sentence, 1),
    }


def readability_summary(files: list[Any]) -> str | None:
    """One line for the text report: the article's scores, or the median over several articles and
    the hardest one (``files`` are ``FileResult``s; only those with scores count)."""
    scored = [f for f in files if f.readability and "flesch_kincaid_grade" in f.readability]
    if not scored:
        return None
    if len(scored) == 1:
        r = scored[0].readability
        return (f"readability: Flesch reading ease {r['flesch_reading_ease']}, Flesch-Kincaid grade "
                f"{r['flesch_kincaid_grade']}, Gunning fog {r['gunning_fog']} ({r['words']} words, "
                f"{r['words_per_sentence']} per sentence)")
    import statistics

    ease = statistics.median(f.readability["flesch_reading_ease"] for f in scored)
    grade = statistics.median(f.readability["flesch_kincaid_grade"] for f in scored)
    hardest = max(scored, key=lambda f: f.readability["flesch_kincaid_grade"])
    top = hardest.readability["flesch_kincaid_grade"]
    return (f"readability (median of {len(scored)} files): Flesch reading ease {ease:.1f}, Flesch-Kincaid "
            f"grade {grade:.1f}; hardest: {hardest.path} (grade {top})")
