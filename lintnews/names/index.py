"""The name index of a corpus: which spelling of each name which articles use. It drives the corpus
phase of the ``names`` check (an article that disagrees with the site's established spelling) and
``lintnews names report``. Summaries hold only spellings and positions, so they pickle small."""

from __future__ import annotations

import fnmatch
import os
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from ..analysis import Analysis
from ..document.model import Document
from ..model import Edit, Finding, Fix
from .article import Occurrence
from .variants import group_forms

Place = tuple[int, int]  # source start and end; line and column are worked out only for findings
#: The established spelling must be used by at least this many articles, and this many times as many
#: articles as the spelling flagged.
MIN_ARTICLES = 2
MAJORITY_FACTOR = 2


def article_summary(document: Document, occs: list[Occurrence], flagged: Iterable[tuple[int, int]] = (),
                    style: str | None = None) -> dict[str, list[Place]]:
    """Spellings of one article with their source places, leaving out spans already flagged and, under a
    house style, spellings the gazetteer decides."""
    skip = list(flagged)
    house_forms: Mapping[str, Any] = {}
    if style:
        from .gazetteer import load_gazetteer

        house_forms = load_gazetteer(style)[0].by_form
    body = {o.form for o in occs if not o.headline}
    out: dict[str, list[Place]] = {}
    plain = document.offsets is None  # text offsets are source offsets
    for o in occs:
        if o.form not in body or o.form in house_forms:
            continue
        if skip and any(o.start < e and s < o.end for s, e in skip):
            continue
        place = (o.start, o.end) if plain else (document.to_source(o.start), document.to_source_end(o.end))
        out.setdefault(o.form, []).append(place)
    return out


@dataclass
class NameIndex:
    """Spelling -> article -> number of uses."""

    uses: dict[str, dict[str, int]] = field(default_factory=dict)

    def add(self, path: str, forms: Mapping[str, Any]) -> None:
        for form, places in forms.items():
            n = places if isinstance(places, int) else len(places)
            users = self.uses.setdefault(form, {})
            users[path] = users.get(path, 0) + n

    def groups(self, sure_only: bool = True) -> list[list[str]]:
        """Spelling groups, each sorted by the number of articles using it (most first)."""
        found = group_forms(self.uses)
        out = [sorted(g.forms, key=lambda f: (-len(self.uses[f]), -sum(self.uses[f].values()), f))
               for g in found if g.sure or not sure_only]
        return sorted(out, key=lambda g: -sum(sum(self.uses[f].values()) for f in g))


def article_files(folder: str) -> list[str]:
    """Articles under a reference folder (the file types ``lintnews check`` reads; hidden folders skipped)."""
    from ..config.settings import DEFAULT_INCLUDE

    found = []
    for root, dirs, files in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        found.extend(os.path.join(root, f) for f in sorted(files)
                     if not f.startswith(".") and any(fnmatch.fnmatch(f, g) for g in DEFAULT_INCLUDE))
    return found


@lru_cache(maxsize=4)
def corpus_index(corpus_dir: str) -> NameIndex:
    """The index of a reference folder (read once per process)."""
    from ..document import read_file
    from ..errors import LintnewsError

    index = NameIndex()
    for path in article_files(corpus_dir):
        try:
            document = read_file(path)
        except LintnewsError:
            continue
        index.add(path, {o.form: 1 for o in Analysis(document).name_occurrences})
    return index


def site_findings(rule: Any, summaries: Mapping[str, Any], corpus_dir: str | None,
                  style: str | None) -> list[Finding]:
    """Findings for articles whose spelling of a name differs from the one most articles use."""
    index = NameIndex()
    if corpus_dir:
        for form, paths in corpus_index(corpus_dir).uses.items():
            for path, n in paths.items():
                if path not in summaries:
                    index.uses.setdefault(form, {})[path] = n
    for path, summary in summaries.items():
        if summary:
            index.add(path, summary)
    findings: list[Finding] = []
    for group in index.groups():
        established = group[0]
        n_est = len(index.uses[established])
        if n_est < MIN_ARTICLES:
            continue
        for form in group[1:]:
            users = index.uses[form]
            if n_est < MAJORITY_FACTOR * len(users):
                continue
            spellings = ", ".join(f"'{f}' in {_articles(len(index.uses[f]))}" for f in group)
            for path in users:
                summary = summaries.get(path)
                if not summary or form not in summary or established in summary:
                    continue
                findings.extend(_finding(rule, path, place, form, established, spellings)
                                for place in summary[form])
    return _with_positions(_without_overlaps(findings))


def _with_positions(findings: list[Finding]) -> list[Finding]:
    """Line and column of each finding, from its file read again (only files with findings are)."""
    from dataclasses import replace

    from ..document import read_file

    out = []
    by_path: dict[str, list[Finding]] = {}
    for f in findings:
        by_path.setdefault(f.path, []).append(f)
    for path, group in by_path.items():
        try:
            document = read_file(path)
        except Exception:  # noqa: BLE001 - standard input or a file gone since: keep offsets only
            document = None
        for f in group:
            if document is None or f.end > len(document.source):
                out.append(f)
                continue
            (line, column), (end_line, end_column) = document.position(f.start), document.position(f.end)
            out.append(replace(f, line=line, column=column, end_line=end_line, end_column=end_column,
                               text=document.source[f.start:f.end]))
    return out


def _articles(n: int) -> str:
    return f"{n} article{'s' if n > 1 else ''}"


def _without_overlaps(findings: list[Finding]) -> list[Finding]:
    """One finding per place: the shortest span wins (a word rather than the whole name around it)."""
    kept: dict[str, list[Finding]] = {}
    for f in sorted(findings, key=lambda f: (f.end - f.start, f.start)):
        others = kept.setdefault(f.path, [])
        if not any(f.start < o.end and o.start < f.end for o in others):
            others.append(f)
    return [f for fs in kept.values() for f in fs]


def _finding(rule: Any, path: str, place: Place, form: str, established: str, spellings: str) -> Finding:
    from ..checks.base import format_message

    start, end = place
    line, column, end_line, end_column = 1, start + 1, 1, end + 1
    message = format_message(rule.message, match=form, replacement=established, spellings=spellings,
                             where="across the site")
    fix = Fix((Edit(start, end, established),), "unsafe", f"Replace with '{established}'")
    severity = "info"  # a site majority is evidence, not a house decision
    return Finding(rule=rule.qualified_id, severity=severity, message=message, category=rule.category,
                   path=path, start=start, end=end, line=line, column=column, end_line=end_line,
                   end_column=end_column, fixes=(fix,), text=form, pack=rule.pack,
                   data=(("canonical", established),))
