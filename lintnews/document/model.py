"""The Document every check sees: the source as read, the prose-only text, and the map between them."""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any


@dataclass(frozen=True)
class Encoding:
    """How the file was stored, so ``--fix`` writes it back byte-for-byte alike."""

    name: str = "utf-8"
    bom: bytes = b""
    newline: str = "\n"


class OffsetMap:
    """Maps offsets in the extracted text back to the source when the two differ in length (HTML).

    The text is a sequence of segments; a verbatim segment copies the source, any other (an entity,
    a separator for a tag) stands for a whole source span.
    """

    def __init__(self) -> None:
        self.text_starts: list[int] = []
        self.src_starts: list[int] = []
        self.src_ends: list[int] = []
        self.verbatim: list[bool] = []
        self.length = 0

    def add(self, text_len: int, src_start: int, src_end: int, verbatim: bool) -> None:
        if text_len <= 0:
            return
        self.text_starts.append(self.length)
        self.src_starts.append(src_start)
        self.src_ends.append(src_end)
        self.verbatim.append(verbatim)
        self.length += text_len

    def _segment(self, offset: int) -> int:
        return max(0, bisect.bisect_right(self.text_starts, offset) - 1)

    def to_source(self, offset: int) -> int:
        """Source offset of the character at text ``offset`` (a start position)."""
        if not self.text_starts:
            return 0
        if offset >= self.length:
            return self.src_ends[-1]
        k = self._segment(offset)
        if self.verbatim[k]:
            return self.src_starts[k] + offset - self.text_starts[k]
        return self.src_starts[k]

    def to_source_end(self, offset: int) -> int:
        """Source offset just after the text character before ``offset`` (an end position)."""
        if offset <= 0 or not self.text_starts:
            return self.to_source(0)
        k = self._segment(offset - 1)
        if self.verbatim[k]:
            return self.src_starts[k] + offset - self.text_starts[k]
        return self.src_ends[k]

    def is_verbatim(self, start: int, end: int) -> bool:
        """True when ``text[start:end]`` is a plain copy of one stretch of the source."""
        if start >= end:
            return True
        k, j = self._segment(start), self._segment(end - 1)
        return all(self.verbatim[i] for i in range(k, j + 1)) and all(
            self.src_ends[i] == self.src_starts[i + 1] for i in range(k, j)
        )


@dataclass
class Document:
    """One article. Checks read ``text`` only; offsets into it map to ``source`` via ``to_source``.

    For plain text and Markdown, ``text`` has the length of ``source`` (markup is masked with spaces),
    so the map is the identity; HTML carries an explicit ``OffsetMap``.
    """

    path: str
    format: str
    source: str
    text: str
    meta: dict[str, Any] = field(default_factory=dict)
    encoding: Encoding = field(default_factory=Encoding)
    offsets: OffsetMap | None = None
    #: Source spans of the HTML comments that are markup (not text inside code), where suppression
    #: comments may live; ``None`` when the reader does not track them.
    comments: tuple[tuple[int, int], ...] | None = None

    def to_source(self, offset: int) -> int:
        return offset if self.offsets is None else self.offsets.to_source(offset)

    def to_source_end(self, offset: int) -> int:
        return offset if self.offsets is None else self.offsets.to_source_end(offset)

    def is_verbatim(self, start: int, end: int) -> bool:
        """Whether a text span can be edited in the source as is (it crosses no markup)."""
        if self.offsets is not None:
            return self.offsets.is_verbatim(start, end)
        return self.text[start:end] == self.source[start:end]

    @cached_property
    def line_starts(self) -> list[int]:
        starts = [0]
        src = self.source
        i = src.find("\n")
        while i >= 0:
            starts.append(i + 1)
            i = src.find("\n", i + 1)
        return starts

    def position(self, source_offset: int) -> tuple[int, int]:
        """1-based (line, column) of a source offset."""
        line = bisect.bisect_right(self.line_starts, source_offset) - 1
        return line + 1, source_offset - self.line_starts[line] + 1
