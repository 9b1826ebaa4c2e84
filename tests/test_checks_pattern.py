"""``pattern`` rules: the ``flag`` group limits the reported span and the fix to part of the match."""

from __future__ import annotations

from pathlib import Path

import pytest
from checks_support import flagged, lint_with, write_pack

from lintnews.errors import PackError

CITING = {"type": "pattern", "pattern": r"\b(?:writes|said)\b[^.]{0,40}?\b(?P<f>with reference to)\b",
          "flag": "f", "replace": "citing"}


def test_flag_group_is_the_span_and_the_replaced_text(tmp_path: Path) -> None:
    pack = write_pack(tmp_path, CITING)
    text = "Izvestia writes about this with reference to experts."
    [finding] = lint_with(pack, text)
    assert text[finding.start:finding.end] == "with reference to"
    [edit] = finding.fixes[0].edits
    assert (edit.start, edit.end, edit.replacement) == (finding.start, finding.end, "citing")
    assert finding.message == "with reference to"


def test_the_context_outside_the_group_is_required(tmp_path: Path) -> None:
    pack = write_pack(tmp_path, CITING)
    assert lint_with(pack, "With reference to your letter, the contract is attached.") == []


def test_numbered_flag_group(tmp_path: Path) -> None:
    pack = write_pack(tmp_path, {"type": "pattern", "pattern": r"(\w+) (molecules)\b", "flag": 2,
                                 "replace": "elements"})
    text = "a few hostile molecules tried"
    assert flagged(lint_with(pack, text), text) == ["molecules"]


def test_an_unmatched_optional_flag_group_reports_nothing(tmp_path: Path) -> None:
    pack = write_pack(tmp_path, {"type": "pattern", "pattern": r"\bon the eve(?P<f> of)?", "flag": "f"})
    assert lint_with(pack, "He spoke on the eve.") == []
    text = "He spoke on the eve of the vote."
    assert flagged(lint_with(pack, text), text) == [" of"]


@pytest.mark.parametrize("flag", ["missing", 3])
def test_a_flag_naming_no_group_is_a_pack_error(tmp_path: Path, flag: object) -> None:
    pack = write_pack(tmp_path, {"type": "pattern", "pattern": r"(a)(?P<f>b)", "flag": flag})
    with pytest.raises(PackError) as info:
        lint_with(pack, "ab")
    message = str(info.value)
    assert message.startswith(str(pack / "t.yaml"))
    assert f"rule 'r': 'flag' names group {flag!r}, which the regular expression does not have" in message


def test_requires_skips_documents_without_the_strings(tmp_path: Path) -> None:
    rule = {"type": "pattern", "pattern": r"\b(?:the )?current and future period\b",
            "requires": ["Current And"]}
    pack = write_pack(tmp_path, rule)
    text = "It is the task of the current and future period."
    assert flagged(lint_with(pack, text), text) == ["the current and future period"]
    # a required string that the match does not contain hides the match: the list must be complete
    other = write_pack(tmp_path / "other", {**rule, "requires": ["future periods"]})
    assert lint_with(other, text) == []


def test_requires_is_per_document(tmp_path: Path) -> None:
    pack = write_pack(tmp_path, {"type": "pattern", "pattern": r"\bfoo\w*", "requires": ["foo"]})
    assert lint_with(pack, "no match here") == []
    assert flagged(lint_with(pack, "a food fight"), "a food fight") == ["food"]
    assert lint_with(pack, "no match here either") == []
