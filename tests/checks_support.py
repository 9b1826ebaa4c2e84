"""Helpers for the rule-type tests: write a one-rule pack to a temporary folder and lint text with it
alone, through the public API (so loading, validation, the check and the engine all take part)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

import lintnews
from lintnews.model import Finding

GOOD = "An ordinary sentence of English news."


def write_pack(folder: Path, rule: dict[str, Any], pack: str = "t") -> Path:
    """A pack holding ``rule`` (common keys filled in unless given) in ``folder``."""
    body = {"id": "r", "severity": "warning", "category": "Fluency/Punctuation", "message": "{match}",
            "examples": {"bad": [{"text": "x"}], "good": [GOOD]}, **rule}
    folder.mkdir(parents=True, exist_ok=True)
    (folder / f"{pack}.yaml").write_text(yaml.safe_dump({"pack": pack, "rules": [body]}, allow_unicode=True),
                                         encoding="utf-8")
    return folder


def lint_with(folder: Path, text: str, fmt: str = "text") -> list[Finding]:
    return lintnews.lint_text(text, format=fmt, config={"builtin_packs": False, "extra_packs": [str(folder)]})


def flagged(findings: list[Finding], text: str) -> list[str]:
    return [text[f.start:f.end] for f in findings]
