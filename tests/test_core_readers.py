"""Readers end to end: what is linted in plain text, Markdown and HTML, and that every finding points at
the exact place in the original file."""

from __future__ import annotations

import pytest
from conftest import TEST_PACK_CONFIG

import lintnews
from lintnews.document import read_text
from lintnews.model import Finding


def lint(source: str, format: str) -> list[Finding]:
    return lintnews.lint_text(source, format=format, config=TEST_PACK_CONFIG)


def where(source: str, offset: int) -> tuple[int, int]:
    """1-based line and column of a code-point offset, computed independently of the library."""
    line_start = source.rfind("\n", 0, offset) + 1
    return source.count("\n", 0, offset) + 1, offset - line_start + 1


def assert_points_at(finding: Finding, source: str, text: str) -> None:
    """The finding's offsets, line:column and end line:column all designate ``text`` in ``source``."""
    assert source[finding.start:finding.end] == text
    assert finding.text == text
    assert (finding.line, finding.column) == where(source, finding.start)
    assert (finding.end_line, finding.end_column) == where(source, finding.end)


def rules_of(findings: list[Finding]) -> list[str]:
    return [f.rule for f in findings]


# --- plain text ---------------------------------------------------------------------------------

def test_plain_text_is_all_prose_and_positions_count_code_points() -> None:
    source = "Ünïcødé 😀 line\nSecond line: 北京 met White President Lukashenka.\n"
    findings = lint(source, "text")
    assert rules_of(findings) == ["core-test/han", "core-test/white-president"]
    han, president = findings
    assert_points_at(han, source, "北京")
    assert_points_at(president, source, "White President")
    assert (president.line, president.column) == (2, 21)


def test_crlf_newlines_keep_columns_right() -> None:
    source = "First line\r\nHe met White President Lukashenka.\r\n"
    (finding,) = lint(source, "text")
    assert (finding.line, finding.column, finding.end_column) == (2, 8, 23)


# --- Markdown -----------------------------------------------------------------------------------

def test_markdown_yaml_front_matter_is_metadata_not_prose() -> None:
    source = "---\ntitle: White President visits\ntags: [a, b]\n---\n\nHe met White President Lukashenka.\n"
    document = read_text(source, "a.md", "markdown")
    assert document.meta["title"] == "White President visits"
    assert document.meta["tags"] == ["a", "b"]
    (finding,) = lint(source, "markdown")
    assert_points_at(finding, source, "White President")
    assert finding.line == 6


def test_markdown_toml_front_matter_is_metadata_not_prose() -> None:
    source = '+++\ntitle = "White President visits"\ndate = 2019-12-20\n+++\nHe met White President.\n'
    document = read_text(source, "a.md", "markdown")
    assert document.meta["title"] == "White President visits"
    assert str(document.meta["date"]) == "2019-12-20"
    (finding,) = lint(source, "markdown")
    assert (finding.line, finding.column) == (5, 8)


def test_invalid_front_matter_is_an_input_error() -> None:
    from lintnews.errors import InputError

    with pytest.raises(InputError, match="invalid front matter"):
        read_text("---\ntitle: [unclosed\n---\nBody.\n", "bad.md", "markdown")


@pytest.mark.parametrize("markdown", [
    "Intro.\n\n```\nWhite President,, 北京\n```\n\nEnd.\n",                   # fenced code
    "Intro.\n\n~~~python\nWhite President,, 北京\n~~~\n",                       # tilde fence
    "Intro.\n\n    White President,, 北京\n\nEnd.\n",                           # indented code
    "Intro with `White President,, 北京` inline.\n",                             # code span
    "Intro with ``a ` White President,, 北京`` inline.\n",                       # code span, double ticks
    "See https://example.com/White-President,,/北京 for more.\n",                 # bare URL
    "See <https://example.com/White President> here.\n",                        # autolink
    "See [the report](https://example.com/White_President,,北京 \"a,, title\").\n",  # link target
    "See ![a photo](img/White%20President,,北京.png) here.\n",                   # image source
    "See [the report][White President,,] here.\n\n[White President,,]: https://x.org\n",  # reference link
    "Intro.\n\n<!-- White President,, 北京 -->\n\nEnd.\n",                       # HTML comment block
    "Intro <!-- White President,, 北京 --> inline.\n",                          # inline HTML comment
    "Intro <span title=\"White President,, 北京\">text</span> inline.\n",       # inline tag attributes
    "<div class=\"White President,,\" data-x=\"北京\">\n\nText.\n\n</div>\n",   # HTML block tags
])
def test_markdown_non_prose_is_not_linted(markdown: str) -> None:
    assert lint(markdown, "markdown") == []


