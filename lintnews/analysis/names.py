"""Name mentions: capitalised word sequences in the prose that name people, places, organisations and
weapon systems (Iskander-M, S-400), with titles ("President Lukashenka") and possessives set apart.

A capitalised word that starts a sentence is a name only when the article never writes it in lower
case and it is not a common sentence opener; all-capital words are marked as acronyms; paragraphs set
in headline case are marked so checks can discount them. One regular-expression pass per sentence.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from .segments import Span

_TOKEN = re.compile(r"[^\W\d_][\w]*(?:[’'\-][\w]+)*|\d+(?:-[\w]+)+")
_JOINERS = "_’'-"
_POSSESSIVE = re.compile(r"(?:[’']s|s[’'])$")
CONNECTORS = frozenset({"bin", "ibn", "bint", "al", "el", "de", "da", "van", "von", "der", "del", "di", "du",
                        "ul"})


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


TITLES = _words("""
President Vice Prime Minister Ministers Premier Chancellor Secretary General Chairman Chairwoman Chair Speaker
King Queen Prince Princess Emperor Emir Crown Ayatollah Patriarch Pope Mr Mrs Ms Miss Dr Prof Professor Sen
Senator Rep Representative Governor Gov Mayor Ambassador Envoy Spokesman Spokeswoman Spokesperson Commander
Colonel Col Lieutenant Lt Major Maj Captain Capt Admiral Adm Marshal Sergeant Sgt Gen Deputy Director Chief
Head Leader Judge Justice Foreign Defence Defense Interior Finance Economy Economic Trade Energy Health
State Supreme Acting Former Ex First Second Mayor Comrade Sir Lady Lord Bishop Metropolitan Sheikh Mufti
Councillor Councilor Consul Attorney Chargé Commissioner Inspector Officer Coach Manager Anchor Correspondent
""")
#: Capitalised words that start sentences or headlines without being names.
OPENERS = _words("""
A An The This That These Those There Then Thus Here It Its He She They We I You His Her Their Our My Your
In On At By For From With Without Within Into After Before During Since Until Under Over About Above Among
Against Between Through Throughout According As If When While Where Whereas Although Though Because So But
And Or Nor Yet Also However Moreover Meanwhile Furthermore Nevertheless Besides Instead Still Even Only Just
Both Each Every All Some Many Most Several Few Other Others Another Such No Not None Nothing Yes Please
What Who Whom Whose Which Why How Earlier Later Today Yesterday Tomorrow Now Recently Currently Previously
Last Next New Over Overall Finally Firstly Secondly Lastly Additionally Similarly Therefore Hence Indeed
Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July August
September October November December Photo Source Sources Reporter Editor Note Read More See Related Tags
""")


class NameWord(NamedTuple):
    """One capitalised word of a name, possessive excluded (offsets into ``Document.text``). Mentions
    are made by the tens per article, so these are tuples: cheap to build."""

    start: int
    end: int
    text: str
    #: All capitals, at least two letters (NATO, TASS): not compared as a spelling.
    acronym: bool = False


class Mention(NamedTuple):
    """A name as written: its words (connectors such as 'bin' included), and any title before it."""

    words: tuple[NameWord, ...]
    title: str = ""
    headline: bool = False

    @property
    def start(self) -> int:
        return self.words[0].start

    @property
    def end(self) -> int:
        return self.words[-1].end

    def text(self, source: str) -> str:
        return source[self.start:self.end]

    @property
    def names(self) -> tuple[NameWord, ...]:
        """The words that carry the name (connectors dropped)."""
        return tuple(w for w in self.words if w.text[0].isupper() or w.text[0].isdigit())


_CAP = r"(?:[^\W\d_a-z]\w*(?:[’'\-]\w+)*|\d+(?:-\w+)+)"
_CONNECTOR = "(?:" + "|".join(sorted(CONNECTORS)) + ")"
#: A run of capitalised words joined by single spaces, connectors ('bin', 'von der') and 'St. '. The
#: look-ahead is a plain range class the scanner tests fast, so lower-case prose is skipped quickly.
_RUN = re.compile(rf"(?=[A-Z0-9\u0080-\U0010ffff]){_CAP}"
                  rf"(?:(?:[ \u00a0]|(?<=\bSt)\. |(?<=\bMt)\. )(?:{_CONNECTOR} )*{_CAP})*")
_OPENING = "“\"‘'(«[ \t"
_new = tuple.__new__

#: A run's mentions as (title, words) with offsets relative to the run: the same runs ('Prime Minister
#: Kishida Fumio', 'United States') recur across articles, so each is tokenised once per process.
_Template = tuple[tuple[str, tuple[tuple[int, int, str, bool], ...]], ...]
_RUN_CACHE: dict[tuple[str, bool], _Template] = {}
_RUN_CACHE_MAX = 50_000


def name_mentions(text: str, paragraphs: list[Span], sentences: list[Span]) -> list[Mention]:
    """Every name mention of the text, in order. One regular-expression pass finds the capitalised
    runs; Python looks only at those, so the cost is linear in the text and small per word."""
    lower = _LowerCase(text)
    heads = [(p.start, p.end) for p in paragraphs
             if p.end - p.start <= _HEADLINE_MAX and _is_headline(text[p.start:p.end])]
    starts = set()
    for sentence in sentences:
        i = sentence.start
        while i < sentence.end and text[i] in _OPENING:
            i += 1
        starts.add(i)
    mentions: list[Mention] = []
    append = mentions.append
    h = 0
    headline = False
    for run in _RUN.finditer(text):
        start, end = run.span()
        if start and (text[start - 1].isalnum() or text[start - 1] in _JOINERS):
            continue  # a capital inside a word (iPhone)
        if heads:
            while h < len(heads) and heads[h][1] <= start:
                h += 1
            headline = h < len(heads) and heads[h][0] <= start
        single = run.group()
        if " " in single or "\u00a0" in single or "’" in single or "'" in single or "-" in single:
            skip_first = start in starts and _opener(_TOKEN.match(single).group(), lower)
            template = _RUN_CACHE.get((single, skip_first))
            if template is None:
                template = _run_template(single, skip_first)
            for title, words in template:
                append(_new(Mention, (tuple([_new(NameWord, (start + a, start + b, w, acronym))
                                             for a, b, w, acronym in words]), title, headline)))
        else:  # one plain word: the common case, decided without tokenising
            kind = _WORD_KINDS.get(single)
            if kind is None:
                kind = _word_kind(single)
            if kind and not (start in starts and single.lower() in lower):
                append(_new(Mention, ((_new(NameWord, (start, end, single, kind == _ACRONYM)),), "", headline)))
    return mentions


_NOT_A_NAME, _NAME, _ACRONYM = 0, 1, 2
#: What a plain capitalised word is wherever it stands (a sentence start is decided per article).
_WORD_KINDS: dict[str, int] = {}


def _word_kind(word: str) -> int:
    if word in OPENERS or word in TITLES or word == "I" or word[0].islower():
        kind = _NOT_A_NAME
    else:
        kind = _ACRONYM if word.isupper() and len(word) > 1 else _NAME
    if len(_WORD_KINDS) >= _RUN_CACHE_MAX:
        _WORD_KINDS.clear()
    _WORD_KINDS[word] = kind
    return kind


class _LowerCase:
    """``word in lower``: whether the text writes ``word`` in lower case somewhere, asked only for the
    few capitalised words that open sentences (a substring search each, no index to build)."""

    def __init__(self, text: str) -> None:
        self.text = text

    def __contains__(self, word: str) -> bool:
        """Whether ' word' is followed by a space, comma, full stop, semicolon or colon somewhere."""
        text = self.text
        needle = " " + word
        i = text.find(needle)
        while i >= 0:
            j = i + len(needle)
            if j < len(text) and text[j] in " ,.;:":
                return True
            i = text.find(needle, i + 1)
        return False


def _capital(word: str) -> bool:
    return (word[0].isupper() and word != "I") or (word[0].isdigit() and "-" in word)


def _opener(word: str, lower: _LowerCase) -> bool:
    """Whether the first word of a sentence is dropped: a common opener, or a word the text writes in
    lower case ('Police' beside 'police')."""
    return _capital(word) and (word in OPENERS or word.lower() in lower)


def _run_template(run: str, skip_first: bool) -> _Template:
    """The mentions of one run (``skip_first``: its first word opens a sentence and is no name)."""
    out: list[tuple[str, tuple[tuple[int, int, str, bool], ...]]] = []
    words: list[NameWord] = []
    tokens = _TOKEN.finditer(run)
    if skip_first:
        next(tokens)
    for m in tokens:
        word = m.group()
        capital = _capital(word)
        breaks = word not in CONNECTORS if not capital else (word in OPENERS and not words) or word == "The"
        if breaks:
            _close(words, out)
            words = []
            continue
        stripped = _POSSESSIVE.sub("", word) if capital and ("'" in word or "’" in word) else word
        acronym = stripped.isupper() and sum(c.isalpha() for c in stripped) >= 2
        words.append(NameWord(m.start(), m.start() + len(stripped), stripped, acronym))
        if stripped != word:
            _close(words, out)
            words = []
    _close(words, out)
    if len(_RUN_CACHE) >= _RUN_CACHE_MAX:
        _RUN_CACHE.clear()
    template = tuple(out)
    _RUN_CACHE[run, skip_first] = template
    return template


def _close(run: list[NameWord], out: list[tuple[str, tuple[tuple[int, int, str, bool], ...]]]) -> None:
    while run and run[-1].text in CONNECTORS:
        run = run[:-1]
    if not run:
        return
    cut = max((i for i, w in enumerate(run[:-1]) if w.text in TITLES), default=-1)
    title = " ".join(w.text for w in run[:cut + 1])
    rest = run[cut + 1:]
    while rest and rest[0].text in CONNECTORS:
        rest = rest[1:]
    if rest and not (len(rest) == 1 and rest[0].text in TITLES):
        out.append((title, tuple(tuple(w) for w in rest)))


_HEADLINE_MAX = 200
_LONG_WORD = re.compile(r"[^\W\d_]{4,}")


def _is_headline(paragraph: str) -> bool:
    """Short paragraphs without a closing full stop whose longer words are mostly capitalised."""
    if len(paragraph) > _HEADLINE_MAX or paragraph.rstrip().endswith((".", "!", "?", "”", '"')):
        return False
    words = _LONG_WORD.findall(paragraph)
    if len(words) < 3:
        return False
    return sum(w[0].isupper() for w in words) / len(words) >= 0.7
