"""Substitution phrases and pattern ``requires`` strings share one literal scan per document: both kinds
of rule still find what they found alone, in the same document and across documents."""

from __future__ import annotations

from pathlib import Path

import yaml
from checks_support import GOOD, flagged

import lintnews

SWAP = {"id": "swap", "type": "substitution", "swap": {"White President": "Belarusian President"}}
GUARDED = {"id": "guarded", "type": "pattern", "pattern": r"\b(?:French) (?P<a>AFP)\b", "requires": ["french afp"],
           "replace": r"\g<a>"}


def _pack(folder: Path) -> Path:
    common = {"severity": "warning", "category": "Fluency/Style", "message": "{match}",
              "examples": {"bad": [{"text": "x"}], "good": [GOOD]}}
    rules = [{**common, **SWAP}, {**common, **GUARDED}]
    (folder / "t.yaml").write_text(yaml.safe_dump({"pack": "t", "rules": rules}), encoding="utf-8")
    return folder


def _lint(folder: Path, text: str) -> list[str]:
    findings = lintnews.lint_text(text, config={"builtin_packs": False, "extra_packs": [str(folder)]})
    return flagged(findings, text)


def test_both_rule_types_report_in_one_document(tmp_path: Path) -> None:
    folder = _pack(tmp_path)
    text = "The White President told French AFP news agency."
    assert _lint(folder, text) == ["White President", "French AFP"]


def test_each_document_is_scanned_afresh(tmp_path: Path) -> None:
    folder = _pack(tmp_path)
    assert _lint(folder, "The White President spoke.") == ["White President"]
    assert _lint(folder, "He told French AFP.") == ["French AFP"]
    assert _lint(folder, "Nothing to see here.") == []


def test_text_whose_lower_case_is_longer(tmp_path: Path) -> None:
    """'İ' lower-cases to two characters: the substitution offsets and the pre-filter still agree."""
    folder = _pack(tmp_path)
    text = "İstanbul: the White President met French AFP."
    assert _lint(folder, text) == ["White President", "French AFP"]
