"""Inline suppression comments in Markdown and HTML: disable/enable ranges and disable-next-line, with
and without rule ids; a comment that is code (not markup) suppresses nothing."""

from __future__ import annotations

import pytest
from conftest import TEST_PACK_CONFIG

import lintnews


def flagged(source: str, format: str = "markdown") -> list[tuple[int, str]]:
    """(line, rule id) of every finding."""
    findings = lintnews.lint_text(source, format=format, config=TEST_PACK_CONFIG)
    return [(f.line, f.rule.split("/", 1)[1]) for f in findings]


def md(*lines: str) -> str:
    return "\n".join(lines) + "\n"


def test_disable_enable_range_without_ids_covers_every_rule() -> None:
    source = md("A White President.", "<!-- lintnews-disable -->", "B White President,, 北京",
                "<!-- lintnews-enable -->", "C White President.")
    assert flagged(source) == [(1, "white-president"), (5, "white-president")]


def test_disable_with_ids_covers_only_those_rules() -> None:
    source = md("A White President.", "<!-- lintnews-disable white-president -->", "B White President,, 北京",
                "<!-- lintnews-enable white-president -->", "C White President.")
    assert flagged(source) == [(1, "white-president"), (3, "doubled-punct"), (3, "han"),
                               (5, "white-president")]


@pytest.mark.parametrize("ids", ["core-test/white-president, han", "white-president han", "core-test/w* han"])
def test_several_ids_qualified_or_bare_spaces_or_commas(ids: str) -> None:
    source = md("A White President.", f"<!-- lintnews-disable {ids} -->", "B White President,, 北京",
                f"<!-- lintnews-enable {ids} -->", "C White President 北京.")
    assert flagged(source) == [(1, "white-president"), (3, "doubled-punct"), (5, "white-president"),
                               (5, "han")]


def test_a_whole_pack_can_be_disabled() -> None:
    source = md("<!-- lintnews-disable core-test -->", "B White President,, 北京")
    assert flagged(source) == []


def test_enable_without_ids_closes_every_open_range() -> None:
    source = md("<!-- lintnews-disable han -->", "<!-- lintnews-disable white-president -->",
                "B White President 北京", "<!-- lintnews-enable -->", "C White President 北京.")
    assert flagged(source) == [(5, "white-president"), (5, "han")]


def test_enabling_another_rule_leaves_a_range_open_to_the_end() -> None:
    source = md("<!-- lintnews-disable han -->", "B White President 北京",
                "<!-- lintnews-enable white-president -->", "C White President 北京.")
    assert flagged(source) == [(2, "white-president"), (4, "white-president")]


def test_disable_next_line_without_ids() -> None:
    source = md("A White President.", "<!-- lintnews-disable-next-line -->", "B White President,, 北京",
                "C White President.")
    assert flagged(source) == [(1, "white-president"), (4, "white-president")]


def test_disable_next_line_with_an_id() -> None:
    source = md("<!-- lintnews-disable-next-line doubled-punct -->", "B White President,,",
                "C White President,,")
    assert flagged(source) == [(2, "white-president"), (3, "white-president"), (3, "doubled-punct")]


def test_disable_next_line_at_the_end_of_the_file_is_harmless() -> None:
    assert flagged("A White President.\n<!-- lintnews-disable-next-line -->") == [(1, "white-president")]


def test_html_ranges_and_next_line() -> None:
    source = md("<p>A White President.</p>", "<!-- lintnews-disable-next-line -->",
                "<p>B White President,,</p>", "<!-- lintnews-disable han -->",
                "<p>C White President 北京.</p>", "<!-- lintnews-enable han -->", "<p>D 北京</p>")
    assert flagged(source, "html") == [(1, "white-president"), (5, "white-president"), (7, "han")]


@pytest.mark.parametrize("source", [
    md("Intro `<!-- lintnews-disable -->` code.", "B White President."),
    md("Text.", "", "```", "<!-- lintnews-disable -->", "```", "B White President."),
    md("Text.", "", "    <!-- lintnews-disable -->", "", "B White President."),
])
def test_markdown_comment_inside_code_suppresses_nothing(source: str) -> None:
    assert [rule for _, rule in flagged(source)] == ["white-president"]


def test_html_comment_text_inside_script_or_pre_suppresses_nothing() -> None:
    source = md("<script>var s = '<!-- lintnews-disable -->';</script>",
                "<pre>&lt;!-- lintnews-disable --&gt;</pre>", "<p>B White President.</p>")
    assert flagged(source, "html") == [(3, "white-president")]


def test_plain_text_has_no_suppression_comments() -> None:
    source = md("<!-- lintnews-disable -->", "B White President.")
    assert flagged(source, "text") == [(2, "white-president")]


def test_suppression_through_the_cli(cli, test_pack_project) -> None:
    article = test_pack_project / "a.md"
    article.write_text(md("<!-- lintnews-disable-next-line -->", "White President.", "White President."),
                       encoding="utf-8")
    result = cli("check", "--format", "json", str(article))
    assert [f["line"] for f in result.json()["findings"]] == [3]
