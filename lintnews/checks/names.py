"""``names``: transliteration consistency. One pass per article finds spellings that are wrong
(gazetteer), against the house style (``names.style``), or a minority among spellings of one name; the
corpus phase compares articles with each other and with ``--corpus DIR`` (reported, at most as info,
under the ``inconsistent`` rule). Each rule of the type picks
its part with ``check``; a rule with ``entries`` enforces its own house spellings (a pack written by
``lintnews names report --write``)."""

from __future__ import annotations

import os
from collections.abc import Iterable
from typing import Any

from ..analysis import Analysis
from ..document.model import Document
from ..model import Finding, RawFinding
from .base import Check, Rule, format_message

PARTS = ("nonstandard", "house-style", "inconsistent", "possible-variant")
_ISSUE_PART = {"nonstandard": "nonstandard", "house": "house-style", "inconsistent": "inconsistent",
               "possible": "possible-variant"}
_MAX_LINES_SHOWN = 6


class NamesCheck(Check):
    type_name = "names"
    combine = True
    corpus = True
    needs = ("names",)
    params_schema = {
        "check": {"enum": list(PARTS)},
        "entries": {"type": "object", "minProperties": 1,
                    "additionalProperties": {"type": "array", "items": {"type": "string"}}},
    }
    required_params = ("check",)

    def __init__(self, rules: list[Rule], settings: Any = None) -> None:
        self._rules = rules
        self.settings = settings
        section = settings.section("names") if settings is not None and hasattr(settings, "section") else {}
        base = getattr(settings, "config_path", None)
        self.style: str | None = _relative_to_config(section.get("style") or None, base)
        self.corpus_dir: str | None = _relative_to_config(section.get("corpus") or None, base)
        self.parts: dict[str, Rule] = {}
        for rule in rules:
            self.parts.setdefault(rule.params["check"], rule)
        self.house_rules = [r for r in rules if r.params.get("entries")]
        self._house_gazetteers = {r.qualified_id: _rule_gazetteer(r) for r in self.house_rules}
        if self.parts:
            _check_style(self.style)
        #: The last article's issues, shared by ``check`` and ``collect`` of that same article only.
        self._last: tuple[Analysis, list] | None = None

    @classmethod
    def from_rules(cls, rules: list[Rule], settings: Any = None) -> list[Check]:
        return [cls(rules, settings)] if rules else []

    def rules(self) -> list[Rule]:
        return list(self._rules)

    def _issues(self, document: Document, analysis: Analysis) -> list:
        """(rule, issue) pairs of one article, computed once for ``check`` and ``collect``; the
        article's spellings come from the shared ``name_occurrences`` view."""
        if self._last is not None and self._last[0] is analysis:
            return self._last[1]
        from ..names.article import article_issues
        from ..names.gazetteer import load_gazetteer

        pairs = []
        if self.parts:
            gaz, style = load_gazetteer(self.style)
            variants = "inconsistent" in self.parts or "possible-variant" in self.parts
            occs = analysis.name_occurrences if variants else None
            for issue in article_issues(document.text, analysis.names, gaz, style, occs, variants):
                rule = self.parts.get(_ISSUE_PART[issue.kind])
                if rule is not None:
                    pairs.append((rule, issue))
        for rule in self.house_rules:
            gaz = self._house_gazetteers[rule.qualified_id]
            for issue in article_issues(document.text, analysis.names, gaz, "house", variants=False):
                if issue.kind == "house":
                    pairs.append((rule, issue))
        self._last = (analysis, pairs)
        return pairs

    def check(self, document: Document, analysis: Analysis) -> Iterable[RawFinding]:
        seen: set[tuple[int, int]] = set()
        for rule, issue in self._issues(document, analysis):
            if (issue.start, issue.end) in seen:
                continue
            seen.add((issue.start, issue.end))
            message = format_message(rule.message, match=issue.form, replacement=issue.canonical,
                                     spellings=describe(issue.spellings, document), where="in this article")
            applicability = "suggestion" if rule.applicability == "suggestion" else (
                "safe" if issue.safe else "unsafe")
            yield RawFinding(issue.start, issue.end, message, (issue.canonical,), applicability,
                             rule=rule.qualified_id,
                             data=(("canonical", issue.canonical),))

    def collect(self, document: Document, analysis: Analysis) -> Any:
        if "inconsistent" not in self.parts:
            return None
        from ..names.index import article_summary

        flagged = [(i.start, i.end) for _, i in self._issues(document, analysis)]
        return article_summary(document, analysis.name_occurrences, flagged, self.style)

    def finish(self, summaries: dict[str, Any]) -> list[Finding]:
        rule = self.parts.get("inconsistent")
        if rule is None:
            return []
        from ..names.index import site_findings

        return site_findings(rule, summaries, self.corpus_dir, self.style)


def _check_style(style: str | None) -> None:
    """An unknown style or an unreadable style file is a configuration error (exit 2), raised once."""
    from ..errors import ConfigError
    from ..names.gazetteer import load_gazetteer

    try:
        load_gazetteer(style)
    except (ValueError, OSError) as exc:
        raise ConfigError(f"names.style: {exc}") from None
    except Exception as exc:  # noqa: BLE001 - a YAML error in a user's style file
        raise ConfigError(f"names.style: cannot read {style}: {str(exc).splitlines()[0]}") from None


def _relative_to_config(value: str | None, config_path: str | None) -> str | None:
    """A path from the config file is relative to that file's folder (a flag's value, to the current one)."""
    if not value or value in ("ap", "bgn", "native") or os.path.exists(value) or not config_path:
        return value
    candidate = os.path.join(os.path.dirname(os.path.abspath(config_path)), value)
    return candidate if os.path.exists(candidate) else value


def _rule_gazetteer(rule: Rule):
    """The house spellings a rule lists under ``entries``."""
    from ..names.gazetteer import Gazetteer, entries_from_pack_rules

    gaz = Gazetteer()
    for entry in entries_from_pack_rules([rule.params], rule.source):
        gaz.add(entry)
    return gaz


def describe(spellings: dict[str, list[int]], document: Document) -> str:
    """"'Lukashenko' 6x (lines 7, 9, ...), 'Lukashenka' 4x (lines 3, 5)": every spelling and where."""
    parts = []
    for form, starts in sorted(spellings.items(), key=lambda kv: (-len(kv[1]), kv[1][0])):
        lines = [document.position(document.to_source(s))[0] for s in starts]
        shown = ", ".join(str(n) for n in lines[:_MAX_LINES_SHOWN])
        shown += ", ..." if len(lines) > _MAX_LINES_SHOWN else ""
        parts.append(f"'{form}' {len(starts)}x (line{'s' if len(lines) > 1 else ''} {shown})")
    return ", ".join(parts)
