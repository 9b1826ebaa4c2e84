"""The names pack's shortcuts (per-process caches, substring searches, literal pre-checks) against the
plain definitions they replace: the same answers, whatever was seen before."""

from __future__ import annotations

import random
import re

import pytest

from lintnews.analysis import Analysis
from lintnews.analysis import names as mentions_module
from lintnews.analysis.names import _LowerCase
from lintnews.document import read_text
from lintnews.names import article as article_module
from lintnews.names.article import _LowerWords, article_issues, gazetteer_hits
from lintnews.names.gazetteer import Entry, Gazetteer
from lintnews.names.keys import _DOUBLE, _KA_KO, _REWRITES, letters, name_key, word_key
from lintnews.names.variants import MIN_LETTERS

_LOWER_WORD = re.compile(r"(?<![\w’'-])[a-z]+(?![\w’'-])")
TEXT = ("Kiev said talks ended. kiev-based firms and the x-kiev unit disagreed; Sergey Lavrov's aide, "
        "Mr Lavrov and Sergei Lavrov met. Police said police_work was done. İstanbul and K\u212aelvin and "
        "the ﻿Hamas office: hamas, Hamas. Prime Minister Kishida Fumio met Kishida Fumio in Tokyo. "
        "Talks will go on. Lavrov’s deputy spoke to O'Brien and o'brien at St. Petersburg. fumio, tokyo’s")


def _words(text: str) -> set[str]:
    found = set(re.findall(r"[\w’'-]+", text))
    return found | {w.capitalize() for w in found} | {w.upper() for w in found} | {"", "Kelvin"}


def test_lower_words_answer_as_the_whole_word_pattern_does() -> None:
    listed = set(_LOWER_WORD.findall(TEXT))
    lower = _LowerWords(TEXT)
    for word in _words(TEXT):
        assert (word in lower) is (word.lower() in listed), word


def test_sentence_opener_test_answers_as_the_five_substring_searches_do() -> None:
    lower = _LowerCase(TEXT)
    for word in _words(TEXT) | {w.lower() for w in _words(TEXT)}:
        expected = any(f" {word}{end}" in TEXT for end in " ,.;:")
        assert (word in lower) is expected, word


def _word_key_every_rewrite(word: str) -> str:
    out = word
    for pattern, replacement, _ in _REWRITES:
        out = pattern.sub(replacement, out)
    return _KA_KO.sub("k", _DOUBLE.sub(r"\1", out))


def test_word_key_skips_only_rewrites_that_cannot_match() -> None:
    rng = random.Random(7)
    letters = "aeiouyjkhzdsctxbnrlmJ"
    words = ["shchukin", "dzhokhar", "zhenya", "tsygankov", "yevgeny", "lukashenko", "zelenskyy",
             "zelenskiy", "aleksey", "sergeyev", "tkachuk", "maxim", "yuriy", "ii", "ey", "y", ""]
    words += ["".join(rng.choice(letters) for _ in range(rng.randint(1, 12))) for _ in range(20000)]
    for word in words:
        assert word_key(word) == _word_key_every_rewrite(word), word


def _snapshot(text: str) -> tuple[list, list]:
    analysis = Analysis(read_text(text, "<t>", "text"))
    return list(analysis.names), list(analysis.name_occurrences)


@pytest.mark.parametrize("text", [TEXT, "Kishida Fumio spoke. Prime Minister Kishida Fumio's office agreed."])
def test_mentions_and_occurrences_do_not_depend_on_what_the_caches_hold(text: str) -> None:
    warm = _snapshot(TEXT + "\n\n" + text)  # fills the caches with the same runs at other places
    for cache in (mentions_module._RUN_CACHE, mentions_module._WORD_KINDS, article_module._NAME_TEMPLATES):
        cache.clear()
    cold = _snapshot(text)
    again = _snapshot(text)
    assert cold == again
    assert warm[0][-len(cold[0]):] == [
        mentions_module.Mention(tuple(w._replace(start=w.start + len(TEXT) + 2, end=w.end + len(TEXT) + 2)
                                      for w in m.words), m.title, m.headline) for m in cold[0]]


def _occurrences_by_definition(text: str, mentions: list) -> list[tuple]:
    """Occurrences worked out word by word, with every lower-case word of the text listed."""
    lower_words = set(_LOWER_WORD.findall(text))
    out = []
    for m in mentions:
        names = [w for w in m.words if w.text[0].isupper() or w.text[0].isdigit()]
        keys = [name_key(w.text) for w in names]
        for i, w in enumerate(names):
            if not w.acronym and w.text.lower() not in lower_words and len(letters(w.text)) >= MIN_LETTERS:
                context = tuple(keys[:i] + keys[i + 1:]) if len(m.words) > 1 else ()
                out.append((w.text, w.start, w.end, context, m.headline))
        if len(names) > 1:
            out.append((" ".join(text[m.start:m.end].split()), m.start, m.end, (), m.headline))
    return out


@pytest.mark.parametrize("text", [TEXT, "Sergey Lavrov met Sergei Lavrov. Sergei Lavrov's aide met Sergey Lavrov."])
def test_occurrences_match_the_word_by_word_definition(text: str) -> None:
    _snapshot(TEXT)  # warm caches
    names, occs = _snapshot(text)
    assert [tuple(o) for o in occs] == _occurrences_by_definition(text, names)


def _house(entries: dict[str, list[str]]) -> Gazetteer:
    gaz = Gazetteer()
    for house, variants in entries.items():
        gaz.add(Entry(styles={"ap": house, "house": house}, alts=tuple(variants)))
    return gaz


def test_small_gazetteer_pre_check_keeps_every_hit() -> None:
    gaz = _house({"Kyiv": ["Kiev"], "Iskander": ["Iskandar"]})
    text = "Officials in Kiev said the Iskandar-M and Kyiv units were ready."
    analysis = Analysis(read_text(text, "<t>", "text"))
    hits = gazetteer_hits(text, analysis.names, gaz)
    assert [(h.form, text[h.start:h.end]) for h in hits] == [
        ("Kiev", "Kiev"), ("Iskandar", "Iskandar"), ("Kyiv", "Kyiv")]
    issues = article_issues(text, analysis.names, gaz, "house", variants=False)
    assert [(i.form, i.canonical) for i in issues] == [("Kiev", "Kyiv"), ("Iskandar", "Iskander")]
    assert gazetteer_hits("Officials in Minsk said so.", Analysis(read_text(
        "Officials in Minsk said so.", "<t>", "text")).names, gaz) == []
