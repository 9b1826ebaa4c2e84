"""The names check end to end: the seed article under each house style, articles checked together,
a reference corpus, a house-style file, HTML offsets, and silence on ordinary English."""

from __future__ import annotations

from pathlib import Path

import pytest

import lintnews
from lintnews.api import run_paths
from lintnews.config import settings_from_dict
from lintnews.fix.apply import apply_fixes

TESTS = Path(__file__).resolve().parent
SEED = TESTS / "data" / "seed-article.txt"


def names_findings(text: str, style: str | None = None, format: str = "text") -> list[lintnews.Finding]:
    config: dict = {"select": ["names"]}
    if style:
        config["names"] = {"style": style}
    return lintnews.lint_text(text, format=format, config=config)


def seed_findings(style: str | None = None) -> list[lintnews.Finding]:
    return names_findings(SEED.read_text(encoding="utf-8"), style)


def test_seed_without_style_flags_the_minority_spelling_and_iskandar() -> None:
    findings = seed_findings()
    by_text: dict[str, list[lintnews.Finding]] = {}
    for f in findings:
        by_text.setdefault(f.text, []).append(f)
    assert sorted(by_text) == ["Iskandar", "Iskandar-M", "Lukashenka"]
    assert len(by_text["Lukashenka"]) == 4 and len(by_text["Iskandar"]) == 2
    luk = by_text["Lukashenka"][0]
    assert luk.rule == "names/inconsistent-spelling"
    assert luk.fixes[0].edits[0].replacement == "Lukashenko" and luk.fixes[0].applicability == "unsafe"
    assert "'Lukashenko' 6x" in luk.message and "'Lukashenka' 4x" in luk.message and "lines" in luk.message
    isk = by_text["Iskandar"][0]
    assert isk.rule == "names/nonstandard-spelling" and isk.fixes[0].applicability == "safe"
    assert isk.fixes[0].edits[0].replacement == "Iskander"
    assert by_text["Iskandar-M"][0].fixes[0].edits[0].replacement == "Iskander-M"
    assert all(f.severity != "error" for f in findings)


def test_seed_with_ap_style_fixes_to_lukashenko() -> None:
    findings = [f for f in seed_findings("ap") if f.text.startswith("Lukashenk")]
    assert [f.text for f in findings] == ["Lukashenka"] * 4
    assert {f.fixes[0].edits[0].replacement for f in findings} == {"Lukashenko"}
    assert {f.fixes[0].applicability for f in findings} == {"safe"}
    assert {f.rule for f in findings} == {"names/house-style"}


def test_seed_with_native_style_fixes_to_lukashenka() -> None:
    findings = [f for f in seed_findings("native") if f.text.startswith("Lukashenk")]
    assert [f.text for f in findings] == ["Lukashenko"] * 6
    assert {f.fixes[0].edits[0].replacement for f in findings} == {"Lukashenka"}


def test_fixing_the_seed_leaves_nothing_for_the_names_check() -> None:
    text = SEED.read_text(encoding="utf-8")
    fixed, _ = apply_fixes(text, seed_findings("ap"), ("safe", "unsafe"))
    assert "Lukashenka" not in fixed and "Iskandar" not in fixed
    assert names_findings(fixed, "ap") == []


@pytest.mark.parametrize(
    "text",
    [
        "Kim Jong Un met officials, as Kim Jong Il had done before him.",
        "Mohammed bin Salman met Mohamed Salah in Riyadh.",
        "The province of Shanxi borders Shaanxi. Shanxi is known for coal.",
        "Senator Whitehouse criticised the White House on Tuesday.",
        "Part II of the report was published by the Party.",
        "The Nato summit and NATO officials agreed.",
        "Mr Iskandar, a Malaysian lawyer, spoke in Kuala Lumpur. Iskandar said he would appeal.",
        "1) Deauthorize your reader. 2) De-authorize the app. To deauthorize it, click Erase.",
    ],
)
def test_distinct_names_and_non_names_are_not_flagged(text: str) -> None:
    assert names_findings(text) == []


def test_a_variant_inside_a_multiword_name_and_a_possessive() -> None:
    text = (
        "Kim Jong Un inspected the site. Officials said Kim Jong Un was pleased. "
        "Later Kim Jong-un's sister spoke."
    )
    findings = names_findings(text)
    assert [(f.text, f.fixes[0].edits[0].replacement) for f in findings] == [("Kim Jong-un", "Kim Jong Un")]


def test_house_style_file_overrides_single_entries(tmp_path: Path) -> None:
    style = tmp_path / "house.yaml"
    style.write_text(
        "kind: names-gazetteer\nentries:\n  - {house: Lukashenka, alt: [Lukashenko]}\n", encoding="utf-8"
    )
    findings = [f for f in seed_findings(str(style)) if f.text.startswith("Lukashenk")]
    assert {f.text for f in findings} == {"Lukashenko"}
    assert {f.fixes[0].edits[0].replacement for f in findings} == {"Lukashenka"}


def test_html_offsets_point_at_the_source() -> None:
    html = (
        "<html><body><p>Lukashenko met Putin. Lukashenko said &amp; left.</p>"
        "<p>Then <b>Lukashenka</b> spoke.</p></body></html>"
    )
    findings = names_findings(html, format="html")
    assert [html[f.start : f.end] for f in findings] == ["Lukashenka"]


def _write(folder: Path, name: str, text: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


@pytest.mark.parametrize("jobs", [1, 2])
def test_articles_checked_together_flag_the_site_minority(tmp_path: Path, jobs: int) -> None:
    for i in range(3):
        _write(tmp_path, f"a{i}.txt", f"Story {i}. Officials met Golosheikin in Moscow on Monday.\n")
    odd = _write(tmp_path, "odd.txt", "Title\n\nOfficials met Golosheykin in Moscow. Golosheykin said no.\n")
    settings = settings_from_dict({"select": ["names"]})
    result = run_paths([str(tmp_path)], settings, jobs=jobs)
    findings = result.findings
    assert [(Path(f.path).name, f.text) for f in findings] == [("odd.txt", "Golosheykin")] * 2
    f = findings[0]
    assert f.severity == "info" and f.rule == "names/inconsistent-spelling"
    assert f.fixes[0].applicability == "unsafe" and f.fixes[0].edits[0].replacement == "Golosheikin"
    assert "3 articles" in f.message and "across the site" in f.message
    assert odd.read_text(encoding="utf-8")[f.start : f.end] == "Golosheykin"
    assert (f.line, f.column, f.end_line, f.end_column) == (3, 15, 3, 26)


def test_a_reference_corpus_sets_the_established_spelling(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    for i in range(2):
        _write(corpus, f"ref{i}.md", f"# Ref {i}\n\nThe mayor, Vakhoshkin, spoke to reporters.\n")
    article = _write(tmp_path / "new", "draft.txt", "The mayor, Vahoshkin, spoke again.\n")
    plain = run_paths([str(article)], settings_from_dict({"select": ["names"]}))
    assert plain.findings == []
    with_corpus = settings_from_dict({"select": ["names"]}).with_section("names", corpus=str(corpus))
    findings = run_paths([str(article)], with_corpus).findings
    assert [(f.text, f.fixes[0].edits[0].replacement) for f in findings] == [("Vahoshkin", "Vakhoshkin")]


def test_articles_that_agree_with_each_other_raise_nothing(tmp_path: Path) -> None:
    for i in range(4):
        _write(tmp_path, f"a{i}.txt", "Lukashenko met Zelensky's envoy in Minsk.\n")
    assert run_paths([str(tmp_path)], settings_from_dict({"select": ["names"]})).findings == []
