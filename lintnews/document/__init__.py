"""Readers: bytes or text in, a ``Document`` out, one reader per format."""

from __future__ import annotations

import os
from collections.abc import Callable

from ..errors import InputError
from .encoding import decode
from .html import read_html
from .markdown import read_markdown
from .model import Document, Encoding, OffsetMap
from .plain import read_plain

__all__ = ["Document", "Encoding", "OffsetMap", "FORMATS", "format_for", "read_bytes", "read_file", "read_text"]

Reader = Callable[[str, str, Encoding], Document]

FORMATS: dict[str, Reader] = {"text": read_plain, "markdown": read_markdown, "html": read_html}
SUFFIXES: dict[str, str] = {
    ".txt": "text", ".text": "text", ".md": "markdown", ".markdown": "markdown", ".mdown": "markdown",
    ".html": "html", ".htm": "html", ".xhtml": "html",
}


def format_for(path: str, default: str = "text") -> str:
    """The format a file name implies: by suffix, plain text otherwise."""
    return SUFFIXES.get(os.path.splitext(path)[1].lower(), default)


def read_text(source: str, path: str = "<text>", format: str = "text", encoding: Encoding | None = None) -> Document:
    """A Document from already-decoded text."""
    if format not in FORMATS:
        raise InputError(f"unknown format {format!r} (choose from {', '.join(FORMATS)})", path)
    return FORMATS[format](source, path, encoding or Encoding())


def read_bytes(data: bytes, path: str, format: str | None = None) -> Document:
    text, encoding = decode(data, path)
    return read_text(text, path, format or format_for(path), encoding)


def read_file(path: str, format: str | None = None) -> Document:
    """Read and parse one file; every failure is an ``InputError`` naming the file."""
    try:
        with open(path, "rb") as f:
            data = f.read()
    except IsADirectoryError:
        raise InputError("is a directory", path) from None
    except OSError as exc:
        raise InputError(exc.strerror or str(exc), path) from None
    return read_bytes(data, path, format)
