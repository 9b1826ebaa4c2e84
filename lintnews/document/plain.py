"""Plain text: every character is prose."""

from __future__ import annotations

from .model import Document, Encoding


def read_plain(source: str, path: str, encoding: Encoding) -> Document:
    return Document(path=path, format="text", source=source, text=source, encoding=encoding)
