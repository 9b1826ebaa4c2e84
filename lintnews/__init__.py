"""lintnews: a translation-quality linter for machine-translated news.

The public API is imported lazily so that ``import lintnews`` (and the command line) start fast.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"
__all__ = ["Edit", "Finding", "Fix", "fix_text", "lint_paths", "lint_text", "__version__"]

if TYPE_CHECKING:
    from .api import fix_text, lint_paths, lint_text
    from .model import Edit, Finding, Fix


def __getattr__(name: str) -> Any:
    if name in ("lint_text", "lint_paths", "fix_text"):
        from . import api

        return getattr(api, name)
    if name in ("Edit", "Finding", "Fix"):
        from . import model

        return getattr(model, name)
    raise AttributeError(name)
