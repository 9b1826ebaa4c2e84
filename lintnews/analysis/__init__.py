"""Views of a document that several checks share, each computed once and only when a check asks."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Any

from ..document.model import Document
from .segments import Span, lines, paragraphs, sentences

if TYPE_CHECKING:
    from ..dates.view import DateView
    from ..names.article import Occurrence
    from .names import Mention

__all__ = ["Analysis", "Span"]


class Analysis:
    """Lazily computed, per-document views. Add a view as a ``cached_property``; checks read it by name."""

    def __init__(self, document: Document, settings: Any = None) -> None:
        self.document = document
        self.settings = settings

    @cached_property
    def paragraphs(self) -> list[Span]:
        return paragraphs(self.document.text)

    @cached_property
    def lines(self) -> list[Span]:
        return lines(self.document.text)

    @cached_property
    def sentences(self) -> list[Span]:
        return sentences(self.document.text, self.paragraphs)

    @cached_property
    def names(self) -> list[Mention]:
        """Name mentions (people, places, organisations, weapon systems); see ``analysis.names``."""
        from .names import name_mentions

        return name_mentions(self.document.text, self.paragraphs, self.sentences)

    @cached_property
    def name_occurrences(self) -> list[Occurrence]:
        """Spellings of names with their places, shared by the names check and its corpus summary."""
        from ..names.article import occurrences

        return occurrences(self.document.text, self.names)

    @cached_property
    def dates(self) -> DateView:
        """Dates, relative dates, times and the reference date; see ``lintnews.dates``."""
        from ..dates.view import DateView

        return DateView(self.document.text, self.document.meta, self.settings, lambda: self.sentences)

    @cached_property
    def words(self) -> int:
        return len(self.document.text.split())
