"""The built-in gazetteer: size, coverage, consistency, and the spellings iuliia derives."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from lintnews.names.gazetteer import (
    STYLES,
    builtin_gazetteer,
    entry_from_mapping,
    gazetteer_dir,
    load_gazetteer,
    read_entries,
)
from lintnews.packs.loader import load_packs


def test_at_least_400_entries_across_the_regions_of_machine_translated_news() -> None:
    gaz = builtin_gazetteer()
    assert len(gaz.entries) >= 400
    files = {p.stem for p in gazetteer_dir().glob("*.yaml")}
    assert {
        "russia",
        "belarus",
        "ukraine",
        "china",
        "koreas",
        "middle-east",
        "central-asia",
        "media",
        "weapons",
    } <= files
    types = Counter(e.type for e in gaz.entries)
    assert types["person"] >= 100 and types["place"] >= 150 and types["media"] >= 40 and types["weapon"] >= 50


def test_no_spelling_belongs_to_two_entries_and_no_wrong_spelling_is_legitimate() -> None:
    owner: dict[str, str] = {}
    for entry in builtin_gazetteer().entries:
        legit = set(entry.legitimate())
        assert not legit & set(entry.wrong), entry.id
        for form in (*legit, *entry.wrong):
            assert isinstance(form, str) and form.strip() == form and form
            assert owner.setdefault(form, entry.id) == entry.id, (form, entry.id, owner[form])


def test_every_style_has_a_spelling_for_every_entry() -> None:
    for entry in builtin_gazetteer().entries:
        for style in STYLES:
            assert entry.canonical(style)


def test_russian_originals_give_the_standard_romanizations() -> None:
    entry = entry_from_mapping({"ap": "Zelensky", "ru": "Зеленский", "type": "person"})
    assert entry.canonical("bgn") == "Zelenskiy"
    assert {"Zelenskiy", "Zelenskii"} <= set(entry.legitimate())
    brand = entry_from_mapping({"ap": "Interfax", "ru": "Интерфакс", "type": "media"})
    assert brand.canonical("bgn") == "Interfax"


def test_lukashenko_per_style() -> None:
    entry, kind = builtin_gazetteer().by_form["Lukashenka"]
    assert kind == "style"
    assert (entry.canonical("ap"), entry.canonical("native"), entry.canonical("bgn")) == (
        "Lukashenko",
        "Lukashenka",
        "Lukashenka",
    )
    assert builtin_gazetteer().by_form["Iskandar"][1] == "wrong"


def test_gazetteer_files_are_skipped_by_the_pack_loader() -> None:
    assert load_packs([gazetteer_dir()]) == []


def test_a_style_file_replaces_only_the_entries_it_names(tmp_path: Path) -> None:
    style = tmp_path / "style.yaml"
    style.write_text("kind: names-gazetteer\nentries:\n  - {house: Kiev, alt: [Kyiv]}\n", encoding="utf-8")
    gaz, name = load_gazetteer(str(style))
    assert name == "house"
    assert gaz.by_form["Kyiv"][0].canonical("house") == "Kiev"
    assert gaz.by_form["Lukashenka"][0].canonical("ap") == "Lukashenko"
    assert len(read_entries(style)) == 1


def test_an_unknown_style_is_a_clear_error() -> None:
    with pytest.raises(ValueError, match="neither ap, bgn, native nor a file"):
        load_gazetteer("chicago")
