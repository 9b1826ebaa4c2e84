"""Property-based tests over generated articles: fixing changes nothing outside the flagged spans,
fixing twice equals fixing once, and what remains has no fix that should have been applied."""

from __future__ import annotations

import re

from fix_support import fix_linter
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from lintnews.document import read_text
from lintnews.document.model import Encoding
from lintnews.fix.apply import apply_fixes, choose_fix
from lintnews.fix.loop import fix_document

WORDS = st.sampled_from([
    "the", "talks", "Minsk", "said", "on", "Tuesday", "White", "President", "Lukashenka", "House",
    "ministries", "and", "commissions", "北京", "表示", "😀", "naïve", "İstanbul", "No", "comments", "yet",
])
GLUE = st.sampled_from([" ", " ", " ", ", ", " ,", ",,", " ,, ", "，", ". ", ";", " ;", "\t"])
TRIGGERS = st.sampled_from([
    "White President", "President Lukashenka", "White President Lukashenka", "ministries and commissions",
])


@st.composite
def lines(draw: st.DrawFn) -> str:
    if draw(st.integers(0, 9)) == 0:
        return draw(st.sampled_from(["No comments yet.", "No comments yet", "  No comments yet.  "]))
    parts = draw(st.lists(st.one_of(WORDS, TRIGGERS, st.text(max_size=3)), min_size=0, max_size=12))
    glue = draw(st.lists(GLUE, min_size=len(parts), max_size=len(parts)))
    return "".join(p + g for p, g in zip(parts, glue, strict=True))


@st.composite
def articles(draw: st.DrawFn) -> tuple[str, str]:
    newline = draw(st.sampled_from(["\n", "\r\n"]))
    body = draw(st.lists(lines(), min_size=1, max_size=8))
    text = newline.join(line.replace("\r", "").replace("\n", "") for line in body)
    if draw(st.booleans()):
        text += newline
    return text, newline


PROPS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
ALLOWED = [("safe",), ("safe", "unsafe")]


def _outside_pattern(source: str, spans: list[tuple[int, int]]) -> re.Pattern[str]:
    """A pattern that matches any text keeping every character of ``source`` outside ``spans`` in place
    (whatever replaces each merged span)."""
    merged: list[list[int]] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    pieces, pos = [], 0
    for start, end in merged:
        pieces.append(re.escape(source[pos:start]))
        pos = end
    pieces.append(re.escape(source[pos:]))
    return re.compile("(?:.*?)".join(pieces), re.DOTALL)


@PROPS
@given(articles(), st.sampled_from(ALLOWED))
def test_nothing_outside_the_fixed_spans_changes(article: tuple[str, str], allowed: tuple[str, ...]) -> None:
    """Pass by pass, the text changes only inside the spans of fixes reported on that pass's text."""
    text, newline = article
    encoding = Encoding(newline=newline)
    linter = fix_linter()
    fixed = fix_document(linter, read_text(text, "a.txt", encoding=encoding), allowed)
    source = text
    for step in fixed.passes:
        findings = linter.lint_document(read_text(source, "a.txt", encoding=encoding))
        assert findings == step.findings  # the pass worked from the real findings of its text
        spans = [(e.start, e.end) for f in findings if (fix := choose_fix(f, allowed)) for e in fix.edits]
        if source.endswith("\n"):
            spans.append((len(source), len(source)))  # where a lost final newline is put back
        nxt = _splice(source, step.edits)
        assert _outside_pattern(source, spans).fullmatch(nxt), (source, nxt)
        source = nxt
    assert source == fixed.document.source
    if not fixed.passes:
        assert fixed.document.source == text


def _splice(source: str, edits: list) -> str:
    out, pos = [], 0
    for e in sorted(edits, key=lambda e: (e.start, e.end)):
        out += [source[pos:e.start], e.replacement]
        pos = e.end
    return "".join(out) + source[pos:]


@PROPS
@given(articles(), st.sampled_from(ALLOWED))
def test_fixing_twice_equals_fixing_once(article: tuple[str, str], allowed: tuple[str, ...]) -> None:
    text, newline = article
    encoding = Encoding(newline=newline)
    once = fix_document(fix_linter(), read_text(text, "a.txt", encoding=encoding), allowed)
    twice = fix_document(fix_linter(), read_text(once.document.source, "a.txt", encoding=encoding), allowed)
    assert once.converged
    assert twice.document.source == once.document.source
    assert not twice.applied
    assert all(choose_fix(f, allowed) is None for f in once.result.findings)
    if text.endswith(newline) and once.document.source:  # a final newline is never lost
        assert once.document.source.endswith(newline)


@PROPS
@given(articles())
def test_one_pass_splices_exactly_the_chosen_non_overlapping_edits(article: tuple[str, str]) -> None:
    text, _ = article
    findings = fix_linter().lint_document(read_text(text, "a.txt"))
    new, applied = apply_fixes(text, findings, ("safe", "unsafe"))
    edits = sorted((e for a in applied for e in a.fix.edits), key=lambda e: e.start)
    for a, b in zip(edits, edits[1:], strict=False):
        assert a.end <= b.start
    assert new == _splice(text, edits)
    chosen = {id(a.finding) for a in applied}
    for f in findings:  # a skipped fix was skipped only because an earlier chosen one overlaps it
        fix = choose_fix(f, ("safe", "unsafe"))
        if fix is not None and id(f) not in chosen:
            assert any(e.start < c.end and c.start < e.end or e.start == c.start
                       for e in fix.edits for c in edits)
