"""Choosing and splicing fixes: earliest wins, overlapping fixes wait, applicability levels, newlines."""

from __future__ import annotations

from fix_support import FIX_PACKS, fix_linter

from lintnews.document import read_text
from lintnews.document.model import Encoding
from lintnews.fix.apply import apply_fixes
from lintnews.fix.loop import fix_document, fix_text
from lintnews.model import Edit, Finding, Fix


def _finding(start: int, end: int, replacement: str, applicability: str = "safe",
             rule: str = "p/r") -> Finding:
    return Finding(rule=rule, severity="error", message="m", category="c", path="x", start=start, end=end,
                   line=1, column=start + 1, end_line=1, end_column=end + 1,
                   fixes=(Fix((Edit(start, end, replacement),), applicability, "t"),))


def test_earliest_fix_wins_and_the_overlapping_one_is_not_applied() -> None:
    findings = [_finding(2, 5, "X", rule="p/late"), _finding(1, 3, "Y", rule="p/early")]
    text, applied = apply_fixes("abcdef", findings)
    assert text == "aYdef"
    assert [a.finding.rule for a in applied] == ["p/early"]


def test_adjacent_fixes_both_apply_and_order_of_input_does_not_matter() -> None:
    findings = [_finding(3, 4, "D"), _finding(0, 1, "A"), _finding(1, 3, "")]
    assert apply_fixes("abcd", findings)[0] == "AD"
    assert apply_fixes("abcd", list(reversed(findings)))[0] == "AD"


def test_applicability_levels() -> None:
    findings = [_finding(0, 1, "S"), _finding(1, 2, "U", "unsafe"), _finding(2, 3, "G", "suggestion")]
    assert apply_fixes("abc", findings)[0] == "Sbc"
    assert apply_fixes("abc", findings, ("safe", "unsafe"))[0] == "SUc"


def test_line_breaks_in_replacements_follow_the_file() -> None:
    assert apply_fixes("a\r\nb", [_finding(0, 1, "x\ny")], newline="\r\n")[0] == "x\r\ny\r\nb"


def test_overlapping_fixes_are_applied_in_later_passes() -> None:
    # ' ,,' : the space fix and the doubled-comma fix overlap; the second pass finishes the job
    fixed = fix_document(fix_linter(), read_text("one ,, two,, three", "x.txt"))
    assert fixed.document.source == "one, two, three"
    assert fixed.converged
    assert sorted(a.finding.rule for a in fixed.applied) == [
        "fix-test/doubled-comma", "fix-test/doubled-comma", "fix-test/space-before-punct"]


def test_unsafe_fixes_only_when_asked_and_suggestions_never() -> None:
    text = "White President Lukashenka met leaders of ministries and commissions."
    safe = fix_text(text, fix_linter())
    assert safe == "Belarusian President Lukashenka met leaders of ministries and commissions."
    unsafe = fix_text(text, fix_linter(), allowed=("safe", "unsafe"))
    assert unsafe == "Belarusian President Alexander Lukashenka met leaders of ministries and commissions."


def test_deleting_the_last_line_keeps_the_final_newline_style() -> None:
    document = read_text("Story.\r\nNo comments yet.\r\n", "x.txt", encoding=Encoding(newline="\r\n"))
    assert fix_document(fix_linter(), document).document.source == "Story.\r\n"


def test_public_fix_text() -> None:
    import lintnews

    config = {"builtin_packs": False, "extra_packs": [str(FIX_PACKS)]}
    text = "White President Lukashenka ,, spoke."
    assert lintnews.fix_text(text, config=config) == "Belarusian President Lukashenka, spoke."
    assert lintnews.fix_text(text, config=config, unsafe=True) == (
        "Belarusian President Alexander Lukashenka, spoke.")
