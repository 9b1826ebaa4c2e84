"""``--jobs``: worker processes give output identical to a serial run (corpus checks included), and the
progress bar stays on standard error."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from lintnews.engine.parallel import AUTO_PARALLEL_MIN_FILES, effective_jobs

REPO = Path(__file__).resolve().parent.parent


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    """Many articles, with name variants spread over files so the corpus phase has work to do."""
    root = tmp_path / "corpus"
    shutil.copytree(REPO / "examples", root / "examples")
    seed = (REPO / "tests" / "data" / "seed-article.txt").read_text(encoding="utf-8")
    for i in range(24):
        text = seed if i % 3 else seed.replace("Lukashenka", "Lukashenko")
        (root / f"article-{i:02d}.txt").write_text(f"Part {i}.\n\n{text}", encoding="utf-8")
    return root


@pytest.mark.parametrize("fmt", ["json", "sarif"])
def test_jobs_output_is_identical_to_serial(corpus: Path, cli, fmt: str) -> None:
    serial = cli("check", "--isolated", "--format", fmt, "--jobs", "1", str(corpus))
    parallel = cli("check", "--isolated", "--format", fmt, "--jobs", "2", str(corpus))
    assert serial.exit_code == parallel.exit_code == 1
    assert serial.stdout == parallel.stdout
    assert serial.stderr == parallel.stderr
    if fmt == "json":
        rules = {f["rule"] for f in json.loads(serial.stdout)["findings"]}
        assert len(rules) > 3


def test_jobs_fixing_is_identical_to_serial(corpus: Path, tmp_path: Path, cli) -> None:
    other = tmp_path / "copy"
    shutil.copytree(corpus, other)
    one = cli("fix", "--isolated", "--diff", "--jobs", "1", str(corpus))
    assert one.exit_code == 1 and one.stdout
    two = cli("fix", "--isolated", "--diff", "--jobs", "2", str(corpus))
    assert two.stdout == one.stdout
    assert cli("fix", "--isolated", "--jobs", "1", str(corpus)).exit_code == 0
    assert cli("fix", "--isolated", "--jobs", "2", str(other)).exit_code == 0
    for path in corpus.rglob("*.*"):
        assert path.read_bytes() == (other / path.relative_to(corpus)).read_bytes()


def test_progress_bar_only_on_standard_error(corpus: Path, cli) -> None:
    quiet = cli("check", "--isolated", "--format", "json", str(corpus))
    assert "Checking" not in quiet.stderr  # not a terminal: no bar by default
    shown = cli("check", "--isolated", "--format", "json", "--progress", "--jobs", "2", str(corpus))
    assert "Checking" in shown.stderr
    assert json.loads(shown.stdout) == json.loads(quiet.stdout)


def test_automatic_jobs() -> None:
    assert effective_jobs(None, 3) == 1  # a few files: no pool
    assert effective_jobs(None, AUTO_PARALLEL_MIN_FILES) >= 1
    assert effective_jobs(8, 3) == 3 and effective_jobs(2, 100) == 2 and effective_jobs(0, 1) == 1
