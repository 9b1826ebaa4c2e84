"""Baselines: record today's findings so a CI gate fails only on new ones.

A finding is remembered by its file, rule, flagged text and the few words around it, never by its
line, so it still matches after lines are added above it or the file is edited elsewhere. Matching
is by counts: first on the words around the finding, then, for what is left, on file, rule and text
alone (the surrounding words were edited). Entries that match nothing in a checked file are stale.
"""

from __future__ import annotations

import hashlib
import json
import os
from collections import Counter, defaultdict
from dataclasses import asdict, dataclass

from ..document.encoding import decode
from ..errors import ConfigError, LintnewsError
from ..model import Finding
from .results import RunResult

VERSION = 1
CONTEXT_CHARS = 32


@dataclass(frozen=True)
class Entry:
    path: str
    rule: str
    text: str
    fingerprint: str
    line: int = 0
    message: str = ""

    @property
    def loose_key(self) -> tuple[str, str, str]:
        return (self.path, self.rule, self.text)


def _norm(text: str) -> str:
    return " ".join(text.split())


def read_source(path: str) -> str | None:
    try:
        with open(path, "rb") as f:
            return decode(f.read(), path)[0]
    except (OSError, LintnewsError):
        return None


def fingerprint(finding: Finding, source: str | None) -> str:
    """A short hash of rule, flagged text and the words just around it on its line."""
    before = after = ""
    if source is not None:
        line_start = source.rfind("\n", 0, finding.start) + 1
        line_end = source.find("\n", finding.end)
        line_end = len(source) if line_end < 0 else line_end
        before = _norm(source[max(line_start, finding.start - CONTEXT_CHARS):finding.start])
        after = _norm(source[finding.end:min(line_end, finding.end + CONTEXT_CHARS)])
    key = "\0".join((finding.rule, _norm(finding.text), before, after))
    return hashlib.sha256(key.encode("utf-8", "surrogatepass")).hexdigest()[:20]


def fingerprints(result: RunResult) -> list[str]:
    """Fingerprints of ``result.findings``, in order (each file is read once)."""
    out: list[str] = []
    for file in result.files:
        source = read_source(file.path) if file.findings else None
        out.extend(fingerprint(f, source) for f in file.findings)
    return out


def key_path(path: str, base_dir: str) -> str:
    """Paths are stored relative to the baseline file's folder, with forward slashes."""
    if path.startswith("<"):
        return path
    rel = os.path.relpath(os.path.abspath(path), os.path.abspath(base_dir))
    return rel.replace(os.sep, "/")


def entries(result: RunResult, base_dir: str) -> list[Entry]:
    return [Entry(key_path(f.path, base_dir), f.rule, _norm(f.text), fp, f.line, f.message)
            for f, fp in zip(result.findings, fingerprints(result), strict=True)]


def write_baseline(result: RunResult, path: str) -> int:
    """Write the baseline for ``result`` to ``path``; returns the number of entries."""
    items = sorted(entries(result, os.path.dirname(path) or "."),
                   key=lambda e: (e.path, e.line, e.rule, e.fingerprint))
    data = {"tool": "lintnews", "version": VERSION, "findings": [asdict(e) for e in items]}
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        json.dump(data, f, ensure_ascii=False, indent=1)
        f.write("\n")
    return len(items)


def load_baseline(path: str) -> list[Entry]:
    try:
        with open(path, encoding="utf-8") as f:
            data = json.load(f)
        fields = ("path", "rule", "text", "fingerprint", "line", "message")
        return [Entry(**{k: item[k] for k in fields if k in item}) for item in data["findings"]]
    except OSError as exc:
        raise ConfigError(f"cannot read baseline: {exc.strerror}", path) from None
    except (ValueError, KeyError, TypeError) as exc:
        raise ConfigError(f"not a lintnews baseline file ({exc})", path) from None


def apply_baseline(result: RunResult, baseline: list[Entry], path: str) -> tuple[int, list[Entry]]:
    """Drop findings recorded in ``baseline`` from ``result`` (so only new ones are reported and count
    for the exit code). Returns how many were dropped and the stale entries of the files checked."""
    base_dir = os.path.dirname(path) or "."
    unmatched: dict[tuple[str, str, str], Counter[str]] = defaultdict(Counter)
    for e in baseline:
        unmatched[e.loose_key][e.fingerprint] += 1
    findings = [(f, Entry(key_path(f.path, base_dir), f.rule, _norm(f.text), fp))
                for f, fp in zip(result.findings, fingerprints(result), strict=True)]
    old: set[int] = set()
    for finding, entry in findings:  # same words around it
        if unmatched[entry.loose_key][entry.fingerprint] > 0:
            unmatched[entry.loose_key][entry.fingerprint] -= 1
            old.add(id(finding))
    for finding, entry in findings:  # second chance: the words around it were edited
        left = unmatched[entry.loose_key]
        if id(finding) not in old and (fp := next((k for k in sorted(left) if left[k] > 0), None)):
            left[fp] -= 1
            old.add(id(finding))
    for file in result.files:
        file.findings = [f for f in file.findings if id(f) not in old]
    checked = {key_path(f.path, base_dir) for f in result.files if not f.error}
    stale = []
    for e in baseline:
        if e.path in checked and unmatched[e.loose_key][e.fingerprint] > 0:
            unmatched[e.loose_key][e.fingerprint] -= 1
            stale.append(e)
    return len(old), stale
