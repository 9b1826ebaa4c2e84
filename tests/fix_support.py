"""Helpers for the fix and CI tests: a linter over the fix test pack (safe, unsafe and suggested fixes
that overlap and chain), and settings that load nothing else."""

from __future__ import annotations

from pathlib import Path

from lintnews.config import Settings
from lintnews.engine.runner import Linter

FIX_PACKS = Path(__file__).resolve().parent / "data" / "fix-packs"
FIX_SETTINGS = Settings(builtin_packs=False, extra_packs=(str(FIX_PACKS),))
_LINTER: Linter | None = None


def fix_linter() -> Linter:
    global _LINTER
    if _LINTER is None:
        _LINTER = Linter(FIX_SETTINGS)
    return _LINTER


def fix_project(folder: Path) -> Path:
    """A ``lintnews.toml`` in ``folder`` that loads only the fix test pack."""
    (folder / "lintnews.toml").write_text(
        f'builtin_packs = false\nextra_packs = ["{FIX_PACKS.as_posix()}"]\n', encoding="utf-8")
    return folder
