"""LanguageTool matches land on the exact text LanguageTool flagged, through plain text, Markdown and
HTML, across UTF-16 surrogate pairs and request settings — against answers recorded from a real
LanguageTool 6.3 server (tests/languagetool_replay.py)."""

from __future__ import annotations

from pathlib import Path

import pytest
from languagetool_replay import ReplayServer, grammar_config, load_recording, recorded_spans

import lintnews
from lintnews.fix.apply import apply_fixes

DEV_ARTICLES = [
    "dev-GPT4-5shot__news_chinanews.com.280744_zh-en",
    "dev-GPT4-5shot__news_chinanews.com.280789_zh-en",
    "dev-GPT4-5shot__news_chinanews.com.280870_zh-en",
    "dev-GPT4-5shot__news_chinanews.com.280933_zh-en",
    "dev-GPT4-5shot__news_chinese.dw.com.9579_zh-en",
    "dev-GPT4-5shot__news_hunan_ribao-zh.11308_zh-en",
]


def lt_findings(findings: list) -> list[tuple[str, int, int, str]]:
    return sorted(((f.rule, f.start, f.end, f.text) for f in findings if f.rule.startswith("lt:")),
                  key=lambda t: (t[1], t[2], t[0]))


@pytest.mark.parametrize("name", ["seed-article", "paragraph-simple", "multi-paragraph", *DEV_ARTICLES])
def test_every_match_points_at_the_text_languagetool_flagged(replay: ReplayServer, tmp_path: Path,
                                                             name: str) -> None:
    record = load_recording(name)
    path = tmp_path / "article.txt"
    path.write_text(record["request"]["form"]["text"], encoding="utf-8", newline="")
    result = lintnews.lint_paths([str(path)], config=grammar_config(replay.url))
    assert result.notices == []
    text = record["request"]["form"]["text"]
    # Paragraphs go out trimmed: the indentation before a paragraph is layout, not prose to correct.
    expected = [s for s in recorded_spans(record) if not (s[3].isspace() and text[s[1] - 1] == "\n")]
    assert expected
    assert lt_findings(result.findings) == expected


def test_paragraphs_are_sent_trimmed_and_without_markup_spaces(replay: ReplayServer) -> None:
    record = load_recording("seed-article")
    lintnews.lint_text(record["request"]["form"]["text"], config=grammar_config(replay.url))
    sent = replay.checks[0]["text"]
    assert "\n\n  " not in sent  # the article's indented paragraphs go out trimmed
    assert sent.split("\n\n")[0] == "hoka shoes"


def test_emoji_before_a_match_shifts_utf16_offsets_not_code_points(replay: ReplayServer) -> None:
    text = "Great news 😀 for everyone: the the summit opened on Monday , in Minsk."
    findings = lintnews.lint_text(text, config=grammar_config(replay.url))
    got = [(f.rule, f.text, f.column) for f in findings]
    assert got == [("lt:ENGLISH_WORD_REPEAT_RULE", "the the", 28),
                   ("lt:COMMA_PARENTHESIS_WHITESPACE", " ,", 59)]


def test_offsets_through_markdown(replay: ReplayServer) -> None:
    source = (
        "---\ntitle: Summit\n---\n\n"
        "First paragraph **has has** a repeat.\n\n"
        "    code that is never sent\n\n"
        "<!-- an editor's note -->\n\n"
        "Second paragraph ends with [two dots](https://example.com/dots)..\n\n"
        "- Third one is fine.\n"
    )
    findings = lintnews.lint_text(source, format="markdown", config=grammar_config(replay.url))
    got = [(f.rule, f.line, f.column, f.text) for f in findings]
    assert got == [("lt:ENGLISH_WORD_REPEAT_RULE", 5, 19, "has has"),
                   ("lt:DOUBLE_PUNCTUATION", 11, 64, "..")]
    assert [r["text"] for r in replay.checks] == [
        "First paragraph has has a repeat.\n\nSecond paragraph ends with two dots..\n\nThird one is fine."]


