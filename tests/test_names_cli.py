"""``lintnews names report`` and the pack it writes, and --corpus/--names-style on ``lintnews check``."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from lintnews.cli import main
from lintnews.packs.loader import load_packs
from lintnews.testing import run_rule_examples

SEED = Path(__file__).resolve().parent / "data" / "seed-article.txt"


def _corpus(folder: Path) -> Path:
    folder.mkdir()
    for i in range(3):
        (folder / f"a{i}.txt").write_text(
            f"Report {i}. Lukashenko met officials in Minsk.\n", encoding="utf-8"
        )
    (folder / "b.txt").write_text("Lukashenka spoke. Later Lukashenka left Minsk.\n", encoding="utf-8")
    return folder


def test_report_lists_groups_with_counts_and_articles(tmp_path: Path) -> None:
    corpus = _corpus(tmp_path / "site")
    result = CliRunner().invoke(main, ["names", "report", str(corpus)])
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert lines[0].startswith("Lukashenko: 3 uses in 3 articles (a0.txt, a1.txt, a2.txt)")
    assert lines[1].startswith("  Lukashenka: 2 uses in 1 article (b.txt)")
    assert lines[-1] == "1 name spelled more than one way"


def test_report_json(tmp_path: Path) -> None:
    corpus = _corpus(tmp_path / "site")
    result = CliRunner().invoke(main, ["names", "report", "--format", "json", str(corpus)])
    groups = json.loads(result.output)["groups"]
    assert [[g["spelling"] for g in group] for group in groups] == [["Lukashenko", "Lukashenka"]]
    assert groups[0][1]["articles"] == [str(corpus / "b.txt")]


def test_written_pack_is_valid_and_enforced(tmp_path: Path) -> None:
    corpus = _corpus(tmp_path / "site")
    pack = tmp_path / "house.yaml"
    result = CliRunner().invoke(main, ["names", "report", str(corpus), "--write", str(pack)])
    assert result.exit_code == 0
    rules = load_packs([pack])
    assert [r.qualified_id for r in rules] == ["house/house-spellings"]
    assert rules[0].params["entries"] == {"Lukashenko": ["Lukashenka"]}
    assert run_rule_examples(rules[0]) == []
    check = CliRunner().invoke(
        main,
        [
            "check",
            "--isolated",
            "--extra-packs",
            str(pack),
            "--select",
            "house",
            "--format",
            "json",
            "--fail-on",
            "never",
            str(SEED),
        ],
    )
    findings = json.loads(check.output)["findings"]
    assert [f["text"] for f in findings] == ["Lukashenka"] * 4
    assert {f["fixes"][0]["applicability"] for f in findings} == {"safe"}


def test_check_names_style_flag(tmp_path: Path) -> None:
    result = CliRunner().invoke(
        main,
        [
            "check",
            "--isolated",
            "--select",
            "names",
            "--names-style",
            "native",
            "--format",
            "json",
            "--fail-on",
            "never",
            str(SEED),
        ],
    )
    texts = [f["text"] for f in json.loads(result.output)["findings"]]
    assert texts.count("Lukashenko") == 6 and "Lukashenka" not in texts


def test_check_corpus_flag(tmp_path: Path) -> None:
    corpus = _corpus(tmp_path / "site")
    (corpus / "b.txt").unlink()  # the site then writes Lukashenko in all three articles
    article = tmp_path / "new.txt"
    article.write_text("Lukashenka arrived in Minsk.\n", encoding="utf-8")
    result = CliRunner().invoke(
        main,
        [
            "check",
            "--isolated",
            "--select",
            "names",
            "--corpus",
            str(corpus),
            "--format",
            "json",
            "--fail-on",
            "never",
            str(article),
        ],
    )
    findings = json.loads(result.output)["findings"]
    assert [(f["text"], f["severity"]) for f in findings] == [("Lukashenka", "info")]


def test_config_file_names_table(tmp_path: Path) -> None:
    (tmp_path / "lintnews.toml").write_text('select = ["names"]\n[names]\nstyle = "ap"\n', encoding="utf-8")
    article = tmp_path / "a.txt"
    article.write_text("Lukashenka arrived in Minsk.\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["check", "--format", "json", "--fail-on", "never", str(article)])
    findings = json.loads(result.output)["findings"]
    assert [(f["text"], f["fixes"][0]["edits"][0]["replacement"]) for f in findings] == [
        ("Lukashenka", "Lukashenko")
    ]


def test_config_style_file_is_relative_to_the_config(tmp_path: Path, monkeypatch) -> None:
    project = tmp_path / "site"
    project.mkdir()
    (project / "house.yaml").write_text(
        "kind: names-gazetteer\nentries:\n  - {house: Lukashenka, alt: [Lukashenko]}\n", encoding="utf-8"
    )
    (project / "lintnews.toml").write_text(
        'select = ["names"]\n[names]\nstyle = "house.yaml"\n', encoding="utf-8"
    )
    article = project / "a.txt"
    article.write_text("Lukashenko arrived in Minsk.\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(main, ["check", "--format", "json", "--fail-on", "never", str(article)])
    findings = json.loads(result.output)["findings"]
    assert [(f["text"], f["fixes"][0]["edits"][0]["replacement"]) for f in findings] == [
        ("Lukashenko", "Lukashenka")
    ]


def test_an_unknown_style_is_a_configuration_error() -> None:
    result = CliRunner().invoke(main, ["check", "--isolated", "--names-style", "chicago", str(SEED)])
    assert result.exit_code == 2
    assert "names.style" in result.output and "chicago" in result.output
