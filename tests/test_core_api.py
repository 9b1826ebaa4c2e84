"""The public API: ``lintnews.lint_text`` and ``lintnews.lint_paths``, as the README documents them."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from conftest import REPO, TEST_PACK_CONFIG, write

import lintnews
from lintnews.errors import ConfigError, LintnewsError


def test_lint_text_returns_findings_with_places_and_fixes() -> None:
    (f,) = lintnews.lint_text("He met White President Lukashenka.", format="text", config=TEST_PACK_CONFIG)
    assert isinstance(f, lintnews.Finding)
    assert (f.rule, f.severity, f.line, f.column, f.end_line, f.end_column) == (
        "core-test/white-president", "error", 1, 8, 1, 23)
    assert (f.path, f.text, f.category) == ("<text>", "White President", "Accuracy/Mistranslation")
    (fix,) = f.fixes
    assert isinstance(fix, lintnews.Fix) and fix.title == "Replace with 'Belarusian President'"
    assert fix.edits == (lintnews.Edit(7, 22, "Belarusian President"),)


@pytest.mark.parametrize(("format", "text", "column"), [
    ("text", "`He` met White President.", 10),
    ("markdown", "`White President` met White President.", 23),
    ("html", "<p title='White President'>Met <i>the</i> White President.</p>", 43),
])
def test_lint_text_formats(format: str, text: str, column: int) -> None:
    findings = lintnews.lint_text(text, format=format, config=TEST_PACK_CONFIG)
    assert [(f.line, f.column) for f in findings] == [(1, column)]


def test_lint_text_with_the_builtin_packs_by_default() -> None:
    findings = lintnews.lint_text("The talks ended on Tuesday in Minsk.\n\nNo comments yet.\n")
    assert [(f.rule, f.line) for f in findings] == [("boilerplate/comment-widget", 3)]


def test_lint_text_config_selects_and_sets_severity() -> None:
    config = {**TEST_PACK_CONFIG, "ignore": ["han"], "severity": {"white-president": "info"}}
    findings = lintnews.lint_text("White President said 北京,, twice.", config=config)
    assert [(f.rule, f.severity) for f in findings] == [
        ("core-test/white-president", "info"), ("core-test/doubled-punct", "warning")]


def test_lint_text_with_a_bad_config_or_format_raises_a_lintnews_error() -> None:
    with pytest.raises(ConfigError, match="unknown configuration key 'colour'"):
        lintnews.lint_text("x", config={"colour": True})
    with pytest.raises(LintnewsError, match="unknown format 'docx'"):
        lintnews.lint_text("x", format="docx", config=TEST_PACK_CONFIG)


def test_lint_paths_checks_folders_and_collects_errors(tmp_path: Path) -> None:
    write(tmp_path / "site" / "a.md", "He met White President.\n")
    write(tmp_path / "site" / "b" / "c.html", "<p>They met,, twice.</p>")
    write(tmp_path / "site" / "bad.txt", "caf\u00e9", "latin-1")
    result = lintnews.lint_paths([str(tmp_path / "site")], config=TEST_PACK_CONFIG)
    assert [Path(r.path).name for r in result.files] == ["a.md", "bad.txt", "c.html"]
    assert [f.rule for f in result.findings] == ["core-test/white-president", "core-test/doubled-punct"]
    assert result.counts() == {"error": 1, "warning": 1, "info": 0}
    (error,) = result.errors
    assert "bad.txt" in error and "not valid UTF-8" in error
    assert result.exit_code("error") == 2  # an unreadable file wins over any threshold
    clean = lintnews.lint_paths([str(tmp_path / "site" / "b")], config=TEST_PACK_CONFIG)
    assert (clean.exit_code("error"), clean.exit_code("warning"), clean.exit_code("never")) == (0, 1, 0)


def test_lint_paths_with_settings_object(tmp_path: Path) -> None:
    from lintnews.config import Settings

    write(tmp_path / "a.txt", "He met White President.\n")
    settings = Settings(builtin_packs=False, extra_packs=(str(REPO / "tests" / "data" / "packs"),),
                        select=("core-test/white-president",))
    assert [f.rule for f in lintnews.lint_paths([str(tmp_path)], config=settings).findings] == [
        "core-test/white-president"]


def test_importing_lintnews_stays_light() -> None:
    # ``import lintnews`` must not pull in the pipeline: the command line's start-up depends on it
    code = "import sys, lintnews; print(sorted(m for m in ('yaml', 'click', 'jsonschema', 'lintnews.api') " \
           "if m in sys.modules))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=REPO)
    assert out.stdout.strip() == "[]"


def test_version_is_exposed(cli) -> None:
    result = cli("--version")
    assert result.exit_code == 0 and lintnews.__version__ in result.stdout
