"""A LanguageTool match at exactly the span of a lintnews finding is merged into it: one finding, the
LanguageTool rule named in its data, LanguageTool's other replacements added as unsafe fixes."""

from __future__ import annotations

from pathlib import Path

from languagetool_replay import ReplayServer

import lintnews

REPO = Path(__file__).resolve().parent.parent
PACK = """\
pack: house
rules:
  - id: doubled-has
    type: substitution
    severity: error
    category: Fluency/Grammar
    message: "'{match}' repeats a word."
    swap:
      has has: has
    examples:
      bad:
        - text: "It [[has has]] rained."
          fix: "It has rained."
      good:
        - "It has rained."
"""


def config(tmp_path: Path, url: str) -> dict:
    pack = tmp_path / "house.yaml"
    pack.write_text(PACK, encoding="utf-8")
    return {"builtin_packs": False, "extra_packs": [str(pack), str(REPO / "rules" / "grammar.yaml")],
            "languagetool": {"url": url, "cache": False}}


def test_same_span_is_one_finding(replay: ReplayServer, tmp_path: Path) -> None:
    text = "First paragraph has has a repeat.\n\nSecond paragraph ends with two dots.."
    findings = lintnews.lint_text(text, config=config(tmp_path, replay.url))
    assert [(f.rule, f.text) for f in findings] == [("house/doubled-has", "has has"),
                                                     ("lt:DOUBLE_PUNCTUATION", "..")]
    merged = findings[0]
    assert dict(merged.data)["languagetool"] == "lt:ENGLISH_WORD_REPEAT_RULE"
    assert merged.severity == "error" and merged.message == "'has has' repeats a word."
    # LanguageTool proposed the same replacement: it is not offered twice
    assert [(fix.title, fix.applicability) for fix in merged.fixes] == [("Replace with 'has'", "safe")]


DOTS_PACK = """\
pack: house
rules:
  - id: double-period
    type: pattern
    severity: warning
    category: Fluency/Punctuation
    message: "Two periods."
    pattern: '(?<!\\.)\\.\\.(?!\\.)'
    replace: "."
    examples:
      bad:
        - text: "It ended[[..]]"
          fix: "It ended."
      good:
        - "It ended..."
"""


def test_merged_finding_gains_languagetool_replacements(replay: ReplayServer, tmp_path: Path) -> None:
    cfg = config(tmp_path, replay.url)
    Path(cfg["extra_packs"][0]).write_text(DOTS_PACK, encoding="utf-8")
    findings = lintnews.lint_text("Second paragraph ends with two dots..", config=cfg)
    assert [(f.rule, f.text) for f in findings] == [("house/double-period", "..")]
    assert [(fix.title, fix.applicability) for fix in findings[0].fixes] == [
        ("Replace with '.'", "safe"), ("Replace with '…'", "unsafe")]
    assert dict(findings[0].data)["languagetool"] == "lt:DOUBLE_PUNCTUATION"


def test_different_spans_stay_apart(replay: ReplayServer, tmp_path: Path) -> None:
    cfg = config(tmp_path, replay.url)
    Path(cfg["extra_packs"][0]).write_text(PACK.replace("has has: has", "First paragraph: Opening"),
                                           encoding="utf-8")
    findings = lintnews.lint_text("First paragraph has has a repeat.", config=cfg)
    assert [f.rule for f in findings] == ["house/doubled-has", "lt:ENGLISH_WORD_REPEAT_RULE"]
