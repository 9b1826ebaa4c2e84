"""The library API behind the command line: lint text, files and folders."""

from __future__ import annotations

import sys
from collections.abc import Iterable
from typing import Any

from .config import Settings, settings_from_dict
from .document import format_for, read_bytes
from .engine.results import FileResult, RunResult
from .engine.runner import Linter
from .errors import LintnewsError
from .model import Finding


def _settings(config: Settings | dict[str, Any] | None) -> Settings:
    if config is None:
        return Settings()
    if isinstance(config, Settings):
        return config
    return settings_from_dict(config)


def lint_text(text: str, *, format: str = "text", config: Settings | dict[str, Any] | None = None,
              path: str = "<text>") -> list[Finding]:
    """Findings for one article given as a string (``format``: text, markdown or html)."""
    return Linter(_settings(config)).lint_text(text, path, format)


def fix_text(text: str, *, format: str = "text", config: Settings | dict[str, Any] | None = None,
             unsafe: bool = False) -> str:
    """The article with its safe (and, with ``unsafe``, unsafe) fixes applied until nothing changes."""
    from .fix.loop import fix_text as fix

    return fix(text, Linter(_settings(config)), format=format,
               allowed=("safe", "unsafe") if unsafe else ("safe",))


def lint_paths(paths: Iterable[str], config: Settings | dict[str, Any] | None = None) -> RunResult:
    """Check files and folders; unreadable files are reported in ``RunResult.errors``, not raised."""
    return run_paths(list(paths), _settings(config))


def run_paths(paths: list[str], settings: Settings, stdin_filename: str | None = None,
              jobs: int | None = 1, progress: Any = None) -> RunResult:
    """``jobs`` > 1 checks files in worker processes (0/None: automatic); the result is the same.
    ``progress(total)``, when given, returns a callback told how many more files are done."""
    from .engine.parallel import group_paths, lint_one, map_files

    linter = Linter(settings)
    result = RunResult()
    groups = group_paths(paths, settings)
    files = [f for _, group in groups for f in group]
    checked = iter(map_files(linter, lint_one, files, jobs, progress(len(files)) if progress else None))
    for path, group in groups:
        if path == "-":
            result.files.append(_lint_stdin(linter, stdin_filename))
        result.files.extend(next(checked) for _ in group)
    return linter.finish(result)


def _lint_stdin(linter: Linter, stdin_filename: str | None) -> FileResult:
    name = stdin_filename or "<stdin>"
    data = sys.stdin.buffer.read()
    try:
        document = read_bytes(data, name, format_for(name))
    except LintnewsError as exc:
        return FileResult(path=name, error=str(exc))
    return linter.lint_loaded(document)
