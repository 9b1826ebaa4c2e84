"""Settings: what a run checks and how, from a config file and command-line flags."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Any

DEFAULT_INCLUDE = ("*.txt", "*.md", "*.markdown", "*.html", "*.htm")
#: Sections that later stages read (names, dates, languagetool, readability, serve): each maps a key to
#: a short description. An unknown section or key in a config file is an error that names it.
SECTIONS: dict[str, dict[str, str]] = {
    "names": {"style": "house style: ap, bgn, native, or a path to a names pack",
              "corpus": "folder of reference articles for the site's established spellings"},
    "dates": {"year": "always | when-not-current | never", "format": "house date format: ap or dmy",
              "reference_date": "fixed reference date (YYYY-MM-DD)"},
    "languagetool": {"url": "server URL", "enabled_rules": "list", "disabled_rules": "list",
                     "enabled_categories": "list", "disabled_categories": "list", "picky": "bool",
                     "language": "en-US, en-GB, ...", "timeout": "seconds", "cache": "bool",
                     "cache_dir": "path", "require": "bool", "max_request_chars": "int",
                     "cache_max_mb": "number"},
    "readability": {"max_sentence_words": "int", "max_sentence_grade": "number",
                    "paragraph_grade_over_median": "number"},
    "serve": {"host": "str", "port": "int", "max_request_bytes": "int", "request_timeout": "seconds"},
}
TOP_LEVEL_KEYS = {
    "select": "packs or rules to enable (default: all)",
    "ignore": "packs or rules to disable",
    "severity": "table of rule id -> error | warning | info",
    "extra_packs": "list of pack files or folders",
    "include": "file globs to check",
    "exclude": "file globs to skip",
    "fail_on": "error | warning | info | never",
    "builtin_packs": "false to load only extra_packs",
}


@dataclass(frozen=True)
class Settings:
    select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    severity: dict[str, str] = field(default_factory=dict)
    extra_packs: tuple[str, ...] = ()
    builtin_packs: bool = True
    include: tuple[str, ...] = DEFAULT_INCLUDE
    exclude: tuple[str, ...] = ()
    fail_on: str = "error"
    sections: dict[str, dict[str, Any]] = field(default_factory=dict)
    config_path: str | None = None

    def section(self, name: str) -> dict[str, Any]:
        return self.sections.get(name, {})

    def with_overrides(self, **changes: Any) -> Settings:
        """A copy with the given fields replaced; ``None`` values are ignored (flag not given)."""
        return replace(self, **{k: v for k, v in changes.items() if v is not None})

    def with_section(self, name: str, **values: Any) -> Settings:
        merged = {**self.sections, name: {**self.section(name), **{k: v for k, v in values.items() if v is not None}}}
        return replace(self, sections=merged)
