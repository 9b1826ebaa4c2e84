"""``Analysis.dates``: every date, relative date and time of a document, and its reference date,
each found once per document and only when a check asks."""

from __future__ import annotations

import bisect
from collections.abc import Callable
from dataclasses import replace
from functools import cached_property
from typing import Any

from .grammar import find_dates, share_range_years
from .model import DateMention, Reference, RelativeMention, TimeMention
from .policy import Policy, policy_from
from .reference import detect, find_dateline, header_line
from .relative import find_relative
from .times import find_times


class DateView:
    """Date mentions of one document; ``sentences`` gives the shared analysis' sentence spans on demand."""

    def __init__(
        self, text: str, meta: dict[str, Any], settings: Any, sentences: Callable[[], list[Any]]
    ) -> None:
        self.text = text
        self.meta = meta
        self.policy: Policy = policy_from(settings)
        self._get_sentences = sentences  # called only when a rule needs sentence bounds

    @cached_property
    def _sentences(self) -> list[Any]:
        return self._get_sentences()

    @cached_property
    def dateline_span(self) -> tuple[int, int] | None:
        m, _ = find_dateline(self.text)
        return (m.start(), m.end()) if m else None

    @cached_property
    def reference(self) -> Reference | None:
        if self.policy.reference is not None:
            return self.policy.reference
        return detect(self.text, self.meta, None)

    @cached_property
    def dates(self) -> list[DateMention]:
        found = share_range_years(self.text, find_dates(self.text))
        header = header_line(self.text)
        for span in (self.dateline_span, header[:2] if header else None):
            if span:
                found = [replace(d, dateline=True) if span[0] <= d.start < span[1] else d for d in found]
        return found

    @cached_property
    def relative(self) -> list[RelativeMention]:
        return find_relative(self.text, self.dates)

    @cached_property
    def times(self) -> list[TimeMention]:
        return find_times(self.text)

    @cached_property
    def _sentence_starts(self) -> list[int]:
        return [s.start for s in self._sentences]

    def sentence_index(self, offset: int) -> int:
        """Index of the sentence holding ``offset`` (the nearest one before it, between sentences)."""
        return max(0, bisect.bisect_right(self._sentence_starts, offset) - 1)

    def sentence(self, index: int) -> tuple[int, int]:
        if not self._sentences:
            return 0, len(self.text)
        s = self._sentences[max(0, min(index, len(self._sentences) - 1))]
        return s.start, s.end

    def reference_meta(self) -> dict[str, str | None]:
        """What the JSON output states about the reference date used."""
        ref = self.reference
        if ref is None:
            return {
                "reference_date": None,
                "reference_source": "none found (no metadata, dateline or setting)",
            }
        return {"reference_date": ref.iso(), "reference_source": ref.source}
