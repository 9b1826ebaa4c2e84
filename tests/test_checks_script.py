"""``script`` rules: non-Latin runs in English prose (with word punctuation inside, identifiers left
alone) and full-width punctuation with ASCII fixes that keep English spacing."""

from __future__ import annotations

from pathlib import Path

from checks_support import flagged, lint_with, write_pack

import lintnews
from lintnews.fix.apply import apply_fixes


def cyrillic(tmp_path: Path) -> Path:
    return write_pack(tmp_path, {"type": "script", "scripts": ["Cyrillic"], "min_length": 2})


def test_a_run_keeps_its_inner_punctuation(tmp_path: Path) -> None:
    text = "he quotes Диалог.иа as saying, and Ростов-на-Дону too."
    assert flagged(lint_with(cyrillic(tmp_path), text), text) == ["Диалог.иа", "Ростов-на-Дону"]


def test_a_run_ends_on_a_letter(tmp_path: Path) -> None:
    text = "the company Газпром. Then it said"
    assert flagged(lint_with(cyrillic(tmp_path), text), text) == ["Газпром"]


def test_urls_hashtags_and_handles_are_identifiers(tmp_path: Path) -> None:
    text = ("The site is https://премияарсеньева.рф/ and www.кремль.рф, the hashtag #поэтвроссии "
            "and the account @новости; mail to пресса@mail.ru.")
    assert lint_with(cyrillic(tmp_path), text) == []


def test_min_length_skips_single_letters(tmp_path: Path) -> None:
    assert lint_with(cyrillic(tmp_path), "a stray letter я in the text") == []


def test_fullwidth_fixes_keep_english_spacing() -> None:
    text = "Premier Li Qiang（center）attended，and spoke。"
    findings = lintnews.lint_text(text, config={"select": ["source-script/fullwidth-punctuation"]})
    fixed, _ = apply_fixes(text, findings)
    assert fixed == "Premier Li Qiang (center) attended, and spoke."


def test_fullwidth_next_to_cjk_text_is_left_to_the_run_rule() -> None:
    text = "The seminar ended. 责任编辑：王明"
    findings = lintnews.lint_text(text, config={"select": ["source-script"]})
    assert [(f.rule, text[f.start:f.end]) for f in findings] == [("source-script/cjk-text", "责任编辑：王明")]
