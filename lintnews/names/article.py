"""What the names check finds in one article: the spellings used, the gazetteer's verdict on them, and
the groups of spellings that name one thing. Pure functions of the text and its mentions, shared by the
check, the corpus index and ``lintnews names report``."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Literal, NamedTuple

from ..analysis.names import Mention
from .gazetteer import Entry, Gazetteer
from .keys import letters, name_key
from .variants import MIN_LETTERS, group_forms

IssueKind = Literal["nonstandard", "house", "inconsistent", "possible"]
_MODEL_SUFFIX_MAX = 3
_LOWER_WORD = re.compile(r"(?<![\w’'-])[a-z]+(?![\w’'-])")
_CONTEXT_WINDOW = 100


class Occurrence(NamedTuple):
    """One spelling at one place; ``context`` holds the keys of the other words of its mention."""

    form: str
    start: int
    end: int
    context: tuple[str, ...] = ()
    headline: bool = False


class Hit(NamedTuple):
    """A gazetteer spelling found in the text; ``kind`` is 'style' (a legitimate spelling) or 'wrong'."""

    entry: Entry
    kind: str
    form: str
    start: int
    end: int


@dataclass
class Issue:
    """A spelling to change: where, to what, why, and every spelling of the same name in the article."""

    kind: IssueKind
    start: int
    end: int
    form: str
    canonical: str
    safe: bool
    spellings: dict[str, list[int]] = field(default_factory=dict)
    entry: Entry | None = None


def occurrences(text: str, mentions: Sequence[Mention]) -> list[Occurrence]:
    """Name words (no acronyms, at least four letters, never written in lower case in the same text:
    'Deauthorize' beside 'deauthorize' is a word, not a name) and multi-word names."""
    out: list[Occurrence] = []
    lower_words = set(_LOWER_WORD.findall(text))
    for m in mentions:
        if len(m.words) == 1:  # the common case: one word, no context
            w = m.words[0]
            if not w.acronym and w.text.lower() not in lower_words and len(letters(w.text)) >= MIN_LETTERS:
                out.append(Occurrence(w.text, w.start, w.end, (), m.headline))
            continue
        names = m.names
        keys = [name_key(w.text) for w in names]
        for i, w in enumerate(names):
            word = w.text
            if not w.acronym and word.lower() not in lower_words and len(letters(word)) >= MIN_LETTERS:
                out.append(Occurrence(w.text, w.start, w.end, tuple(keys[:i] + keys[i + 1:]), m.headline))
        if len(names) > 1:
            form = " ".join(text[m.start:m.end].split())
            out.append(Occurrence(form, m.start, m.end, (), m.headline))
    return out


def gazetteer_hits(text: str, mentions: Sequence[Mention], gaz: Gazetteer) -> list[Hit]:
    """The longest gazetteer spelling at each place (a model suffix such as '-M' may follow a word)."""
    hits: list[Hit] = []
    lowered = text.lower()
    for m in mentions:
        words = m.words
        i = 0
        while i < len(words):
            found = None
            if words[i].text not in gaz.first_words and "-" not in words[i].text:
                i += 1
                continue
            for j in range(min(len(words), i + gaz.max_words), i, -1):
                form = " ".join(text[words[i].start:words[j - 1].end].split())
                found = _lookup(gaz, form, words[i].start, words[j - 1].end)
                if found:
                    i = j
                    break
            if found is None:
                w = words[i]
                head, _, tail = w.text.rpartition("-")
                if head and len(tail) <= _MODEL_SUFFIX_MAX:
                    found = _lookup(gaz, head, w.start, w.start + len(head))
                i += 1
            if found and _context_ok(found, lowered):
                hits.append(found)
    return hits


def _lookup(gaz: Gazetteer, form: str, start: int, end: int) -> Hit | None:
    got = gaz.by_form.get(form)
    return Hit(got[0], got[1], form, start, end) if got else None


def _context_ok(hit: Hit, lowered: str) -> bool:
    """Entries whose other spellings are also ordinary words or names need a context word nearby."""
    if not hit.entry.context or hit.form == hit.entry.id:
        return True
    window = lowered[max(0, hit.start - _CONTEXT_WINDOW):hit.end + _CONTEXT_WINDOW]
    return any(word in window for word in hit.entry.context)


def article_issues(text: str, mentions: Sequence[Mention], gaz: Gazetteer, style: str | None,
                   occs: list[Occurrence] | None = None, variants: bool = True) -> list[Issue]:
    """Spellings to change: wrong ones, ones against the house style, and (with ``variants``)
    minority spellings among ``occs`` (default: the article's occurrences)."""
    hits = gazetteer_hits(text, mentions, gaz)
    issues: list[Issue] = []
    by_entry: dict[int, dict[str, list[int]]] = {}
    for h in hits:
        by_entry.setdefault(id(h.entry), {}).setdefault(h.form, []).append(h.start)
    for h in hits:
        target = h.entry.canonical(style or "ap")
        kind: IssueKind | None = "nonstandard" if h.kind == "wrong" else None
        if kind is None and style and h.form != target:
            kind = "house"
        if kind:
            issues.append(Issue(kind, h.start, h.end, h.form, target, True, by_entry[id(h.entry)], h.entry))
    if variants:
        taken = [(i.start, i.end) for i in issues]
        occs = occurrences(text, mentions) if occs is None else occs
        issues.extend(_inconsistencies(occs, taken, gaz, style))
    return sorted(issues, key=lambda i: (i.start, -i.end))


def _inconsistencies(occs: list[Occurrence], taken: list[tuple[int, int]], gaz: Gazetteer,
                     style: str | None) -> list[Issue]:
    body_forms = {o.form for o in occs if not o.headline}
    occs = [o for o in occs if o.form in body_forms and not _overlaps(o, taken)]
    by_form: dict[str, list[Occurrence]] = {}
    for o in occs:
        by_form.setdefault(o.form, []).append(o)
    contexts = {f: {o.context for o in group} for f, group in by_form.items()}

    def allow(a: str, b: str) -> bool:
        ca, cb = contexts[a], contexts[b]
        return () in ca or () in cb or bool(ca & cb)

    issues: list[Issue] = []
    flagged: list[tuple[int, int]] = []
    # Single words first: 'Sergey' -> 'Sergei' is a tighter fix than the whole 'Sergey Lavrov'.
    groups = sorted(group_forms(by_form, allow), key=lambda g: min(len(f) for f in g.forms))
    for group in groups:
        spellings = {f: [o.start for o in by_form[f]] for f in group.forms}
        canonical, safe = _choose(group.forms, spellings, gaz, style)
        kind: IssueKind = "inconsistent" if group.sure else "possible"
        for f in group.forms:
            if f == canonical:
                continue
            for o in by_form[f]:
                if not _overlaps(o, flagged):
                    flagged.append((o.start, o.end))
                    issues.append(Issue(kind, o.start, o.end, f, canonical, safe, spellings))
    return issues


def _choose(forms: list[str], spellings: dict[str, list[int]], gaz: Gazetteer,
            style: str | None) -> tuple[str, bool]:
    """The house spelling when the style decides it (safe), else the majority, then the first (unsafe)."""
    if style:
        for f in forms:
            got = gaz.by_form.get(f)
            if got:
                return got[0].canonical(style), True
    return max(forms, key=lambda f: (len(spellings[f]), -min(spellings[f]))), False


def _overlaps(o: Occurrence, spans: list[tuple[int, int]]) -> bool:
    return any(o.start < e and s < o.end for s, e in spans)
