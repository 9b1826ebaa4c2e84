"""What the names check finds in one article: the spellings used, the gazetteer's verdict on them, and
the groups of spellings that name one thing. Pure functions of the text and its mentions, shared by the
check, the corpus index and ``lintnews names report``."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Literal, NamedTuple

from ..analysis.names import Mention, NameWord
from .gazetteer import Entry, Gazetteer
from .keys import letters, name_key
from .variants import MIN_LETTERS, group_forms

IssueKind = Literal["nonstandard", "house", "inconsistent", "possible"]
_MODEL_SUFFIX_MAX = 3
_CONTEXT_WINDOW = 100
#: A gazetteer with at most this many first words (a house pack's own entries) is first looked for in
#: the text as plain substrings: most articles contain none of them.
_FEW_FIRST_WORDS = 16


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
    append = out.append
    lower = _LowerWords(text)
    for words, _, headline in mentions:
        if len(words) == 1:  # the common case: one word, no context
            start, end, word, acronym = words[0]
            if not acronym and _long(word) and word not in lower:
                append(_new(Occurrence, (word, start, end, (), headline)))
            continue
        start, end = words[0][0], words[-1][1]
        raw = text[start:end]
        template = _NAME_TEMPLATES.get(raw)
        if template is None:
            template = _name_template(raw, words)
        candidates, form = template
        for a, b, word, context in candidates:
            if word not in lower:
                append(_new(Occurrence, (word, start + a, start + b, context, headline)))
        if form:
            append(_new(Occurrence, (form, start, end, (), headline)))
    return out


_new = tuple.__new__
_Template = tuple[tuple[tuple[int, int, str, tuple[str, ...]], ...], str]
#: A multi-word name as written -> its candidate words (offsets relative to the name, with the keys of
#: the other words as context) and its whole spelling. The words of a mention are the tokens of its
#: text, so the text decides all of this; names recur, so each is worked out once per process.
_NAME_TEMPLATES: dict[str, _Template] = {}
_NAME_TEMPLATES_MAX = 50_000


def _name_template(raw: str, words: Sequence[NameWord]) -> _Template:
    base = words[0].start
    names = [w for w in words if w.text[0].isupper() or w.text[0].isdigit()]
    keys = [name_key(w.text) for w in names]
    candidates = tuple((w.start - base, w.end - base, w.text, tuple(keys[:i] + keys[i + 1:]))
                       for i, w in enumerate(names) if not w.acronym and _long(w.text))
    template = (candidates, " ".join(raw.split()) if len(names) > 1 else "")
    if len(_NAME_TEMPLATES) >= _NAME_TEMPLATES_MAX:
        _NAME_TEMPLATES.clear()
    _NAME_TEMPLATES[raw] = template
    return template


@lru_cache(maxsize=65536)
def _long(word: str) -> bool:
    return len(letters(word)) >= MIN_LETTERS


class _LowerWords:
    """``word in lower``: whether the text writes ``word`` in lower case as a whole word (a run of a-z
    with no letter, digit, hyphen or apostrophe on either side). Asked for a few dozen name words per
    article, so each is answered by substring search (memoised) rather than by listing every word."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.known: dict[str, bool] = {}

    def __contains__(self, word: str) -> bool:
        found = self.known.get(word)
        if found is None:
            found = self.known[word] = self._search(word.lower())
        return found

    def _search(self, low: str) -> bool:
        if not (low.isascii() and low.isalpha()):
            return False
        text = self.text
        i = text.find(low)
        while i >= 0:
            j = i + len(low)
            if (i == 0 or not _word_char(text[i - 1])) and (j == len(text) or not _word_char(text[j])):
                return True
            i = text.find(low, i + 1)
        return False


def _word_char(c: str) -> bool:
    return c.isalnum() or c in "_’'-"


def gazetteer_hits(text: str, mentions: Sequence[Mention], gaz: Gazetteer) -> list[Hit]:
    """The longest gazetteer spelling at each place (a model suffix such as '-M' may follow a word)."""
    hits: list[Hit] = []
    if len(gaz.first_words) <= _FEW_FIRST_WORDS and not any(w in text for w in gaz.first_words):
        return hits  # every spelling found starts with one of these words, as written in the text
    lowered = ""
    first_words = gaz.first_words
    for words, _, _ in mentions:
        if len(words) == 1:  # the common case: the word itself, or its head before a model suffix
            word = words[0][2]
            if word not in first_words and "-" not in word:
                continue
            start, end = words[0][0], words[0][1]
            found = _lookup(gaz, word, start, end) or _model_head(gaz, words[0])
            if found:
                if found.entry.context and not lowered:
                    lowered = text.lower()
                if _context_ok(found, lowered):
                    hits.append(found)
            continue
        i = 0
        while i < len(words):
            found = None
            if words[i].text not in first_words and "-" not in words[i].text:
                i += 1
                continue
            for j in range(min(len(words), i + gaz.max_words), i, -1):
                form = " ".join(text[words[i].start:words[j - 1].end].split())
                found = _lookup(gaz, form, words[i].start, words[j - 1].end)
                if found:
                    i = j
                    break
            if found is None:
                found = _model_head(gaz, words[i])
                i += 1
            if found:
                if found.entry.context and not lowered:
                    lowered = text.lower()
                if _context_ok(found, lowered):
                    hits.append(found)
    return hits


def _model_head(gaz: Gazetteer, w: NameWord) -> Hit | None:
    """The spelling before a short model suffix: Iskander in Iskander-M."""
    head, _, tail = w.text.rpartition("-")
    if head and len(tail) <= _MODEL_SUFFIX_MAX:
        return _lookup(gaz, head, w.start, w.start + len(head))
    return None


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
    by_form: dict[str, list[Occurrence]] = {}
    for o in occs:
        if o.form in body_forms and not (taken and _overlaps(o, taken)):
            by_form.setdefault(o.form, []).append(o)
    contexts: dict[str, set[tuple[str, ...]]] = {}

    def context(form: str) -> set[tuple[str, ...]]:
        found = contexts.get(form)
        if found is None:
            found = contexts[form] = {o.context for o in by_form[form]}
        return found

    def allow(a: str, b: str) -> bool:
        ca, cb = context(a), context(b)
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
