"""Rule examples: ``[[...]]`` marks the exact span a bad example must raise."""

from __future__ import annotations

import re
from typing import Any

from ..checks.base import Example

_MARK = re.compile(r"\[\[(.*?)\]\]", re.S)


def parse_example(raw: Any) -> Example:
    if isinstance(raw, str):
        raw = {"text": raw}
    marked = raw["text"]
    spans: list[tuple[int, int]] = []
    plain: list[str] = []
    pos = 0
    length = 0
    for m in _MARK.finditer(marked):
        plain.append(marked[pos:m.start()])
        length += m.start() - pos
        spans.append((length, length + len(m.group(1))))
        plain.append(m.group(1))
        length += len(m.group(1))
        pos = m.end()
    plain.append(marked[pos:])
    return Example(text="".join(plain), spans=tuple(spans), fix=raw.get("fix"), format=raw.get("format", "text"))
