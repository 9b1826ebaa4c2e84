"""Inline suppression comments in Markdown and HTML:

``<!-- lintnews-disable RULE ... -->`` ... ``<!-- lintnews-enable RULE ... -->`` and
``<!-- lintnews-disable-next-line RULE ... -->``. Without a rule, every rule is meant.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from ..config.selection import matches
from ..model import Finding

_COMMENT = re.compile(r"<!--\s*lintnews-(disable-next-line|disable|enable)\b([^>]*?)-->")


@dataclass(frozen=True)
class Suppression:
    selectors: tuple[str, ...]  # empty: all rules
    start: int
    end: int

    def covers(self, finding: Finding) -> bool:
        if not (self.start <= finding.start < self.end):
            return False
        rule_id = finding.rule.rsplit("/", 1)[-1]
        return not self.selectors or any(matches(s, rule_id, finding.pack) or s == finding.rule
                                         for s in self.selectors)


def _directives(source: str, comments: Iterable[tuple[int, int]] | None) -> Iterator[re.Match[str]]:
    """Suppression comments of the source; only within ``comments`` (the real markup comments) if given."""
    if comments is None:
        yield from _COMMENT.finditer(source)
        return
    for start, end in comments:
        m = _COMMENT.match(source, start, end)
        if m:
            yield m


def suppressions(source: str, comments: Iterable[tuple[int, int]] | None = None) -> list[Suppression]:
    if "lintnews-" not in source:
        return []
    out: list[Suppression] = []
    open_: dict[tuple[str, ...], int] = {}
    for m in _directives(source, comments):
        ids = m.group(2).strip()
        kind, selectors = m.group(1), tuple(re.split(r"[\s,]+", ids)) if ids else ()
        if kind == "disable-next-line":
            line_start = source.find("\n", m.end())
            if line_start < 0:
                continue
            line_end = source.find("\n", line_start + 1)
            out.append(Suppression(selectors, line_start + 1, len(source) if line_end < 0 else line_end))
        elif kind == "disable":
            open_.setdefault(selectors, m.end())
        else:
            if selectors in open_:
                out.append(Suppression(selectors, open_.pop(selectors), m.start()))
            elif not selectors:
                for key, start in list(open_.items()):
                    out.append(Suppression(key, start, m.start()))
                open_.clear()
    for selectors, start in open_.items():
        out.append(Suppression(selectors, start, len(source)))
    return out


def apply_suppressions(findings: list[Finding], source: str,
                       comments: Iterable[tuple[int, int]] | None = None) -> list[Finding]:
    rules = suppressions(source, comments)
    if not rules:
        return findings
    return [f for f in findings if not any(s.covers(f) for s in rules)]
