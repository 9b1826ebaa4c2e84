"""The article the project started from, with the built-in packs: every artifact an editor would fix is
found at its place, in the plain text and in the bundled Markdown and HTML versions."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from conftest import REPO, SEED

EXAMPLES = REPO / "examples"

#: (text that must be flagged, pack that flags it). The span must lie within the artifact's text.
ARTIFACTS = [
    ("hoka shoes", "boilerplate"),
    ("White President", "calques-zh-en"),
    ("the Russian News Agency", "calques-zh-en"),
    ("combat duty state", "calques-zh-en"),
    ("No comments yet.", "boilerplate"),
    ("No trackbacks yet.", "boilerplate"),
]


def run_json(*paths: Path) -> tuple[int, dict]:
    from click.testing import CliRunner

    from lintnews.cli import main

    result = CliRunner().invoke(main, ["check", "--isolated", "--format", "json", *map(str, paths)],
                                catch_exceptions=False)
    return result.exit_code, json.loads(result.stdout)


def covered(findings: list[dict], source: str, artifact: str, pack: str) -> list[dict]:
    """Findings of ``pack`` that overlap an occurrence of ``artifact`` in ``source``."""
    spans = []
    start = source.find(artifact)
    while start >= 0:
        spans.append((start, start + len(artifact)))
        start = source.find(artifact, start + 1)
    assert spans, f"{artifact!r} is not in the article"
    return [f for f in findings
            if f["pack"] == pack and any(f["start"] < e and s < f["end"] for s, e in spans)]


@pytest.fixture(scope="module")
def copies(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """The seed article as text, Markdown and HTML, copied where no config file applies."""
    folder = tmp_path_factory.mktemp("seed")
    out = {"text": folder / "seed-article.txt"}
    shutil.copyfile(SEED, out["text"])
    for suffix in ("md", "html"):
        out[suffix] = folder / f"seed-article.{suffix}"
        shutil.copyfile(EXAMPLES / f"seed-article.{suffix}", out[suffix])
    return out


@pytest.fixture(scope="module")
def results(copies: dict[str, Path]) -> dict[str, tuple[int, dict]]:
    """One run per file (each alone, so one file's findings cannot hide behind another's)."""
    return {kind: run_json(path) for kind, path in copies.items()}


def test_the_seed_copy_matches_the_shared_sample() -> None:
    shared = REPO.parent / "shared" / "samples" / "seed-article.txt"
    if shared.exists():  # the test data must stay the article the project started from
        assert SEED.read_bytes() == shared.read_bytes()


@pytest.mark.parametrize("kind", ["text", "md", "html"])
@pytest.mark.parametrize(("artifact", "pack"), ARTIFACTS)
def test_seed_artifact_is_found(copies: dict[str, Path], results, kind: str, artifact: str,
                                pack: str) -> None:
    path = copies[kind]
    code, data = results[kind]
    assert code == 1
    source = path.read_text(encoding="utf-8")
    found = covered(data["findings"], source, artifact, pack)
    assert found, f"nothing from {pack} flags {artifact!r} in {path.name}"
    for f in found:
        assert source[f["start"]:f["end"]] == f["text"]


@pytest.mark.parametrize("kind", ["text", "md", "html"])
def test_seed_doubled_punctuation_after_the_quote(copies: dict[str, Path], results, kind: str) -> None:
    source = copies[kind].read_text(encoding="utf-8")
    at = source.index("combat duty.\u201d.") + len("combat duty.")  # the two characters \u201d.
    _, data = results[kind]
    hits = [f for f in data["findings"]
            if f["pack"] == "punctuation" and f["start"] < at + 2 and at < f["end"]]
    assert hits, "the doubled punctuation \u201d. is not flagged"


def test_seed_plain_text_places_and_exit_code(results) -> None:
    code, data = results["text"]
    assert code == 1
    places = {(f["line"], f["column"], f["text"]) for f in data["findings"] if f["pack"] == "boilerplate"}
    assert {(1, 1, "hoka shoes"), (15, 6, "No comments yet."), (17, 6, "No trackbacks yet.")} <= places


def test_seed_json_is_valid_against_the_documented_schema(copies: dict[str, Path]) -> None:
    from jsonschema import Draft202012Validator

    schema = json.loads((REPO / "lintnews" / "schemas" / "findings.schema.json").read_text(encoding="utf-8"))
    _, data = run_json(*copies.values())
    assert not list(Draft202012Validator(schema).iter_errors(data))
    assert data["summary"]["files"] == 3 and data["summary"]["unreadable"] == 0


def test_bundled_examples_give_the_same_findings_in_every_format(results) -> None:
    """The Markdown and HTML versions hold the same article: the same rules fire on the same words."""
    def flagged(kind: str) -> list[tuple[str, str]]:
        return [(f["rule"], f["text"]) for f in results[kind][1]["findings"]]

    assert flagged("md") == flagged("text")
    assert flagged("html") == flagged("text")
