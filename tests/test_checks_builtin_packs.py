"""The built-in content packs (calques, punctuation, source-script) on real text: the seed article's
artifacts are found with the right severity and fixes, and native English news stays quiet."""

from __future__ import annotations

from conftest import SEED

import lintnews
from lintnews.packs.loader import default_pack_paths, load_packs

PACKS = ["calques-zh-en", "calques-ru-en", "punctuation", "source-script"]


def seed_findings() -> tuple[str, list[lintnews.Finding]]:
    text = SEED.read_text(encoding="utf-8")
    return text, lintnews.lint_text(text, config={"select": PACKS})


def at(text: str, findings: list, needle: str) -> list:
    start = text.index(needle)
    return [f for f in findings if f.start < start + len(needle) and start < f.end]


def test_seed_artifacts_are_found() -> None:
    text, findings = seed_findings()
    [white] = at(text, findings, "White President")
    assert (white.rule, white.severity) == ("calques-zh-en/white-president", "error")
    assert white.fixes[0].edits[0].replacement == "Belarusian President"

    [doubled] = at(text, findings, ".”.")
    assert doubled.rule == "punctuation/period-after-closing-quote" and text[doubled.start:doubled.end] == "."

    [agency] = at(text, findings, "the Russian News Agency")
    assert agency.fixes and {fix.applicability for fix in agency.fixes} == {"suggestion"}
    assert sorted(fix.edits[0].replacement for fix in agency.fixes) == ["RIA Novosti", "TASS"]

    headline, body = (f for f in findings if "combat duty state" in text[f.start:f.end])
    assert text[headline.start:headline.end] == "enters combat duty state"
    assert headline.fixes[0].edits[0].replacement == "goes on combat duty"
    assert text[body.start:body.end] == "had entered the combat duty state"
    assert body.fixes[0].edits[0].replacement == "had gone on combat duty"


def test_seed_errors_are_only_the_certain_ones() -> None:
    text, findings = seed_findings()
    errors = sorted(text[f.start:f.end] for f in findings if f.severity == "error")
    assert errors == [".", "White President", "enters combat duty state", "had entered the combat duty state"]
    # lower-case "the Russian news agency" is ordinary English and stays unflagged
    assert not at(text, findings, "the Russian news agency")


NATIVE = """\
WASHINGTON (Reuters) - The U.S., Japan and South Korea said on Tuesday they would hold talks on the eve \
of the summit, White House press secretary Karine Jean-Pierre told reporters.

“We are working with the Russian side to increase trade turnover,” the minister said. Apple Inc., Alphabet \
Inc. and others, etc., reported results at 9 a.m. on Thursday.

The two meetings in Geneva produced no agreement (officials blamed the delay on logistics). She has a wide \
circle of friends in Minsk and ordered a White Russian at the bar.

Water molecules bind to the protein; the research, published in Nature, was "peer reviewed" twice.

He paused... then went on. The score was 3 : 1. Tens of thousands of people marched. Ex-speaker Nancy \
Pelosi said the material was shipped. "It became known as the Velvet Revolution," she said.
"""


def test_native_english_passage_is_quiet() -> None:
    findings = lintnews.lint_text(NATIVE, config={"select": PACKS})
    assert [(f.rule, NATIVE[f.start:f.end]) for f in findings] == []


def test_calque_packs_hold_at_least_sixty_rules_each_with_a_category_and_examples() -> None:
    rules = [r for r in load_packs(default_pack_paths()) if r.pack in PACKS]
    calques = [r for r in rules if r.pack.startswith("calques-")]
    assert len(calques) >= 60
    for rule in rules:
        assert "/" in rule.category, rule.qualified_id
        assert rule.bad and rule.good, rule.qualified_id


def test_inline_page_furniture_with_ascii_brackets() -> None:
    text = ("2023-02-11 13:07:20 [Source: Xinhua News Agency] [Editor in charge: Li Xufeng] "
            "Font: [Large Middle Small]")
    findings = lintnews.lint_text(text, config={"select": ["boilerplate/inline-credit"]})
    assert [text[f.start:f.end] for f in findings] == [
        "[Source: Xinhua News Agency]", "[Editor in charge: Li Xufeng]", "Font: [Large Middle Small]"]