def test_offsets_through_html_entities_and_tags(replay: ReplayServer) -> None:
    source = (
        "<html><head><title>Not sent</title></head><body>\n"
        "<p>First paragraph <b>has has</b> a repeat.</p>\n"
        "<p>Great news &#x1F600; for everyone: <i>the the</i> summit opened on Monday , in Minsk.</p>\n"
        "<p>Second paragraph ends with two dots&#46;.</p>\n"
        "</body></html>\n"
    )
    findings = lintnews.lint_text(source, format="html", config=grammar_config(replay.url))
    got = [(f.rule, f.line, f.column, f.text) for f in findings]
    assert got == [
        ("lt:ENGLISH_WORD_REPEAT_RULE", 2, 23, "has has"),
        ("lt:ENGLISH_WORD_REPEAT_RULE", 3, 42, "the the"),  # after a 9-character entity for one emoji
        ("lt:COMMA_PARENTHESIS_WHITESPACE", 3, 77, " ,"),
        ("lt:DOUBLE_PUNCTUATION", 4, 39, "&#46;."),
    ]
    # a replacement of text that is an entity in the source cannot be applied blindly: only shown
    assert [fix.applicability for fix in findings[-1].fixes] == ["suggestion", "suggestion"]
    assert [fix.applicability for fix in findings[0].fixes] == ["unsafe"]


def test_match_becomes_a_finding_with_message_mqm_category_and_unsafe_fixes(replay: ReplayServer) -> None:
    [finding] = lintnews.lint_text("First paragraph has has a repeat.", config=grammar_config(replay.url))
    assert finding.rule == "lt:ENGLISH_WORD_REPEAT_RULE"
    assert finding.message == "Possible typo: you repeated a word"
    assert finding.category == "Fluency/Grammar"
    assert finding.pack == "grammar"
    assert finding.severity == "warning"
    assert [(e.replacement, f.applicability) for f in finding.fixes for e in f.edits] == [("has", "unsafe")]
    assert apply_fixes("First paragraph has has a repeat.", [finding], ("safe",))[0].count("has") == 2
    fixed, _ = apply_fixes("First paragraph has has a repeat.", [finding], ("safe", "unsafe"))
    assert fixed == "First paragraph has a repeat."


SEED_VARIANTS = {
    "seed-article-picky": {"picky": True},
    "seed-article-en-gb": {"language": "en-GB"},
    "seed-article-enabled-only": {"enabled_rules": ["DOUBLE_PUNCTUATION", "WHITESPACE_RULE",
                                                    "COMMA_PARENTHESIS_WHITESPACE"]},
    "seed-article-disabled-spelling": {"disabled_rules": ["MORFOLOGIK_RULE_EN_US"]},
}


@pytest.mark.parametrize("name", sorted(SEED_VARIANTS))
def test_config_chooses_rules_level_and_language_variant(replay: ReplayServer, name: str) -> None:
    record = load_recording(name)
    text = record["request"]["form"]["text"]
    findings = lintnews.lint_text(text, config=grammar_config(replay.url, **SEED_VARIANTS[name]))
    expected = [s for s in recorded_spans(record) if not (s[3].isspace() and text[s[1] - 1] == "\n")]
    assert lt_findings(findings) == expected
    sent = {k: v for k, v in replay.checks[0].items() if k != "text"}
    assert sent == {k: v for k, v in record["request"]["form"].items() if k != "text"}


def test_ignore_lt_rule_disables_it_on_the_server(replay: ReplayServer) -> None:
    text = load_recording("seed-article")["request"]["form"]["text"]
    config = {**grammar_config(replay.url), "ignore": ["lt:MORFOLOGIK_RULE_EN_US"]}
    findings = lintnews.lint_text(text, config=config)
    assert replay.checks[0]["disabledRules"] == "MORFOLOGIK_RULE_EN_US"
    assert findings and not any(f.rule == "lt:MORFOLOGIK_RULE_EN_US" for f in findings)


def test_unknown_language_is_one_notice_from_the_server_answer(replay: ReplayServer, tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text("Hello world.", encoding="utf-8")
    result = lintnews.lint_paths([str(path)], config=grammar_config(replay.url, language="xx-XX"))
    assert len(result.notices) == 1
    assert "HTTP 400" in result.notices[0] and "xx-XX" in result.notices[0]
