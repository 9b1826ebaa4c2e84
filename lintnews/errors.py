"""User-facing errors: each renders as one line naming the file (and line) and the problem."""

from __future__ import annotations


class LintnewsError(Exception):
    """An error caused by input or configuration, reported without a traceback (exit code 2)."""

    def __init__(self, message: str, path: str | None = None, line: int | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.path = path
        self.line = line

    def __str__(self) -> str:
        where = self.path or ""
        if where and self.line:
            where = f"{where}:{self.line}"
        return f"{where}: {self.message}" if where else self.message


class InputError(LintnewsError):
    """A file that cannot be read or decoded."""


class ConfigError(LintnewsError):
    """A configuration file or option that is invalid."""


class PackError(LintnewsError):
    """A rule pack that fails to load or validate."""
