"""One Aho-Corasick pass per document for every literal string a check looks for.

Substitution rules look for their phrases and pattern rules for their ``requires`` strings, both in the
lower-cased text. A pass of pyahocorasick costs about as much as every regular expression of a pack, so
the two share one automaton and one pass instead of running one each."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any


class LiteralScan:
    """The registered strings and, for the last document scanned, where they occur (documents are
    checked one at a time, so remembering the last is enough)."""

    def __init__(self) -> None:
        self.strings: set[str] = set()
        self.automaton: Any = None
        self.last: tuple[str | None, list[tuple[int, str]]] = (None, [])

    def add(self, strings: Iterable[str]) -> None:
        """Register lower-cased strings (before the first scan that needs them)."""
        new = set(strings) - self.strings
        if new:
            self.strings |= new
            self.automaton = None
            self.last = (None, [])

    def hits(self, lowered: str) -> list[tuple[int, str]]:
        """(index of the last character, string) of every occurrence of a registered string."""
        last = self.last  # one tuple, read and replaced whole, so concurrent callers never mix documents
        if last[0] != lowered:
            last = (lowered, list(self._automaton().iter(lowered)) if self.strings else [])
            self.last = last
        return last[1]

    def _automaton(self) -> Any:
        automaton = self.automaton
        if automaton is None:
            import ahocorasick

            automaton = ahocorasick.Automaton()
            for s in self.strings:
                automaton.add_word(s, s)
            automaton.make_automaton()
            self.automaton = automaton
        return automaton


LITERALS = LiteralScan()
