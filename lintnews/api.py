"""The library API behind the command line: lint text, files and folders."""

from __future__ import annotations

import sys
from collections.abc import Iterable
from typing import Any

from .config import Settings, settings_from_dict
from .document import format_for, read_bytes
from .engine.results import FileResult, RunResult
from .engine.files import expand_paths
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


def lint_paths(paths: Iterable[str], config: Settings | dict[str, Any] | None = None) -> RunResult:
    """Check files and folders; unreadable files are reported in ``RunResult.errors``, not raised."""
    return run_paths(list(paths), _settings(config))


def run_paths(paths: list[str], settings: Settings, stdin_filename: str | None = None) -> RunResult:
    linter = Linter(settings)
    result = RunResult()
    for path in paths:
        if path == "-":
            result.files.append(_lint_stdin(linter, stdin_filename))
        else:
            for file in expand_paths([path], settings.include, settings.exclude):
                result.files.append(linter.lint_file(file))
    return linter.finish(result)


def _lint_stdin(linter: Linter, stdin_filename: str | None) -> FileResult:
    name = stdin_filename or "<stdin>"
    data = sys.stdin.buffer.read()
    try:
        document = read_bytes(data, name, format_for(name))
    except LintnewsError as exc:
        return FileResult(path=name, error=str(exc))
    return linter.lint_loaded(document)
