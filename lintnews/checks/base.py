"""What every rule type shares: the rule as loaded from YAML, and the check interface."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any, ClassVar

from ..analysis import Analysis
from ..document.model import Document
from ..model import Applicability, Finding, RawFinding, Severity


@dataclass(frozen=True)
class Example:
    """A bad example: ``text`` with ``[[...]]`` markers removed, the marked ``spans``, the expected ``fix``."""

    text: str
    spans: tuple[tuple[int, int], ...] = ()
    fix: str | None = None
    format: str = "text"


@dataclass(frozen=True)
class Rule:
    """One rule of a pack, as written in YAML (``params`` holds the type's own keys)."""

    id: str
    pack: str
    type: str
    severity: Severity
    category: str
    message: str
    applicability: Applicability = "safe"
    description: str = ""
    params: Mapping[str, Any] = field(default_factory=dict)
    bad: tuple[Example, ...] = ()
    good: tuple[Example, ...] = ()
    source: str = ""
    line: int = 0

    @property
    def qualified_id(self) -> str:
        return f"{self.pack}/{self.id}"


class Check:
    """Turns one rule into findings for a document.

    ``needs`` names the ``Analysis`` views the check reads (documentation and a hint to the engine).
    A type whose rules should share one pass (e.g. one automaton for all substitutions) sets
    ``combine`` and builds a single check for all its rules through ``from_rules``.
    """

    type_name: ClassVar[str] = ""
    needs: ClassVar[tuple[str, ...]] = ()
    combine: ClassVar[bool] = False
    #: JSON-schema ``properties`` of the type's own YAML keys; the pack schema is built from these.
    params_schema: ClassVar[dict[str, Any]] = {}
    required_params: ClassVar[tuple[str, ...]] = ()

    def __init__(self, rule: Rule, settings: Any = None) -> None:
        self.rule = rule
        self.settings = settings

    @classmethod
    def from_rules(cls, rules: list[Rule], settings: Any = None) -> list[Check]:
        return [cls(rule, settings) for rule in rules]

    @classmethod
    def validate(cls, rule: Rule) -> str | None:
        """An error message when the rule's parameters cannot work (e.g. a bad regex), else None."""
        return None

    def check(self, document: Document, analysis: Analysis) -> Iterable[RawFinding]:
        raise NotImplementedError

    def rules(self) -> list[Rule]:
        """The rules this check reports for (several for a combined check)."""
        return [self.rule]

    #: True for checks that also compare documents with each other (names across a site). The engine
    #: then calls ``collect`` per document (in whichever process checked it; the result must pickle)
    #: and ``finish`` once with every document's summary, in the main process.
    corpus: ClassVar[bool] = False

    def collect(self, document: Document, analysis: Analysis) -> Any:
        return None

    def finish(self, summaries: dict[str, Any]) -> list[Finding]:
        """Findings that only the whole corpus reveals, keyed to their files by ``Finding.path``."""
        return []


def case_like(template: str, replacement: str) -> str:
    """Give ``replacement`` the capitalisation pattern of the matched ``template`` text."""
    letters = [c for c in template if c.isalpha()]
    if len(letters) > 1 and all(c.isupper() for c in letters):
        return replacement.upper()
    if letters and letters[0].isupper() and replacement[:1].islower():
        return replacement[0].upper() + replacement[1:]
    return replacement


def format_message(template: str, **values: str) -> str:
    """Fill ``{match}``-style placeholders, leaving unknown braces alone."""
    out = template
    for key, value in values.items():
        out = out.replace("{" + key + "}", value)
    return out
