"""The names gazetteer: canonical spellings per house style, legitimate alternatives, and known wrong
spellings, read from ``rules/names/*.yaml`` (files with ``kind: names-gazetteer``).

An entry is one YAML mapping: ``ap`` (the AP/wire spelling, required), optional ``bgn`` and ``native``
(default: ``ap``), ``ru`` (the Russian original: its BGN/PCGN, ICAO, Wikipedia and Moscow-metro
romanizations from iuliia become alternatives, and BGN/PCGN the ``bgn`` default), ``alt`` (other
legitimate spellings), ``wrong`` (spellings that are always errors), ``context`` (words one of which must
be near a ``wrong`` spelling, for spellings that are also ordinary names) and ``type``. A plain string is
an entry with only ``ap``; a file-level ``type`` is the default of its entries.
A user style file overrides single entries: the same format with ``house`` for the chosen spelling,
or a names pack written by ``lintnews names report --write``.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from .keys import name_key

STYLES = ("ap", "bgn", "native")
_IULIIA_SCHEMAS = ("BGN_PCGN", "ICAO_DOC_9303", "WIKIPEDIA", "MOSMETRO")


@dataclass(frozen=True)
class Entry:
    """One name with its spellings."""

    styles: Mapping[str, str]
    alts: tuple[str, ...] = ()
    wrong: tuple[str, ...] = ()
    context: tuple[str, ...] = ()
    type: str = ""
    source: str = ""

    @property
    def id(self) -> str:
        return self.styles["ap"]

    def canonical(self, style: str) -> str:
        return self.styles.get(style) or self.styles["ap"]

    def legitimate(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys([*self.styles.values(), *self.alts]))


@dataclass
class Gazetteer:
    """Entries indexed by exact spelling and by romanization key."""

    entries: list[Entry] = field(default_factory=list)
    by_form: dict[str, tuple[Entry, str]] = field(default_factory=dict)
    by_key: dict[str, Entry] = field(default_factory=dict)
    max_words: int = 1
    #: First words of every spelling: a mention word that is none of these starts no spelling.
    first_words: set[str] = field(default_factory=set)

    def add(self, entry: Entry) -> None:
        self.entries.append(entry)
        for form in entry.legitimate():
            self._index(form, entry, "style")
        for form in entry.wrong:
            self._index(form, entry, "wrong")

    def _index(self, form: str, entry: Entry, kind: str) -> None:
        self.by_form[form] = (entry, kind)
        words = form.split()
        self.max_words = max(self.max_words, len(words))
        self.first_words.add(words[0])
        if kind == "style" and len(form) >= 5:
            key = name_key(form)
            other = self.by_key.get(key)
            if other is None or other is entry:
                self.by_key[key] = entry
            else:
                self.by_key[key] = _AMBIGUOUS

    def entry_for_key(self, form: str) -> Entry | None:
        entry = self.by_key.get(name_key(form))
        return None if entry is _AMBIGUOUS else entry

    def override(self, entries: Iterable[Entry]) -> Gazetteer:
        """A copy where each given entry replaces every built-in entry that shares a spelling with it."""
        entries = list(entries)
        forms = [f for e in entries for f in (*e.legitimate(), *e.wrong)]
        replaced = {id(self.by_form[f][0]) for f in forms if f in self.by_form}
        out = Gazetteer()
        for entry in self.entries:
            if id(entry) not in replaced:
                out.add(entry)
        for entry in entries:
            out.add(entry)
        return out


_AMBIGUOUS = Entry(styles={"ap": ""})


def _romanizations(russian: str) -> list[str]:
    import iuliia

    out = []
    for name in _IULIIA_SCHEMAS:
        text = getattr(iuliia, name).translate(russian)
        out.append(text.replace("’", "").replace("ʹ", "").replace("'", ""))
    return out


def entry_from_mapping(raw: Mapping[str, Any], source: str = "") -> Entry:
    """An entry from a gazetteer mapping (see the module docstring)."""
    styles = {s: str(raw[s]) for s in (*STYLES, "house") if raw.get(s)}
    if "ap" not in styles:
        styles["ap"] = styles.get("house") or next(iter(styles.values()))
    alts = [str(a) for a in raw.get("alt") or ()]
    if raw.get("ru"):
        romanized = _romanizations(str(raw["ru"]))
        if raw.get("type") in ("person", "place"):  # brands keep their English name under every style
            styles.setdefault("bgn", romanized[0])
        alts.extend(romanized)
    legit = set(styles.values())
    return Entry(styles=styles, alts=tuple(a for a in dict.fromkeys(alts) if a not in legit),
                 wrong=tuple(str(w) for w in raw.get("wrong") or ()),
                 context=tuple(str(c).lower() for c in raw.get("context") or ()),
                 type=str(raw.get("type", "")), source=source)


def entries_from_pack_rules(rules_data: Iterable[Mapping[str, Any]], source: str = "") -> list[Entry]:
    """House entries of names rules (``entries: {house spelling: [variants]}``) in a pack."""
    out = []
    for rule in rules_data:
        for house, variants in (rule.get("entries") or {}).items():
            out.append(Entry(styles={"ap": str(house), "house": str(house)},
                             alts=tuple(str(v) for v in variants or ()), source=source))
    return out


def _load_yaml(path: Path) -> Any:
    import yaml

    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    with open(path, encoding="utf-8") as fh:
        return yaml.load(fh, Loader=loader)


def read_entries(path: str | Path) -> list[Entry]:
    """Entries of one gazetteer file, or the house entries of a names pack file."""
    data = _load_yaml(Path(path))
    if not isinstance(data, dict):
        raise ValueError(f"{path}: not a names gazetteer or names pack")
    if "pack" in data:
        rules = [r for r in data.get("rules") or () if r.get("type") == "names"]
        return entries_from_pack_rules(rules, str(path))
    default_type = str(data.get("type", ""))
    return [entry_from_mapping({"ap": raw, "type": default_type} if isinstance(raw, str) else
                               {"type": default_type, **raw}, str(path))
            for raw in data.get("entries") or ()]


def gazetteer_dir() -> Path:
    from ..packs.loader import builtin_rules_dir

    return builtin_rules_dir() / "names"


@lru_cache(maxsize=8)
def builtin_gazetteer() -> Gazetteer:
    """Every entry of the built-in gazetteer files, read once per process. Parsing the YAML and
    romanizing the Russian originals takes a noticeable part of a second, so the result is also
    kept in the user's cache folder, keyed by the files' contents and the iuliia version."""
    import iuliia

    from ..datacache import cached

    paths = sorted(gazetteer_dir().glob("*.yaml"))

    def build() -> Gazetteer:
        gaz = Gazetteer()
        for path in paths:
            for entry in read_entries(path):
                gaz.add(entry)
        return gaz

    key = [getattr(iuliia, "__version__", "").encode(), *(p.name.encode() + p.read_bytes() for p in paths)]
    return cached("names-gazetteer", key, build, Gazetteer)


@lru_cache(maxsize=8)
def load_gazetteer(style: str | None) -> tuple[Gazetteer, str | None]:
    """The gazetteer for a style, and the style name to read canonical spellings with.

    ``ap``, ``bgn`` and ``native`` select a column; a path overrides single entries (style ``house``);
    ``None`` means no house style was chosen (only wrong spellings are enforced).
    """
    base = builtin_gazetteer()
    if style is None or style in STYLES:
        return base, style
    path = Path(style)
    if not path.is_file():
        raise ValueError(f"names style {style!r} is neither ap, bgn, native nor a file")
    return base.override(read_entries(path)), "house"
