"""YAML (``---``) and TOML (``+++``) front matter: read into metadata, never linted."""

from __future__ import annotations

import re
import sys
from typing import Any

from ..errors import InputError

_FRONT = re.compile(r"\A(?:\ufeff)?(---|\+\+\+)[ \t]*\r?\n(.*?)(?:\r?\n)?^\1[ \t]*(?:\r?\n|\Z)", re.S | re.M)


def split_front_matter(source: str, path: str) -> tuple[int, dict[str, Any]]:
    """Return the length of the front matter block (0 if none) and its parsed content."""
    m = _FRONT.match(source)
    if not m:
        return 0, {}
    body = m.group(2)
    try:
        if m.group(1) == "---":
            import yaml

            data = yaml.safe_load(body) or {}
        else:
            if sys.version_info >= (3, 11):
                import tomllib
            else:  # pragma: no cover - exercised on Python 3.10 only
                import tomli as tomllib
            data = tomllib.loads(body)
    except Exception as exc:  # noqa: BLE001 - any parser error is the user's input problem
        first = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        raise InputError(f"invalid front matter: {first}", path) from None
    if not isinstance(data, dict):
        raise InputError("front matter is not a mapping", path)
    return m.end(), {str(k): v for k, v in data.items()}
