"""``balance`` rules: unpaired brackets and quotation marks per paragraph, pairs reaching ``span``
paragraphs ahead, multi-paragraph quotations, and curly marks paired with straight ones."""

from __future__ import annotations

from pathlib import Path

from checks_support import flagged, lint_with, write_pack


def pack(tmp_path: Path, span: int | None = None, pairs: tuple[str, ...] = ("(", "“")) -> Path:
    rule = {"type": "balance", "pairs": list(pairs), "message": "{problem}"}
    if span is not None:
        rule["span"] = span
    return write_pack(tmp_path, rule)


def test_unclosed_and_stray_marks_in_a_paragraph(tmp_path: Path) -> None:
    text = "Both I and the (Belarusian soldiers thank you.\n\nThe systems are ready” he said."
    findings = lint_with(pack(tmp_path), text)
    assert flagged(findings, text) == ["(", "”"]
    assert "never closed" in findings[0].message and "closes nothing" in findings[1].message


def test_by_default_a_pair_must_close_in_its_paragraph(tmp_path: Path) -> None:
    text = "the final “No.\n\nNot medically necessary.” he wrote"
    assert flagged(lint_with(pack(tmp_path), text), text) == ["“", "”"]


def test_span_lets_a_pair_reach_later_paragraphs(tmp_path: Path) -> None:
    text = "the final “No.\n\nNot medically necessary.” he wrote"
    assert lint_with(pack(tmp_path, span=2), text) == []


def test_span_is_a_limit(tmp_path: Path) -> None:
    text = "He said “one.\n\nTwo.\n\nThree.\n\nFour.” the end"
    assert flagged(lint_with(pack(tmp_path, span=2), text), text) == ["“", "”"]
    assert lint_with(pack(tmp_path / "wide", span=4), text) == []


def test_an_opener_left_open_at_the_end_is_reported(tmp_path: Path) -> None:
    text = "First paragraph.\n\nPutin said Russia would provide “Iskandar-M missile systems."
    assert flagged(lint_with(pack(tmp_path, span=3), text), text) == ["“"]


def test_a_quotation_running_over_paragraphs(tmp_path: Path) -> None:
    text = "“The first paragraph stays open.\n\n“The second one too.\n\n“And the last one closes.”"
    assert lint_with(pack(tmp_path), text) == []


def test_a_curly_mark_paired_with_a_straight_one_is_left_to_quote_style(tmp_path: Path) -> None:
    text = 'Click on "Account Settings” and then on “Save".'
    assert lint_with(pack(tmp_path), text) == []
    lone = "Click on Account Settings” and then Save."
    assert flagged(lint_with(pack(tmp_path / "lone"), lone), lone) == ["”"]


def test_list_labels_and_smileys_close_nothing_harmlessly(tmp_path: Path) -> None:
    text = "The reasons are: a) cost and b) time :)"
    assert lint_with(pack(tmp_path), text) == []


def test_only_the_configured_pairs_are_checked(tmp_path: Path) -> None:
    text = "a [note and “quote"
    assert flagged(lint_with(pack(tmp_path, pairs=("[",)), text), text) == ["["]
