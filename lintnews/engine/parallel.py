"""``--jobs N``: check (or fix) files in worker processes, with output identical to a serial run.

Workers return picklable per-file results (``FileResult`` with corpus ``summaries``); the main process
keeps the input order and runs ``Linter.finish``, so corpus checks see every file exactly as serially.
On POSIX the pool forks, so workers inherit the loaded packs instead of parsing them again.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from functools import partial
from typing import Any, TypeVar

from ..config.settings import Settings
from .files import expand_paths
from .results import FileResult
from .runner import Linter

T = TypeVar("T")
R = TypeVar("R")
Progress = Callable[[int], None]

#: Below this many files a pool costs more than it saves, so ``jobs=None`` stays serial.
AUTO_PARALLEL_MIN_FILES = 16

_WORKER_LINTER: Linter | None = None


def cpu_count() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except (AttributeError, OSError):
        return os.cpu_count() or 1


def effective_jobs(jobs: int | None, n_items: int) -> int:
    """``jobs`` as given (0 or None: automatic), never more than the items to do."""
    if not jobs:
        jobs = cpu_count() if n_items >= AUTO_PARALLEL_MIN_FILES else 1
    return max(1, min(jobs, n_items))


def _init_worker(settings: Settings) -> None:
    global _WORKER_LINTER
    if _WORKER_LINTER is None or _WORKER_LINTER.settings != settings:
        _WORKER_LINTER = Linter(settings)


def _call(func: Callable[[Linter, T], R], item: T) -> R:
    assert _WORKER_LINTER is not None
    return func(_WORKER_LINTER, item)


def _context() -> Any:
    import multiprocessing  # only a parallel run pays for the import

    methods = multiprocessing.get_all_start_methods()
    return multiprocessing.get_context("fork" if "fork" in methods else None)


def map_files(linter: Linter, func: Callable[[Linter, T], R], items: Sequence[T], jobs: int | None = 1,
              progress: Progress | None = None) -> list[R]:
    """``[func(linter, item) for item in items]``, in order, spread over ``jobs`` processes.

    ``func`` must be a module-level function (it is sent to the workers by name)."""
    n = effective_jobs(jobs, len(items))
    if n <= 1:
        out = []
        for item in items:
            out.append(func(linter, item))
            if progress:
                progress(1)
        return out
    global _WORKER_LINTER
    _WORKER_LINTER = linter  # inherited by forked workers; spawned ones build their own
    chunk = max(1, min(16, len(items) // (n * 8)))
    results: list[R] = []
    from concurrent.futures import ProcessPoolExecutor

    with ProcessPoolExecutor(n, mp_context=_context(), initializer=_init_worker,
                             initargs=(linter.settings,)) as pool:
        for result in pool.map(partial(_call, func), items, chunksize=chunk):
            results.append(result)
            if progress:
                progress(1)
    return results


def group_paths(paths: Sequence[str], settings: Settings) -> list[tuple[str, list[str]]]:
    """Each command-line path with the files it expands to (``-`` expands to none: it is read apart)."""
    include, exclude = settings.include, settings.exclude
    return [(p, [] if p == "-" else list(expand_paths([p], include, exclude))) for p in paths]


def lint_one(linter: Linter, path: str) -> FileResult:
    """The per-file work of ``check``: read, check, keep the corpus summaries for ``finish``."""
    return linter.lint_file(path)
