"""Against a real LanguageTool server, named by LINTNEWS_LANGUAGETOOL_URL (e.g. a 6.3 server on
loopback): every lintnews finding ``lt:RULE`` covers exactly the text the server flags when it is sent
that paragraph directly, a warm cache sends no text, and the grammar pack's examples hold."""

from __future__ import annotations

import json
import os
import re
import urllib.parse
import urllib.request
from pathlib import Path

import pytest

import lintnews
from lintnews.packs.loader import load_packs
from lintnews.testing import run_rule_examples

#: Read at import: the suite's autouse fixture hides the variable from every other test.
SERVER = os.environ.get("LINTNEWS_LANGUAGETOOL_URL", "")
pytestmark = pytest.mark.skipif(not SERVER, reason="integration test: needs a real LanguageTool server; "
                                "set LINTNEWS_LANGUAGETOOL_URL to run it (the only conditional skip)")
DATA = Path(__file__).resolve().parent / "data"
REPO = DATA.parent.parent


def check_directly(text: str) -> list[tuple[str, str]]:
    """(rule id, flagged text) as the server reports them for ``text``, UTF-16 offsets decoded."""
    base = SERVER.rstrip("/")
    base = base if base.endswith("/v2") else base + "/v2"
    data = urllib.parse.urlencode({"text": text, "language": "en-US"}).encode()
    with urllib.request.urlopen(base + "/check", data=data, timeout=60) as response:  # noqa: S310
        answer = json.load(response)
    units = text.encode("utf-16-le")
    return [(m["rule"]["id"], units[2 * m["offset"]:2 * (m["offset"] + m["length"])].decode("utf-16-le"))
            for m in answer["matches"]]


def test_findings_point_at_the_text_the_server_flags(tmp_path: Path) -> None:
    text = (DATA / "seed-article.txt").read_text(encoding="utf-8")
    config = {"select": ["grammar"], "languagetool": {"url": SERVER, "cache_dir": str(tmp_path)}}
    findings = lintnews.lint_text(text, config=config)
    assert findings
    # the prose lintnews sends: the paragraphs, trimmed, one blank line apart (one batch for this size)
    prose = "\n\n".join(p.strip() for p in re.split(r"\n[ \t]*\n", text) if p.strip())
    expected = check_directly(prose)
    assert sorted((f.rule, f.text) for f in findings) == sorted((f"lt:{r}", t) for r, t in expected)


def test_second_run_uses_the_cache(tmp_path: Path) -> None:
    text = (DATA / "seed-article.txt").read_text(encoding="utf-8")
    config = {"select": ["grammar"], "languagetool": {"url": SERVER, "cache_dir": str(tmp_path)}}
    cold = lintnews.lint_text(text, config=config)
    from lintnews.languagetool.cache import Cache

    assert Cache(tmp_path).size() > 0
    warm = lintnews.lint_text(text, config=config)
    assert [(f.rule, f.start) for f in warm] == [(f.rule, f.start) for f in cold]


def test_grammar_pack_examples_hold(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("LINTNEWS_LANGUAGETOOL_URL", SERVER)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    rules = load_packs([str(REPO / "rules" / "grammar.yaml")])
    failures = [f for rule in rules for f in run_rule_examples(rule)]
    assert failures == []
