"""Dates and times in news text: find them, find the article's own date, resolve and format them."""

from __future__ import annotations

from .model import DateMention, Reference, RelativeMention, TimeMention
from .policy import Policy, policy_from
from .resolve import format_date
from .view import DateView

__all__ = [
    "DateMention",
    "DateView",
    "Policy",
    "Reference",
    "RelativeMention",
    "TimeMention",
    "format_date",
    "policy_from",
]
