"""``--diff-base`` and baselines against real git repositories made in temporary folders."""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path

import pytest
from fix_support import fix_project

from lintnews.engine.changed_lines import parse_diff

BAD = "He met White President Lukashenka."
CLEAN = "A quiet day in Minsk."
ENV = {**os.environ, "GIT_AUTHOR_NAME": "T", "GIT_AUTHOR_EMAIL": "t@example.org", "GIT_COMMITTER_NAME": "T",
       "GIT_COMMITTER_EMAIL": "t@example.org", "GIT_CONFIG_NOSYSTEM": "1", "HOME": os.devnull}


def git(repo: Path, *args: str) -> str:
    done = subprocess.run(["git", *args], cwd=repo, env=ENV, check=True, capture_output=True, text=True)
    return done.stdout


def lines(*items: str) -> str:
    return "\n".join(items) + "\n"


@pytest.fixture
def repo(tmp_path: Path, monkeypatch) -> Path:
    root = tmp_path / "repo"
    root.mkdir()
    git(root, "init", "-q", "-b", "main")
    fix_project(root)
    (root / "a.txt").write_text(lines(CLEAN, BAD, CLEAN), encoding="utf-8")
    (root / "old name.txt").write_text(lines(BAD, *[f"Line {i} of a long story." for i in range(12)]),
                                       encoding="utf-8")
    (root / "gone.txt").write_text(lines(BAD), encoding="utf-8")
    git(root, "add", ".")
    git(root, "commit", "-q", "-m", "base")
    git(root, "tag", "base")
    monkeypatch.chdir(root)
    return root


def _reported(cli, *args: str) -> tuple[int, set[tuple[str, int]]]:
    result = cli("check", "--format", "json", *args)
    assert result.exit_code in (0, 1), result.stderr
    return result.exit_code, {(f["path"], f["line"]) for f in result.json()["findings"]}


def test_only_lines_changed_since_ref_are_reported(repo: Path, cli) -> None:
    (repo / "a.txt").write_text(lines(BAD, CLEAN, BAD, CLEAN), encoding="utf-8")  # new line 1, old one moves
    git(repo, "mv", "old name.txt", "new name.txt")
    story = (repo / "new name.txt").read_text(encoding="utf-8").splitlines()
    story.insert(5, BAD)
    (repo / "new name.txt").write_text(lines(*story), encoding="utf-8")
    git(repo, "rm", "-q", "gone.txt")
    (repo / "committed.txt").write_text(lines(CLEAN, "Another new line.", BAD), encoding="utf-8")
    git(repo, "add", ".")
    git(repo, "commit", "-q", "-m", "work")
    (repo / "untracked.md").write_text(lines(BAD), encoding="utf-8")

    code, everything = _reported(cli, ".")
    assert ("./a.txt", 3) in everything and ("./new name.txt", 1) in everything
    code, changed = _reported(cli, "--diff-base", "base", ".")
    assert code == 1
    assert changed == {("./a.txt", 1), ("./new name.txt", 6), ("./committed.txt", 3), ("./untracked.md", 1)}


def test_diff_base_uses_the_merge_base_and_works_from_a_subfolder(repo: Path, cli, monkeypatch) -> None:
    git(repo, "checkout", "-q", "-b", "feature")
    (repo / "docs").mkdir()
    (repo / "docs" / "new.txt").write_text(lines(BAD), encoding="utf-8")
    git(repo, "add", ".")
    git(repo, "commit", "-q", "-m", "feature")
    git(repo, "checkout", "-q", "main")
    (repo / "main-only.txt").write_text(lines(BAD), encoding="utf-8")
    git(repo, "add", ".")
    git(repo, "commit", "-q", "-m", "main moves on")
    git(repo, "checkout", "-q", "feature")
    monkeypatch.chdir(repo / "docs")
    # main has moved on; what the feature branch changed is still judged against the merge base
    assert _reported(cli, "--diff-base", "main", ".") == (1, {("./new.txt", 1)})
    monkeypatch.chdir(repo)
    assert _reported(cli, "--diff-base", "main", "a.txt") == (0, set())


def test_unknown_revision_and_no_repository_are_clear_errors(repo: Path, cli, tmp_path: Path,
                                                             monkeypatch) -> None:
    result = cli("check", "--diff-base", "no-such-ref", ".")
    assert result.exit_code == 2 and "unknown revision 'no-such-ref'" in result.stderr
    outside = tmp_path / "plain"
    outside.mkdir()
    monkeypatch.chdir(outside)
    (outside / "a.txt").write_text(BAD, encoding="utf-8")
    result = cli("check", "--diff-base", "main", ".")
    assert result.exit_code == 2 and "--diff-base" in result.stderr


