"""When LanguageTool misbehaves — HTTP 500, a timeout, a refused connection, a size limit — the run
says so once, every other check still runs, and --require-languagetool turns it into exit code 2."""

from __future__ import annotations

import socket
from pathlib import Path

import pytest
from languagetool_replay import ReplayServer, grammar_config, load_recording

import lintnews

SEED_TEXT = load_recording("seed-article")["request"]["form"]["text"]
MULTI = "First paragraph has has a repeat.\n\nSecond paragraph ends with two dots..\n\nThird one is fine."


def closed_port_url() -> str:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    return f"http://127.0.0.1:{port}"


def seed_file(tmp_path: Path, name: str = "seed.txt") -> Path:
    path = tmp_path / name
    path.write_text(SEED_TEXT, encoding="utf-8")
    return path


def lt_rules(result: lintnews.RunResult) -> list[str]:  # type: ignore[name-defined]
    return [f.rule for f in result.findings if f.rule.startswith("lt:")]


def test_no_server_configured_is_silent(tmp_path: Path) -> None:
    result = lintnews.lint_paths([str(seed_file(tmp_path))])
    assert result.notices == []
    assert not lt_rules(result)
    assert any(f.rule.startswith("boilerplate/") for f in result.findings)


def test_refused_connection_one_notice_other_checks_still_run(tmp_path: Path) -> None:
    files = [str(seed_file(tmp_path, f"seed{i}.txt")) for i in range(3)]
    url = closed_port_url()
    result = lintnews.lint_paths(files, config={"languagetool": {"url": url, "cache": False}})
    assert len(result.notices) == 1
    assert "could not be used" in result.notices[0] and url in result.notices[0]
    assert not lt_rules(result)
    assert sum(f.rule.startswith("boilerplate/") for f in result.findings) >= 3  # one per file at least
    assert result.exit_code("never") == 0


def test_require_languagetool_makes_an_unreachable_server_exit_2(cli, tmp_path: Path) -> None:
    path = seed_file(tmp_path)
    url = closed_port_url()
    run = cli("check", "--isolated", "--fail-on", "never", "--languagetool", url, "--no-cache", str(path))
    assert run.exit_code == 0
    assert run.stderr.count("LanguageTool") == 1
    run = cli("check", "--isolated", "--fail-on", "never", "--languagetool", url, "--no-cache",
              "--require-languagetool", str(path))
    assert run.exit_code == 2
    assert "could not be used" in run.stderr
    assert "boilerplate/comment-widget" in run.stdout  # the report is still complete


def test_require_without_any_server_is_an_error(cli, tmp_path: Path) -> None:
    run = cli("check", "--isolated", "--require-languagetool", str(seed_file(tmp_path)))
    assert run.exit_code == 2
    assert "no server given" in run.stderr


def test_one_notice_when_files_are_checked_in_worker_processes(cli, tmp_path: Path) -> None:
    for i in range(4):
        seed_file(tmp_path, f"seed{i}.txt")
    run = cli("check", "--isolated", "--jobs", "2", "--fail-on", "never", "--languagetool", closed_port_url(),
              "--no-cache", str(tmp_path))
    assert run.exit_code == 0
    assert run.stderr.count("LanguageTool") == 1


def test_timeout_is_one_notice(replay: ReplayServer, tmp_path: Path) -> None:
    replay.delay = 1.0
    config = grammar_config(replay.url, timeout=0.2)
    result = lintnews.lint_paths([str(seed_file(tmp_path)), str(seed_file(tmp_path, "b.txt"))], config=config)
    assert len(result.notices) == 1
    assert "no answer within 0.2 s" in result.notices[0]
    assert len(replay.requests) == 3  # the first request and its two retries; then the server is given up


def test_server_error_is_retried_with_back_off(replay: ReplayServer) -> None:
    replay.fail_with = [500, 503]
    findings = lintnews.lint_text(MULTI, config=grammar_config(replay.url))
    assert [f.rule for f in findings] == ["lt:ENGLISH_WORD_REPEAT_RULE", "lt:DOUBLE_PUNCTUATION"]
    assert len(replay.requests) == 4  # two failures, then the version probe and the check


