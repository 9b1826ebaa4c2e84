"""The per-paragraph disk cache: a warm run sends nothing but the version probe, an edit re-sends only
the changed paragraph, settings and server version are part of the key, --no-cache bypasses it, and
the file stays under its size bound."""

from __future__ import annotations

from pathlib import Path

from languagetool_replay import ReplayServer, grammar_config, load_recording

import lintnews
from lintnews.languagetool.cache import Cache, cache_key

SEED_TEXT = load_recording("seed-article")["request"]["form"]["text"]
MULTI = "First paragraph has has a repeat.\n\nSecond paragraph ends with two dots..\n\nThird one is fine."


def spans(findings: list) -> list[tuple[str, int, int]]:
    return [(f.rule, f.start, f.end) for f in findings]


def test_warm_cache_sends_no_text(replay: ReplayServer, tmp_path: Path) -> None:
    config = grammar_config(replay.url, tmp_path / "cache")
    cold = lintnews.lint_text(SEED_TEXT, config=config)
    assert len(replay.checks) == 1
    replay.requests.clear()
    warm = lintnews.lint_text(SEED_TEXT, config=config)
    assert replay.checks == []
    assert [r["text"] for r in replay.requests] == [""]  # only the probe that learns the server version
    assert spans(warm) == spans(cold) and len(cold) > 5


def test_an_edited_paragraph_is_the_only_one_sent_again(replay: ReplayServer, tmp_path: Path) -> None:
    config = grammar_config(replay.url, tmp_path / "cache")
    lintnews.lint_text(MULTI, config=config)
    replay.requests.clear()
    new = "This is is a test.. He ran fastly to the the station , and saw a apple."
    edited = MULTI.replace("Third one is fine.", new)
    findings = lintnews.lint_text(edited, config=config)
    assert [r["text"] for r in replay.checks] == [new]
    assert [f.text for f in findings][:2] == ["has has", ".."]
    assert len(findings) > 4  # the cached paragraphs' matches and the new one's


def test_settings_are_part_of_the_key(replay: ReplayServer, tmp_path: Path) -> None:
    lintnews.lint_text(SEED_TEXT, config=grammar_config(replay.url, tmp_path / "cache"))
    replay.requests.clear()
    lintnews.lint_text(SEED_TEXT, config=grammar_config(replay.url, tmp_path / "cache", picky=True))
    assert len(replay.checks) == 1 and replay.checks[0]["level"] == "picky"


def test_server_version_is_part_of_the_key() -> None:
    fields = {"language": "en-US"}
    assert cache_key("LanguageTool 6.3", fields, "A.") != cache_key("LanguageTool 6.4", fields, "A.")
    assert cache_key("v", fields, "A.") != cache_key("v", {"language": "en-GB"}, "A.")
    assert cache_key("v", fields, "A.") == cache_key("v", {**fields, "text": "ignored"}, "A.")


def test_no_cache_reads_and_writes_nothing(cli, replay: ReplayServer, tmp_path: Path) -> None:
    article = tmp_path / "a.txt"
    article.write_text(MULTI, encoding="utf-8")
    cache_dir = tmp_path / "cache"
    (tmp_path / "lintnews.toml").write_text(f'[languagetool]\ncache_dir = "{cache_dir.as_posix()}"\n',
                                            encoding="utf-8")
    for _ in range(2):
        run = cli("check", "--languagetool", replay.url, "--no-cache", "--fail-on", "never", str(article))
        assert run.exit_code == 0 and "lt:ENGLISH_WORD_REPEAT_RULE" in run.stdout
    assert len(replay.checks) == 2
    assert not cache_dir.exists()
    cli("check", "--languagetool", replay.url, "--fail-on", "never", str(article))
    cli("check", "--languagetool", replay.url, "--fail-on", "never", str(article))
    assert len(replay.checks) == 3 and (cache_dir / "cache.sqlite3").exists()


def test_incomplete_answers_are_not_cached(replay: ReplayServer, tmp_path: Path) -> None:
    replay.recordings.header = {**replay.recordings.header, "warnings": {"incompleteResults": True}}
    config = grammar_config(replay.url, tmp_path / "cache")
    text = "First paragraph has has a repeat.\n\nThird one is fine."  # composed, with the header above
    lintnews.lint_text(text, config=config)
    lintnews.lint_text(text, config=config)
    assert len(replay.checks) == 2


def test_cache_stays_under_its_size_bound(tmp_path: Path) -> None:
    cache = Cache(tmp_path, max_bytes=20_000)
    for i in range(200):
        cache.put_many({f"key{i}": [{"message": "x" * 200, "n": i}]})
    assert cache.size() <= 20_000
    recent = cache.get_many([f"key{i}" for i in range(190, 200)])
    assert len(recent) == 10  # the least recently used went first
    assert cache.get_many(["key0"]) == {}


def test_unusable_cache_folder_is_only_a_miss(replay: ReplayServer, tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder", encoding="utf-8")
    findings = lintnews.lint_text(MULTI, config=grammar_config(replay.url, blocker / "cache"))
    assert [f.text for f in findings] == ["has has", ".."]