def test_markdown_link_text_and_emphasis_are_prose() -> None:
    source = "# Heading\n\nSee [**White President**](https://example.com/White-President) and *北京*.\n"
    findings = lint(source, "markdown")
    assert rules_of(findings) == ["core-test/white-president", "core-test/han"]
    assert_points_at(findings[0], source, "White President")
    assert (findings[0].line, findings[0].column) == (3, 8)
    assert_points_at(findings[1], source, "北京")


def test_markdown_url_next_to_prose_only_masks_the_url() -> None:
    source = "Read https://example.com/a,,b then White President spoke,, again.\n"
    findings = lint(source, "markdown")
    assert [f.text for f in findings] == ["White President", ",,"]
    assert findings[1].column == source.index(",, again") + 1


# --- HTML ---------------------------------------------------------------------------------------

HTML = (
    "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<title>White President</title>\n"
    "<meta name=\"date\" content=\"2019-12-20\">\n<style>p::after { content: 'White President,,'; }</style>\n"
    "<script>var s = \"White President,, 北京\";</script>\n</head>\n<body>\n"
    "<p class=\"White President\">Caf&eacute; &amp; “Ünïcødé” 😀 &mdash; White President met "
    "&#x5317;&#20140;.</p>\n"
    "<pre>White President,,</pre><code>北京</code>\n"
    "<p>Second <b>paragraph</b>,, about White President.</p>\n"
    "</body>\n</html>\n"
)


def test_html_only_visible_text_is_linted() -> None:
    findings = lint(HTML, "html")
    assert rules_of(findings) == [
        "core-test/white-president", "core-test/han", "core-test/doubled-punct", "core-test/white-president",
    ]


def test_html_findings_point_at_the_original_file_after_entities_tags_and_multibyte() -> None:
    findings = lint(HTML, "html")
    first, han, doubled, second = findings
    assert_points_at(first, HTML, "White President")
    assert (first.line, first.column) == (10, 66)
    # the CJK run was written as character references: the finding covers them in the source
    assert_points_at(han, HTML, "&#x5317;&#20140;")
    assert_points_at(doubled, HTML, ",,")
    assert (doubled.line, doubled.column, doubled.end_column) == (12, 27, 29)
    assert_points_at(second, HTML, "White President")


def test_html_entities_are_decoded_for_the_checks() -> None:
    document = read_text(HTML, "a.html", "html")
    assert "Café & “Ünïcødé” 😀 — White President met 北京." in document.text
    assert "var s" not in document.text and "content:" not in document.text
    assert document.meta["title"] == "White President"
    assert document.meta["published"] == "2019-12-20"


def test_html_fix_crossing_a_tag_is_only_a_suggestion() -> None:
    source = "<p>He met <b>White</b> President Lukashenka and White President Putin.</p>"
    crossing, plain = lint(source, "html")
    assert crossing.text == "White</b> President"
    assert [fix.applicability for fix in crossing.fixes] == ["suggestion"]
    assert plain.text == "White President"
    assert [fix.applicability for fix in plain.fixes] == ["safe"]
    (edit,) = plain.fixes[0].edits
    assert source[edit.start:edit.end] == "White President"


def test_html_block_tags_separate_paragraphs() -> None:
    # text on either side of a block tag must not run together into one word or one line
    document = read_text("<div>No comments yet.</div><div>Story,</div>", "a.html", "html")
    assert "No comments yet.\n" in document.text
    findings = lint("<p>Story text.</p><p>No comments yet.</p>", "html")
    assert [f.text for f in findings] == ["No comments yet."]
