"""The ``[dates]`` configuration: year policy, house format and a fixed reference date, validated once."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from ..errors import ConfigError
from .model import Reference
from .reference import from_setting
from .resolve import STYLES, YEAR_POLICIES


@dataclass(frozen=True)
class Policy:
    """``year``: when a date must carry its year; ``format``: house format for fixes (``None`` keeps the
    article's own way of writing a date and only adds what is missing)."""

    year: str = "always"
    format: str | None = None
    reference: Reference | None = None

    @property
    def style(self) -> str:
        return self.format or "ap"


def policy_from(settings: Any) -> Policy:
    """The policy in ``settings`` (a ``Settings`` or None); a bad value is a ConfigError naming the key."""
    section = settings.section("dates") if settings is not None else {}
    where = getattr(settings, "config_path", None)
    year = section.get("year", "always")
    if year not in YEAR_POLICIES:
        raise ConfigError(f"'dates.year' must be one of {', '.join(YEAR_POLICIES)}, not {year!r}", where)
    fmt = section.get("format")
    if fmt is not None and fmt not in STYLES:
        raise ConfigError(f"'dates.format' must be one of {', '.join(STYLES)}, not {fmt!r}", where)
    try:
        reference = from_setting(section.get("reference_date"))
    except ValueError as exc:
        raise ConfigError(f"'dates.reference_date': {exc}", where) from None
    return Policy(year=year, format=fmt, reference=reference)
