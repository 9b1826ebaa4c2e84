"""A cache of validated rule packs, so start-up does not parse and validate the same YAML on every run.

An entry is keyed by the pack file's bytes and by a stamp of the code that validates them (the lintnews
version and the modification times of ``lintnews/packs`` and ``lintnews/checks``), so an edited pack or
a changed lintnews is never served stale. Entries live in ``$XDG_CACHE_HOME/lintnews/packs`` (or
``$LINTNEWS_PACK_CACHE``; set it empty to turn the cache off). Any failure to read or write the cache
just means the pack is loaded the slow way: the cache can make a run faster, never different.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import sys
import tempfile
from functools import cache
from pathlib import Path
from typing import Any

_PACKAGE = Path(__file__).resolve().parent.parent


def cache_dir() -> Path | None:
    """The folder for cached packs, or None when caching is turned off."""
    configured = os.environ.get("LINTNEWS_PACK_CACHE")
    if configured is not None:
        return Path(configured) if configured.strip() else None
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "lintnews" / "packs"


@cache
def _code_stamp() -> str:
    from .. import __version__

    parts = [__version__, sys.version]
    for folder in ("packs", "checks"):
        with os.scandir(_PACKAGE / folder) as entries:
            parts.extend(f"{e.name}:{e.stat().st_mtime_ns}" for e in sorted(entries, key=lambda e: e.name)
                         if e.name.endswith(".py"))
    return "\n".join(parts)


def _entry(path: Path, data: bytes) -> Path | None:
    folder = cache_dir()
    if folder is None:
        return None
    digest = hashlib.sha256(_code_stamp().encode("utf-8"))
    digest.update(b"\0" + os.fsencode(str(path)) + b"\0" + data)  # the path as given: Rule.source
    return folder / f"{digest.hexdigest()}.pickle"


def load(path: Path, data: bytes) -> Any | None:
    """The rules cached for this pack file's exact bytes, or None."""
    entry = _entry(path, data)
    if entry is None:
        return None
    try:
        with open(entry, "rb") as f:
            return pickle.load(f)  # noqa: S301 - our own files, in the user's own cache folder
    except Exception:  # noqa: BLE001 - a missing, partial or outdated entry is a miss
        return None


def store(path: Path, data: bytes, rules: Any) -> None:
    """Remember the rules loaded from ``data``; written atomically, silently skipped on any error."""
    entry = _entry(path, data)
    if entry is None:
        return
    try:
        entry.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=entry.parent, prefix=".pack-", suffix=".tmp")
        try:
            with os.fdopen(fd, "wb") as f:
                pickle.dump(rules, f, protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(tmp, entry)
        finally:
            if os.path.exists(tmp):
                os.unlink(tmp)
    except Exception:  # noqa: BLE001, S110 - the cache is an optimisation only
        pass
