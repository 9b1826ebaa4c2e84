"""``pattern``: a regular expression, a message and an optional replacement template (``\\1``, ``\\g<name>``).

``flag`` names a group: only that group is reported and replaced, so the rest of the match works as
context of any length (Python's look-behind must have a fixed width).

``requires`` lists strings of which at least one must occur in the document (ignoring case) for the
expression to run at all. Python's ``re`` scans fast only from a literal prefix; a pattern opening with
``\\b``, a group or a look-behind tries every position, so sixty such rules would cost more than every
other check together. The required strings of all pattern rules share one Aho-Corasick automaton (with
the substitution phrases: ``literals``), run once per document over the lower-cased text, so the
pre-filter costs one linear pass however many rules use it, and a rule whose strings are absent costs a
set intersection."""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from ..analysis import Analysis
from ..document.model import Document
from ..model import RawFinding
from .base import Check, Rule, format_message
from .literals import LITERALS


class PatternCheck(Check):
    """One pattern rule. A run checks all of them through one ``_PatternRules`` (see ``from_rules``)."""

    type_name = "pattern"
    combine = True
    params_schema = {
        "pattern": {"type": "string", "minLength": 1},
        "replace": {"anyOf": [{"type": "string"}, {"type": "array", "items": {"type": "string"}}]},
        "ignorecase": {"type": "boolean"},
        "flag": {"anyOf": [{"type": "string", "minLength": 1}, {"type": "integer", "minimum": 1}]},
        "requires": {"type": "array", "items": {"type": "string", "minLength": 1}, "minItems": 1},
    }
    required_params = ("pattern",)

    def __init__(self, rule: Rule, settings: Any = None) -> None:
        super().__init__(rule, settings)
        self._flags = re.MULTILINE | (re.IGNORECASE if rule.params.get("ignorecase") else 0)
        self._regex: re.Pattern[str] | None = None
        replace = rule.params.get("replace")
        self.templates: tuple[str, ...] = () if replace is None else (
            (replace,) if isinstance(replace, str) else tuple(replace))
        self.flag: str | int = rule.params.get("flag", 0)
        self.requires: frozenset[str] = frozenset(r.lower() for r in rule.params.get("requires", ()))
        _PREFILTER.add(self.requires)

    @classmethod
    def from_rules(cls, rules: list[Rule], settings: Any = None) -> list[Check]:
        return [_PatternRules([cls(rule, settings) for rule in rules], settings)] if rules else []

    @property
    def regex(self) -> re.Pattern[str]:
        """Compiled on first use: with ``requires``, a short article never pays for rules it cannot
        trigger (compiling the built-in packs' expressions costs more than checking a small file)."""
        if self._regex is None:
            self._regex = re.compile(self.rule.params["pattern"], self._flags)
        return self._regex

    @classmethod
    def validate(cls, rule: Rule) -> str | None:
        try:
            regex = re.compile(rule.params["pattern"])
        except re.error as exc:
            return f"invalid regular expression: {exc}"
        if regex.match(""):
            return "the regular expression matches the empty string"
        flag = rule.params.get("flag")
        known = flag in regex.groupindex if isinstance(flag, str) else flag is None or flag <= regex.groups
        if not known:
            return f"'flag' names group {flag!r}, which the regular expression does not have"
        replace = rule.params.get("replace")
        for template in [replace] if isinstance(replace, str) else (replace or []):
            try:
                regex.sub(template, "")  # compiles the template, so bad group references fail here
            except (re.error, IndexError) as exc:
                return f"invalid replacement template: {exc}"
        return None

    def check(self, document: Document, analysis: Analysis) -> Iterable[RawFinding]:
        if self.requires and self.requires.isdisjoint(_PREFILTER.present(document.text)):
            return
        yield from self.matches(document.text)

    def matches(self, text: str, rule_id: str | None = None) -> Iterable[RawFinding]:
        """The rule's findings in ``text``, pre-filter aside; ``rule_id`` names the rule in each."""
        rule = self.rule
        for m in self.regex.finditer(text):
            start, end = m.span(self.flag)
            if end <= start:
                continue
            replacements = tuple(m.expand(t) for t in self.templates)
            groups = {k: v or "" for k, v in m.groupdict().items()}
            message = format_message(rule.message, match=m.group(self.flag),
                                     replacement=" or ".join(replacements),
                                     **groups)
            applicability = rule.applicability if len(replacements) <= 1 else "suggestion"
            yield RawFinding(start, end, message, replacements, applicability, rule=rule_id)


class _PatternRules(Check):
    """Every pattern rule of a run as one check: a rule whose required strings are absent costs a set
    intersection, not a check of its own for the engine to call and collect."""

    def __init__(self, members: list[PatternCheck], settings: Any = None) -> None:
        self.members = [(c, c.rule.qualified_id) for c in members]
        self.settings = settings
        self.prefiltered = any(c.requires for c in members)

    def rules(self) -> list[Rule]:
        return [c.rule for c, _ in self.members]

    def check(self, document: Document, analysis: Analysis) -> Iterable[RawFinding]:
        text = document.text
        present = _PREFILTER.present(text) if self.prefiltered else frozenset()
        found: list[RawFinding] = []
        for c, rule_id in self.members:
            if not c.requires or not c.requires.isdisjoint(present):
                found.extend(c.matches(text, rule_id))
        return found


class _Prefilter:
    """Which required strings occur in a document: one automaton for the strings of every pattern rule,
    run once per document (documents are checked one at a time, so remembering the last is enough)."""

    def __init__(self) -> None:
        self.last: tuple[str | None, frozenset[str]] = (None, frozenset())

    def add(self, strings: Iterable[str]) -> None:
        if not LITERALS.strings.issuperset(strings):
            LITERALS.add(strings)
            self.last = (None, frozenset())

    def present(self, text: str) -> frozenset[str]:
        """The required strings that occur in ``text`` (a rule runs when its set and this one meet)."""
        last = self.last  # one tuple, read and replaced whole, so concurrent callers never mix documents
        if last[0] is not text:
            last = (text, self._scan(text.lower()))
            self.last = last
        return last[1]

    @staticmethod
    def _scan(lowered: str) -> frozenset[str]:
        return frozenset(s for _, s in LITERALS.hits(lowered))


_PREFILTER = _Prefilter()
