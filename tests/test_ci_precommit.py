"""The pre-commit hooks, run by pre-commit itself against a temporary git repository. pre-commit
clones this repository at HEAD and pip-installs it, as it would for any user."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest
from fix_support import FIX_PACKS

REPO = Path(__file__).resolve().parent.parent
ENV = {**os.environ, "GIT_AUTHOR_NAME": "T", "GIT_AUTHOR_EMAIL": "t@example.org", "GIT_COMMITTER_NAME": "T",
       "GIT_COMMITTER_EMAIL": "t@example.org", "PRE_COMMIT_COLOR": "never"}
BAD = "He met White President Lukashenka ,, today.\n"


def run(cwd: Path, *args: str, check: bool = True) -> subprocess.CompletedProcess[str]:
    return subprocess.run(list(args), cwd=cwd, env=ENV, capture_output=True, text=True, check=check,
                          timeout=900)


@pytest.fixture
def content(tmp_path: Path) -> Path:
    pre_commit = shutil.which("pre-commit")
    assert pre_commit, "pre-commit is in the test extra: pip install -e '.[test]'"
    head = run(REPO, "git", "rev-parse", "HEAD").stdout.strip()
    root = tmp_path / "content"
    root.mkdir()
    run(root, "git", "init", "-q", "-b", "main")
    (root / ".pre-commit-config.yaml").write_text(
        f"repos:\n  - repo: {REPO.as_posix()}\n    rev: {head}\n    hooks:\n"
        "      - id: lintnews-fix\n      - id: lintnews\n", encoding="utf-8")
    (root / "lintnews.toml").write_text(
        f'builtin_packs = false\nextra_packs = ["{FIX_PACKS.as_posix()}"]\nfail_on = "warning"\n',
        encoding="utf-8")
    return root


def test_hooks_fix_then_report_what_remains(content: Path) -> None:
    (content / "story.md").write_text("# Story\n\n" + BAD, encoding="utf-8")
    (content / "notes.py").write_text("x = 'White President ,,'\n", encoding="utf-8")  # not an article
    run(content, "git", "add", ".")
    first = run(content, "pre-commit", "run", "--all-files", check=False)
    assert first.returncode == 1, first.stdout + first.stderr
    assert "files were modified by this hook" in first.stdout
    assert (content / "story.md").read_text(encoding="utf-8") == (
        "# Story\n\nHe met Belarusian President Lukashenka, today.\n")
    assert (content / "notes.py").read_text(encoding="utf-8") == "x = 'White President ,,'\n"
    # the unsafe fix is left for a person: the check hook fails on it (fail_on = warning)
    assert "fix-test/president-name" in first.stdout

    (content / "story.md").write_text("# Story\n\nHe met the Belarusian leader, today.\n", encoding="utf-8")
    run(content, "git", "add", ".")
    second = run(content, "pre-commit", "run", "--all-files", check=False)
    assert second.returncode == 0, second.stdout + second.stderr
    assert second.stdout.count("Passed") == 2
