"""``quote-style`` rules: straight and curly double quotes mixed in one article, where the styles
alternate; ``limit`` caps the findings per article."""

from __future__ import annotations

from pathlib import Path

from checks_support import flagged, lint_with, write_pack


def pack(tmp_path: Path, limit: int | None = None) -> Path:
    rule = {"type": "quote-style", "message": "{match} {style} {count}"}
    if limit is not None:
        rule["limit"] = limit
    return write_pack(tmp_path, rule)


MIXED = "“We agree,” he said.\n\nShe called it \"a farce\".\n\n“Talks will go on,” he added."


def test_the_minority_style_is_flagged_with_the_majority_as_fix(tmp_path: Path) -> None:
    findings = lint_with(pack(tmp_path), MIXED)
    assert flagged(findings, MIXED) == ['"', '"']
    assert [f.fixes[0].edits[0].replacement for f in findings] == ["“", "”"]
    assert findings[0].message == '" curly 2'


def test_limit_keeps_the_first_findings(tmp_path: Path) -> None:
    findings = lint_with(pack(tmp_path, limit=1), MIXED)
    assert len(findings) == 1 and findings[0].start == MIXED.index('"')
    assert findings[0].message.endswith(" 2")


def test_one_style_throughout_is_fine(tmp_path: Path) -> None:
    assert lint_with(pack(tmp_path), "“We agree,” he said. “Talks will go on.”") == []
    assert lint_with(pack(tmp_path), '"We agree," he said. "Talks will go on."') == []


def test_a_block_of_the_other_style_is_not_alternation(tmp_path: Path) -> None:
    text = ("“We agree,” he said.\n\n“Talks will go on,” he added.\n\n"
            'Statement from the ministry:\n\n"We regret the decision," it said.')
    assert lint_with(pack(tmp_path), text) == []


def test_mixing_inside_one_paragraph_is_flagged_even_in_a_block(tmp_path: Path) -> None:
    text = "“We agree,” he said.\n\n“Talks will go on,” he added.\n\nClick \"Save” to finish."
    assert flagged(lint_with(pack(tmp_path), text), text) == ['"']
