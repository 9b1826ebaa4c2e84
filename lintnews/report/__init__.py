"""Reporters: a map from format name to a pure ``render(result, **options) -> str``, imported on use."""

from __future__ import annotations

import importlib
from collections.abc import Callable
from typing import Any

from ..engine.results import RunResult

REPORTERS: dict[str, str] = {
    "text": "lintnews.report.text",
    "json": "lintnews.report.json_format",
    "github": "lintnews.report.github",
    "sarif": "lintnews.report.sarif",
    "junit": "lintnews.report.junit",
    "checkstyle": "lintnews.report.checkstyle",
    "rdjson": "lintnews.report.rdjson",
    "gitlab": "lintnews.report.gitlab",
}


def renderer(name: str) -> Callable[..., str]:
    return importlib.import_module(REPORTERS[name]).render


def render(name: str, result: RunResult, **options: Any) -> str:
    return renderer(name)(result, **options)
