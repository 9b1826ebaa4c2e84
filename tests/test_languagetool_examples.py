"""The grammar pack's examples, verified against recorded LanguageTool answers: ``lintnews rules test``
runs them against whatever server LINTNEWS_LANGUAGETOOL_URL names (and cannot verify them without one)."""

from __future__ import annotations

from pathlib import Path

import pytest
from languagetool_replay import ReplayServer

from lintnews.packs.loader import load_packs
from lintnews.testing import run_rule_examples

GRAMMAR_PACK = Path(__file__).resolve().parent.parent / "rules" / "grammar.yaml"


def test_grammar_examples_hold_against_the_recorded_server(monkeypatch: pytest.MonkeyPatch,
                                                           tmp_path: Path) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    with ReplayServer() as server:
        monkeypatch.setenv("LINTNEWS_LANGUAGETOOL_URL", server.url)
        rules = load_packs([str(GRAMMAR_PACK)])
        failures = [f for rule in rules for f in run_rule_examples(rule)]
        texts = [r["text"] for r in server.checks]
    assert failures == []
    assert len(texts) == sum(len(r.bad) + len(r.good) for r in rules)  # every example reached the server


def test_a_wrong_span_in_an_example_fails(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    pack = tmp_path / "grammar.yaml"
    pack.write_text(GRAMMAR_PACK.read_text(encoding="utf-8").replace("[[has has]] a", "has [[has a]]"),
                    encoding="utf-8")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    with ReplayServer() as server:
        monkeypatch.setenv("LINTNEWS_LANGUAGETOOL_URL", server.url)
        failures = [f for rule in load_packs([str(pack)]) for f in run_rule_examples(rule)]
    assert len(failures) == 1 and "expected 'has a' flagged, got 'has has'" in failures[0].problem


def test_without_a_server_the_examples_cannot_fail(tmp_path: Path) -> None:
    failures = [f for rule in load_packs([str(GRAMMAR_PACK)]) for f in run_rule_examples(rule)]
    assert failures == []
