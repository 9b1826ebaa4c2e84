"""The corpus report behind ``lintnews names report`` and the names pack it writes."""

from __future__ import annotations

import os
from collections.abc import Iterable

import yaml

from ..analysis import Analysis
from ..document import read_file
from ..errors import LintnewsError
from .index import NameIndex, article_files


def build_index(paths: Iterable[str]) -> NameIndex:
    """Every spelling of every article under ``paths`` (unreadable files are skipped)."""
    index = NameIndex()
    files = [f for p in paths for f in (article_files(p) if os.path.isdir(p) else [p])]
    for path in files:
        try:
            document = read_file(path)
        except LintnewsError:
            continue
        counts: dict[str, int] = {}
        for o in Analysis(document).name_occurrences:
            if not o.headline:
                counts[o.form] = counts.get(o.form, 0) + 1
        index.add(path, counts)
    return index


def pack_yaml(groups: list[list[str]], pack: str = "house-names") -> str:
    """A names pack whose rule enforces the first spelling of each group over the others."""
    entries = {g[0]: g[1:] for g in groups}
    first = next(iter(entries.items()), ("Lukashenko", ["Lukashenka"]))
    house, variant = first[0], (first[1] or ["Lukashenka"])[0]
    data = {
        "pack": pack,
        "description": "House spellings of names, written by 'lintnews names report --write'. Edit freely: "
                       "each key is the house spelling, its list the spellings to replace.",
        "rules": [{
            "id": "house-spellings",
            "type": "names",
            "check": "house-style",
            "severity": "warning",
            "category": "Style/Organizational style",
            "message": "'{match}' is not the house spelling '{replacement}'. Spellings here: {spellings}.",
            "applicability": "safe",
            "entries": entries or {house: [variant]},
            "examples": {
                "bad": [{"text": f"Reported by [[{variant}]] today.", "fix": f"Reported by {house} today."}],
                "good": [f"Reported by {house} today."],
            },
        }],
    }
    return yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=110)
