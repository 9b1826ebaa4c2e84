"""Helpers for readers that keep ``text`` the length of ``source`` by blanking out non-prose."""

from __future__ import annotations

import re

URL_RE = re.compile(r"\b(?:https?://|ftp://|www\.)[^\s<>\"'()\[\]]*[^\s<>\"'()\[\].,;:!?]", re.IGNORECASE)
EMAIL_RE = re.compile(r"\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b")


def blank(chars: list[str], start: int, end: int) -> None:
    """Replace ``chars[start:end]`` by spaces, keeping line breaks so lines and paragraphs survive."""
    for i in range(start, end):
        if chars[i] not in "\r\n":
            chars[i] = " "


def blank_matches(chars: list[str], text: str, pattern: re.Pattern[str], group: int = 0) -> None:
    for m in pattern.finditer(text):
        blank(chars, m.start(group), m.end(group))


def mask_urls(chars: list[str], text: str) -> None:
    blank_matches(chars, text, URL_RE)
    blank_matches(chars, text, EMAIL_RE)
