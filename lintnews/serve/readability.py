"""A readability summary for when the JSON report has none (the readability checks are switched off),
computed by the same formulas as the ``readability`` rule type, so the page always shows one."""

from __future__ import annotations

from typing import Any

from ..analysis import Analysis
from ..checks.readability_scores import Counts, article_scores
from ..document.model import Document


def summary(document: Document) -> dict[str, Any]:
    """The article's scores plus the longest sentence, in words."""
    analysis = Analysis(document)
    text = document.text
    counts = [Counts.of(text[s.start:s.end], 1) for s in analysis.sentences]
    scores = article_scores(Counts.total(counts)) if counts else {"words": 0, "sentences": 0}
    scores["longest_sentence_words"] = max((c.words for c in counts), default=0)
    return scores
