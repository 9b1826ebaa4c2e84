"""Which rules run, and at what severity: select/ignore by pack, rule id or ``pack/rule``."""

from __future__ import annotations

from dataclasses import replace

from ..checks.base import Rule
from ..errors import ConfigError
from .settings import Settings


def matches(selector: str, rule_id: str, pack: str) -> bool:
    """``selector`` names a pack, a rule (bare or qualified), or a prefix ending in ``/`` or ``*``."""
    qualified = f"{pack}/{rule_id}"
    if selector in (qualified, rule_id, pack, "ALL", "all"):
        return True
    if selector.endswith("*"):
        return qualified.startswith(selector[:-1]) or rule_id.startswith(selector[:-1])
    return False


def select_rules(rules: list[Rule], settings: Settings, strict: bool = True) -> list[Rule]:
    """Rules enabled by ``settings``, with per-rule severities applied.

    With ``strict``, a selector that matches no loaded rule is a configuration error (a typo would
    otherwise silently disable nothing).
    """
    if strict:
        for selector in (*settings.select, *settings.ignore, *settings.severity):
            if selector.startswith("lt:") or any(matches(selector, r.id, r.pack) for r in rules):
                continue
            raise ConfigError(f"unknown rule or pack '{selector}'", settings.config_path)
    out = []
    for rule in rules:
        if settings.select and not any(matches(s, rule.id, rule.pack) for s in settings.select):
            continue
        if any(matches(s, rule.id, rule.pack) for s in settings.ignore):
            continue
        severity = next((v for k, v in settings.severity.items() if matches(k, rule.id, rule.pack)), None)
        out.append(replace(rule, severity=severity) if severity else rule)
    return out
