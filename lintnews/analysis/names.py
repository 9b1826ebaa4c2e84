"""Name mentions: capitalised word sequences in the prose that name people, places, organisations and
weapon systems (Iskander-M, S-400), with titles ("President Lukashenka") and possessives set apart.

A capitalised word that starts a sentence is a name only when the article never writes it in lower
case and it is not a common sentence opener; all-capital words are marked as acronyms; paragraphs set
in headline case are marked so checks can discount them. One regular-expression pass per sentence.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .segments import Span

_TOKEN = re.compile(r"[^\W\d_][\w]*(?:[’'\-][\w]+)*|\d+(?:-[\w]+)+")
_LOWER_WORD = re.compile(r"(?<![\w’'\-])[a-z][a-z]*(?![\w’'\-])")
_POSSESSIVE = re.compile(r"(?:[’']s|s[’'])$")
_ABBREVIATED = frozenset({"St", "Mt", "Ft", "Jr", "Sr"})
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


@dataclass(frozen=True)
class NameWord:
    """One capitalised word of a name, possessive excluded (offsets into ``Document.text``)."""

    start: int
    end: int
    text: str

    @property
    def acronym(self) -> bool:
        letters = [c for c in self.text if c.isalpha()]
        return len(letters) >= 2 and all(c.isupper() for c in letters)


@dataclass(frozen=True)
class Mention:
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


def name_mentions(text: str, paragraphs: list[Span], sentences: list[Span]) -> list[Mention]:
    """Every name mention of the text, in order."""
    lower = set(_LOWER_WORD.findall(text))
    headlines = [p for p in paragraphs if _is_headline(text[p.start:p.end])]
    mentions: list[Mention] = []
    h = 0
    for sentence in sentences:
        while h < len(headlines) and headlines[h].end <= sentence.start:
            h += 1
        in_headline = h < len(headlines) and headlines[h].start <= sentence.start
        mentions.extend(_sentence_mentions(text, sentence, lower, in_headline))
    return mentions


def _sentence_mentions(text: str, sentence: Span, lower: set[str], headline: bool) -> list[Mention]:
    out: list[Mention] = []
    run: list[NameWord] = []
    first = True
    prev_end = sentence.start
    for m in _TOKEN.finditer(text, sentence.start, sentence.end):
        word = m.group()
        starts_sentence = first
        first = False
        gap = text[prev_end:m.start()]
        contiguous = bool(run) and (gap in (" ", "\u00a0") or (gap == ". " and run[-1].text in _ABBREVIATED))
        prev_end = m.end()
        capital = (word[0].isupper() and word != "I") or (word[0].isdigit() and "-" in word)
        if capital and starts_sentence and (word in OPENERS or word.lower() in lower):
            continue
        if capital and (word in OPENERS and not run or word.lower() in ("the",)):
            _close(run, out, headline)
            run = []
            continue
        if capital or (word in CONNECTORS and run):
            if run and not contiguous:
                _close(run, out, headline)
                run = []
            stripped = _POSSESSIVE.sub("", word) if capital else word
            run.append(NameWord(m.start(), m.start() + len(stripped), stripped))
            if stripped != word:
                _close(run, out, headline)
                run = []
        else:
            _close(run, out, headline)
            run = []
    _close(run, out, headline)
    return out


def _close(run: list[NameWord], out: list[Mention], headline: bool) -> None:
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
        out.append(Mention(tuple(rest), title, headline))


def _is_headline(paragraph: str) -> bool:
    """Short paragraphs without a closing full stop whose longer words are mostly capitalised."""
    if len(paragraph) > 200 or paragraph.rstrip().endswith((".", "!", "?", "”", '"')):
        return False
    words = [w for w in re.findall(r"[^\W\d_]{4,}", paragraph)]
    if len(words) < 3:
        return False
    return sum(w[0].isupper() for w in words) / len(words) >= 0.7
