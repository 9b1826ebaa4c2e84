"""The prose LanguageTool should see for one paragraph, and the way back to ``Document.text`` offsets.

Markdown masks markup with spaces so offsets stay put; sent as is, those spaces would make LanguageTool
flag doubled spaces and spaces before commas that the author never wrote. Masked characters are dropped
and the whitespace around them collapsed, keeping a map from every sent character to its text offset.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..document.model import Document


@dataclass(frozen=True)
class Prose:
    """``text`` as sent; ``offsets[i]`` is the ``Document.text`` offset of ``text[i]``."""

    text: str
    offsets: tuple[int, ...]

    def to_document(self, start: int, end: int) -> tuple[int, int]:
        """Document text span of the sent span ``[start, end)`` (code points)."""
        if not self.offsets:
            return 0, 0
        start = min(max(start, 0), len(self.offsets) - 1)
        end = min(max(end, start + 1), len(self.offsets))
        return self.offsets[start], self.offsets[end - 1] + 1


def _masked(document: Document, i: int) -> bool:
    """True when ``text[i]`` blanks out markup (Markdown and plain text keep ``text`` aligned with source)."""
    return document.offsets is None and document.text[i] != document.source[i]


def paragraph_prose(document: Document, start: int, end: int) -> Prose:
    """The prose of ``document.text[start:end]`` with masked markup removed."""
    text = document.text
    if document.offsets is None and text[start:end] == document.source[start:end]:
        return Prose(text[start:end], tuple(range(start, end)))  # nothing masked: plain text, most prose
    chars: list[str] = []
    offsets: list[int] = []
    i = start
    while i < end:
        if not (text[i].isspace() or _masked(document, i)):
            chars.append(text[i])
            offsets.append(i)
            i += 1
            continue
        j = i
        masked = False
        while j < end and (text[j].isspace() or _masked(document, j)):
            masked = masked or _masked(document, j)
            j += 1
        if not masked:
            chars.extend(text[i:j])
            offsets.extend(range(i, j))
        elif chars and j < end:
            real = [k for k in range(i, j) if not _masked(document, k)]
            if real:
                keep = next((k for k in real if text[k] == "\n"), real[0])
                chars.append(text[keep])
                offsets.append(keep)
        i = j
    return Prose("".join(chars), tuple(offsets))


def utf16_to_index(text: str) -> list[int]:
    """``table[u]`` is the code-point index at UTF-16 offset ``u`` (LanguageTool counts Java chars)."""
    table: list[int] = []
    for index, ch in enumerate(text):
        table.append(index)
        if ord(ch) > 0xFFFF:
            table.append(index)
    table.append(len(text))
    return table


def utf16_length(text: str) -> int:
    return len(text) + sum(1 for ch in text if ord(ch) > 0xFFFF)
