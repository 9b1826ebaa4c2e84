"""Expand command-line paths into the files to check."""

from __future__ import annotations

import fnmatch
import os
import stat
from collections.abc import Iterable, Iterator

SKIPPED_DIRS = {"node_modules", ".git", "__pycache__", ".venv", "venv"}


def _matches(name: str, relpath: str, globs: Iterable[str]) -> bool:
    return any(fnmatch.fnmatch(name, g) or fnmatch.fnmatch(relpath, g) for g in globs)


def expand_paths(paths: Iterable[str], include: Iterable[str], exclude: Iterable[str]) -> Iterator[str]:
    """Files named directly are always yielded (unless excluded); folders are walked for ``include``
    globs, skipping hidden folders, ``node_modules`` and ``.git``. Order is sorted and stable."""
    include, exclude = tuple(include), tuple(exclude)
    for path in paths:
        if path == "-" or not os.path.isdir(path):
            if path == "-" or not _matches(os.path.basename(path), path, exclude):
                yield path
            continue
        for root, dirs, files in os.walk(path, onerror=None):
            dirs[:] = sorted(d for d in dirs if not d.startswith(".") and d not in SKIPPED_DIRS
                             and not _matches(d, os.path.relpath(os.path.join(root, d), path), exclude))
            for name in sorted(files):
                full = os.path.join(root, name)
                rel = os.path.relpath(full, path)
                if name.startswith(".") or not _matches(name, rel, include) or _matches(name, rel, exclude):
                    continue
                if _special(full):
                    continue  # a pipe, socket or device found in a folder is no article (a pipe would block)
                yield full


def _special(path: str) -> bool:
    """True for an existing non-regular file; a path that cannot be stat'ed is yielded, so its reader
    reports why it cannot be read."""
    try:
        return not stat.S_ISREG(os.stat(path).st_mode)
    except OSError:
        return False
