"""A small on-disk cache for data derived from installed packages (gazetteer romanizations,
Pinyin tables, hyphenation patterns): built once, kept in the user's cache folder, keyed by what it was built from."""

from __future__ import annotations

import hashlib
import os
import pickle
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TypeVar

T = TypeVar("T")
_FORMAT = 1


def cache_dir() -> Path:
    return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "lintnews"


def cached(name: str, key_parts: Iterable[bytes], build: Callable[[], T], kind: type) -> T:
    """``build()``'s result, read from the cache when one was stored for the same ``key_parts``.
    A damaged, foreign or unwritable cache only means building again."""
    digest = hashlib.sha256(str(_FORMAT).encode())
    for part in key_parts:
        digest.update(len(part).to_bytes(8, "little") + part)
    path = cache_dir() / f"{name}-{digest.hexdigest()[:16]}.pickle"
    try:
        with open(path, "rb") as fh:
            value = pickle.load(fh)
        if isinstance(value, kind):
            return value
    except (OSError, pickle.PickleError, EOFError, AttributeError, ImportError, ValueError):
        pass
    value = build()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(f".{os.getpid()}.tmp")
        with open(tmp, "wb") as fh:
            pickle.dump(value, fh, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, path)
    except OSError:
        pass
    return value
