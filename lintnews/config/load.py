"""Find and read ``lintnews.toml`` or ``[tool.lintnews]`` in ``pyproject.toml``: the closest one walking
up from the first path; no merging of several files."""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Any

from ..errors import ConfigError
from ..model import SEVERITIES
from .settings import SECTIONS, TOP_LEVEL_KEYS, Settings

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - Python 3.10
    import tomli as tomllib


def discover(start: str | os.PathLike[str] | None) -> Path | None:
    """The config file that governs ``start`` (a file or folder), if any."""
    here = Path(start or ".").resolve()
    if here.is_file() or not here.exists():
        here = here.parent
    for folder in (here, *here.parents):
        candidate = folder / "lintnews.toml"
        if candidate.is_file():
            return candidate
        pyproject = folder / "pyproject.toml"
        if pyproject.is_file() and "lintnews" in _read_toml(pyproject).get("tool", {}):
            return pyproject
    return None


def _read_toml(path: Path) -> dict[str, Any]:
    try:
        with open(path, "rb") as f:
            return tomllib.load(f)
    except OSError as exc:
        raise ConfigError(exc.strerror or str(exc), str(path)) from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"invalid TOML: {exc}", str(path)) from None


def load_settings(path: str | os.PathLike[str] | None) -> Settings:
    """Settings from one config file (``None``: defaults)."""
    if path is None:
        return Settings()
    p = Path(path)
    data = _read_toml(p)
    if p.name == "pyproject.toml":
        data = data.get("tool", {}).get("lintnews", {})
    return settings_from_dict(data, str(p))


def _strings(value: Any, key: str, where: str) -> tuple[str, ...]:
    if isinstance(value, str):
        return (value,)
    if isinstance(value, list) and all(isinstance(v, str) for v in value):
        return tuple(value)
    raise ConfigError(f"'{key}' must be a list of strings", where)


def settings_from_dict(data: dict[str, Any], where: str = "<config>") -> Settings:
    """Validate a config mapping; an unknown key is an error naming the key."""
    for key in data:
        if key not in TOP_LEVEL_KEYS and key not in SECTIONS:
            known = ", ".join(sorted([*TOP_LEVEL_KEYS, *SECTIONS]))
            raise ConfigError(f"unknown configuration key '{key}' (known: {known})", where)
    sections: dict[str, dict[str, Any]] = {}
    for name, allowed in SECTIONS.items():
        section = data.get(name, {})
        if not isinstance(section, dict):
            raise ConfigError(f"'{name}' must be a table", where)
        for key in section:
            if key not in allowed:
                raise ConfigError(f"unknown configuration key '{name}.{key}' (known: {', '.join(allowed)})", where)
        sections[name] = dict(section)
    severity = data.get("severity", {})
    if not isinstance(severity, dict):
        raise ConfigError("'severity' must be a table of rule id = severity", where)
    for rule, level in severity.items():
        if level not in SEVERITIES:
            raise ConfigError(f"severity of '{rule}' must be one of {', '.join(SEVERITIES)}, not {level!r}", where)
    fail_on = data.get("fail_on", "error")
    if fail_on not in (*SEVERITIES, "never"):
        raise ConfigError(f"'fail_on' must be error, warning, info or never, not {fail_on!r}", where)
    base = Path(where).parent if where != "<config>" else Path(".")
    extra = tuple(str(base / p) for p in _strings(data.get("extra_packs", []), "extra_packs", where))
    builtin = data.get("builtin_packs", True)
    if not isinstance(builtin, bool):
        raise ConfigError("'builtin_packs' must be true or false", where)
    settings = Settings(
        select=_strings(data.get("select", []), "select", where),
        ignore=_strings(data.get("ignore", []), "ignore", where),
        severity=dict(severity),
        extra_packs=extra,
        builtin_packs=builtin,
        fail_on=fail_on,
        sections=sections,
        config_path=None if where == "<config>" else where,
    )
    if "include" in data:
        settings = settings.with_overrides(include=_strings(data["include"], "include", where))
    if "exclude" in data:
        settings = settings.with_overrides(exclude=_strings(data["exclude"], "exclude", where))
    return settings
