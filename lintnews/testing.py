"""The example runner shared by the test suite and ``lintnews rules test``.

A bad example must raise its rule exactly at the ``[[...]]`` spans (when marked), its first fix must
give ``fix``, and the fixed text must raise nothing from that rule; a good example must raise nothing.
"""

from __future__ import annotations

from dataclasses import dataclass

from .checks.base import Example, Rule
from .document import read_text
from .engine.runner import Linter
from .fix.apply import apply_fixes
from .model import Finding


@dataclass(frozen=True)
class ExampleFailure:
    rule: str
    kind: str  # "bad" or "good"
    text: str
    problem: str
    source: str = ""
    line: int = 0

    def __str__(self) -> str:
        return f"{self.source}:{self.line}: {self.rule} ({self.kind} example {self.text!r}): {self.problem}"


def run_example(rule: Rule, example: Example, kind: str, linter: Linter | None = None) -> str | None:
    """The problem with one example, or None when it behaves as written."""
    linter = linter or Linter(rules=[rule])
    document = read_text(example.text, "<example>", example.format)
    findings = [f for f in linter.lint_document(document) if _from_rule(f, rule)]
    if kind == "good":
        if findings:
            spans = ", ".join(repr(example.text[f.start:f.end]) for f in findings)
            return f"must not be flagged, but {spans} was"
        return None
    if not findings:
        if any(getattr(check, "active", True) is False for check in linter.checks):
            return None  # needs a service that is not configured (a LanguageTool server): cannot verify
        return "must be flagged, but nothing was"
    if example.spans:
        got = sorted((f.start, f.end) for f in findings)
        if got != sorted(example.spans):
            want = ", ".join(repr(example.text[s:e]) for s, e in example.spans)
            found = ", ".join(repr(example.text[s:e]) for s, e in got)
            return f"expected {want} flagged, got {found}"
    if example.fix is not None:
        fixed, _ = apply_fixes(example.text, findings, ("safe", "unsafe", "suggestion"))
        if fixed != example.fix:
            return f"fix gives {fixed!r}, expected {example.fix!r}"
        again = [f for f in linter.lint_document(read_text(fixed, "<example>", example.format))
                 if _from_rule(f, rule)]
        if again:
            return f"the fixed text is still flagged at {fixed[again[0].start:again[0].end]!r}"
    return None


def _from_rule(finding: Finding, rule: Rule) -> bool:
    """A rule's own findings, including those relayed from an external tool under the tool's rule id
    (``lt:RULE_ID`` for LanguageTool)."""
    return finding.rule == rule.qualified_id or (finding.pack == rule.pack and ":" in finding.rule)


def run_rule_examples(rule: Rule) -> list[ExampleFailure]:
    linter = Linter(rules=[rule])
    failures = []
    for kind, examples in (("bad", rule.bad), ("good", rule.good)):
        for example in examples:
            problem = run_example(rule, example, kind, linter)
            if problem:
                failures.append(ExampleFailure(rule.qualified_id, kind, example.text, problem, rule.source, rule.line))
    return failures
