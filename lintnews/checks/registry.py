"""The map from a rule's ``type`` to the class that checks it. A new rule type is one module plus one
line here; classes are imported on first use so start-up stays small."""

from __future__ import annotations

import importlib

from .base import Check

RULE_TYPES: dict[str, str] = {
    "substitution": "lintnews.checks.substitution:SubstitutionCheck",
    "pattern": "lintnews.checks.pattern:PatternCheck",
    "script": "lintnews.checks.script:ScriptCheck",
    "boilerplate": "lintnews.checks.boilerplate:BoilerplateCheck",
    "balance": "lintnews.checks.balance:BalanceCheck",
    "quote-style": "lintnews.checks.quotes:QuoteStyleCheck",
    "dates": "lintnews.checks.dates:DateCheck",
    "names": "lintnews.checks.names:NamesCheck",
    "languagetool": "lintnews.checks.grammar:LanguageToolCheck",
    "readability": "lintnews.checks.readability:ReadabilityCheck",
}


def check_class(type_name: str) -> type[Check]:
    module, _, name = RULE_TYPES[type_name].partition(":")
    return getattr(importlib.import_module(module), name)