def test_parse_diff_handles_quoted_names_binary_files_and_pure_renames() -> None:
    diff = "\n".join([
        'diff --git "a/caf\\303\\251 \\"x\\".txt" "b/caf\\303\\251 \\"x\\".txt"',
        'index 1..2 100644', '--- "a/caf\\303\\251 \\"x\\".txt"', '+++ "b/caf\\303\\251 \\"x\\".txt"',
        "@@ -1,0 +2,2 @@", "+one", "+++ not a header: an added line starting with ++",
        "diff --git a/r.txt b/s.txt", "similarity index 100%", "rename from r.txt", "rename to s.txt",
        "diff --git a/u16.txt b/u16.txt", "Binary files a/u16.txt and b/u16.txt differ",
        "diff --git a/del.txt b/del.txt", "deleted file mode 100644", "--- a/del.txt", "+++ /dev/null",
        "@@ -1 +0,0 @@", "-gone",
    ])
    assert parse_diff(diff) == {'café "x".txt': {2, 3}, "u16.txt": None}


def test_baseline_then_a_new_commit_only_the_new_finding_fails(repo: Path, cli) -> None:
    result = cli("baseline", "create", "-o", "lintnews-baseline.json", ".")
    assert result.exit_code == 0 and "3 findings recorded" in result.stderr
    baseline = json.loads((repo / "lintnews-baseline.json").read_text(encoding="utf-8"))
    assert {e["path"] for e in baseline["findings"]} == {"a.txt", "old name.txt", "gone.txt"}
    git(repo, "add", "lintnews-baseline.json")
    git(repo, "commit", "-q", "-m", "baseline")
    assert cli("check", "--baseline", "lintnews-baseline.json", ".").exit_code == 0

    # lines shift and the file is edited elsewhere: the old finding still matches its entry
    (repo / "a.txt").write_text(lines("A new first paragraph.", "", CLEAN + " Edited.", BAD, CLEAN),
                                encoding="utf-8")
    git(repo, "commit", "-q", "-am", "edit")
    assert cli("check", "--baseline", "lintnews-baseline.json", ".").exit_code == 0

    (repo / "a.txt").write_text(lines("A new first paragraph.", BAD + " Again.", CLEAN, BAD, CLEAN),
                                encoding="utf-8")
    git(repo, "commit", "-q", "-am", "a new problem")
    result = cli("check", "--format", "json", "--baseline", "lintnews-baseline.json", ".")
    assert result.exit_code == 1
    assert [(f["path"], f["line"]) for f in result.json()["findings"]] == [("./a.txt", 2)]
    assert "3 findings recorded in the baseline" in result.stderr


def test_baseline_reports_stale_entries_and_survives_edits_around_the_finding(repo: Path, cli) -> None:
    assert cli("baseline", "create", "-o", "base.json", ".").exit_code == 0
    (repo / "gone.txt").write_text(lines(CLEAN), encoding="utf-8")  # fixed
    (repo / "a.txt").write_text(lines(CLEAN, "Yesterday " + BAD, CLEAN), encoding="utf-8")  # new context
    result = cli("check", "--baseline", "base.json", ".")
    assert result.exit_code == 0
    assert "stale baseline entry: gone.txt:1: fix-test/white-president 'White President'" in result.stderr
    # a second copy of the same problem in the same file is new, however the first one moved
    (repo / "a.txt").write_text(lines(BAD, CLEAN, BAD), encoding="utf-8")
    result = cli("check", "--format", "json", "--baseline", "base.json", "a.txt")
    assert result.exit_code == 1 and len(result.json()["findings"]) == 1
    # entries of files not checked in this run are not stale
    assert "stale" not in result.stderr


def test_missing_or_broken_baseline_is_a_configuration_error(repo: Path, cli) -> None:
    result = cli("check", "--baseline", "nope.json", ".")
    assert result.exit_code == 2 and "nope.json: cannot read baseline" in result.stderr
    (repo / "bad.json").write_text("[1, 2]", encoding="utf-8")
    result = cli("check", "--baseline", "bad.json", ".")
    assert result.exit_code == 2 and "not a lintnews baseline file" in result.stderr


def test_baseline_with_diff_base_reports_no_false_stale_entries(repo: Path, cli) -> None:
    assert cli("baseline", "create", "-o", "base.json", ".").exit_code == 0
    (repo / "a.txt").write_text(lines(CLEAN, BAD, CLEAN, BAD + " New."), encoding="utf-8")
    result = cli("check", "--format", "json", "--baseline", "base.json", "--diff-base", "base", ".")
    assert result.exit_code == 1
    assert [(f["path"], f["line"]) for f in result.json()["findings"]] == [("./a.txt", 4)]
    assert "stale" not in result.stderr
