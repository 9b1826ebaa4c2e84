"""Decode file bytes strictly: UTF-8 (with or without BOM) and UTF-16/32 with BOM; nothing is guessed."""

from __future__ import annotations

import codecs

from ..errors import InputError
from .model import Encoding

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)


def detect_newline(text: str) -> str:
    """The file's newline style, judged by its first line break."""
    i = text.find("\n")
    if i > 0 and text[i - 1] == "\r":
        return "\r\n"
    if i < 0 and "\r" in text:
        return "\r"
    return "\n"


def decode(data: bytes, path: str) -> tuple[str, Encoding]:
    """Return the text and how it was stored; raise ``InputError`` for binary or undecodable data."""
    for bom, name in _BOMS:
        if data.startswith(bom):
            try:
                text = data[len(bom):].decode(name)
            except UnicodeDecodeError as exc:
                raise InputError(f"invalid {name.upper()} at byte {exc.start + len(bom)}", path) from None
            if "\x00" in text:
                raise InputError("binary file (contains NUL characters)", path)
            return text, Encoding(name=name, bom=bom, newline=detect_newline(text))
    if b"\x00" in data:
        raise InputError("binary file (contains NUL bytes); not checked", path)
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        bad = data[exc.start]
        raise InputError(
            f"not valid UTF-8 (byte 0x{bad:02X} at offset {exc.start}); re-save the file as UTF-8", path
        ) from None
    return text, Encoding(name="utf-8", bom=b"", newline=detect_newline(text))


def encode(text: str, encoding: Encoding) -> bytes:
    """Bytes for writing ``text`` back the way the file was stored."""
    return encoding.bom + text.encode(encoding.name)