def test_persistent_500_on_one_batch_spares_the_others(replay: ReplayServer, tmp_path: Path) -> None:
    replay.fail_text = ("two dots", 500)
    path = tmp_path / "a.txt"
    path.write_text(MULTI, encoding="utf-8")
    config = grammar_config(replay.url, max_request_chars=40)
    result = lintnews.lint_paths([str(path)], config=config)
    assert lt_rules(result) == ["lt:ENGLISH_WORD_REPEAT_RULE"]
    assert len(result.notices) == 1
    assert "failed on 1 request (HTTP 500" in result.notices[0]


def test_bad_request_is_not_retried(replay: ReplayServer) -> None:
    replay.fail_with = [400]
    lintnews.lint_text(MULTI, config=grammar_config(replay.url))
    assert len(replay.requests) == 1


def test_batches_stay_under_the_size_limit(replay: ReplayServer) -> None:
    one = lintnews.lint_text(SEED_TEXT, config=grammar_config(replay.url))
    sent_whole = len(replay.checks)
    replay.requests.clear()
    small = lintnews.lint_text(SEED_TEXT, config=grammar_config(replay.url, max_request_chars=500))
    assert sent_whole == 1
    assert len(replay.checks) > 4
    longest_paragraph = max(len(p.strip()) for p in SEED_TEXT.split("\n\n"))
    assert all(len(r["text"]) <= max(500, longest_paragraph) for r in replay.checks)
    assert [(f.rule, f.start, f.end) for f in small] == [(f.rule, f.start, f.end) for f in one]


def test_http_413_halves_the_batch(replay: ReplayServer) -> None:
    replay.max_text_length = 1000  # above the longest paragraph (641 characters), below the article
    findings = lintnews.lint_text(SEED_TEXT, config=grammar_config(replay.url))
    too_long = [r for r in replay.checks if len(r["text"]) > 1000]
    assert too_long and len(replay.checks) - len(too_long) >= 2  # the halves that fit were sent
    replay.max_text_length = None
    whole = lintnews.lint_text(SEED_TEXT, config=grammar_config(replay.url))
    assert [(f.rule, f.start) for f in findings] == [(f.rule, f.start) for f in whole]


def test_a_paragraph_over_the_limit_is_reported_once(replay: ReplayServer, tmp_path: Path) -> None:
    replay.max_text_length = 600
    path = seed_file(tmp_path)
    result = lintnews.lint_paths([str(path)], config=grammar_config(replay.url))
    assert len(result.notices) == 1 and "HTTP 413" in result.notices[0]
    assert lt_rules(result)  # the other paragraphs were checked


def test_a_long_lived_linter_tries_the_server_again(replay: ReplayServer,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    from lintnews.api import _settings
    from lintnews.engine.runner import Linter
    from lintnews.languagetool import service

    linter = Linter(_settings(grammar_config(replay.url)))
    replay.fail_with = [503, 503, 503]
    assert linter.lint_text(MULTI) == []  # given up after the retries
    assert linter.lint_text(MULTI) == []  # and not asked again at once
    assert len(replay.requests) == 3
    monkeypatch.setattr(service, "RETRY_AFTER", 0.0)
    assert [f.text for f in linter.lint_text(MULTI)] == ["has has", ".."]


def test_languagetool_folder_without_a_server_jar_is_one_notice(monkeypatch: pytest.MonkeyPatch,
                                                                tmp_path: Path) -> None:
    (tmp_path / "LanguageTool-6.3").mkdir()
    monkeypatch.setenv("LTP_JAR_DIR_PATH", str(tmp_path / "LanguageTool-6.3"))
    result = lintnews.lint_paths([str(seed_file(tmp_path))], config={"languagetool": {"cache": False}})
    assert len(result.notices) == 1
    assert "no languagetool-server.jar or languagetool.jar" in result.notices[0]
    assert "LTP_JAR_DIR_PATH" in result.notices[0]
    assert any(f.rule.startswith("boilerplate/") for f in result.findings)
