"""Shared fixtures for the core tests: a small pack of our own (so core behaviour is tested apart from
the built-in packs' changing content), a CLI runner that keeps stdout and stderr apart, and helpers
for writing files in the encodings the readers must accept."""

from __future__ import annotations

import json
import os
import shutil
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

TESTS = Path(__file__).resolve().parent
DATA = TESTS / "data"
REPO = TESTS.parent
TEST_PACKS = DATA / "packs"
SEED = DATA / "seed-article.txt"

# Keep the tests' pack cache out of the user's own cache folder (subprocesses inherit it too).
os.environ.setdefault("LINTNEWS_PACK_CACHE", tempfile.mkdtemp(prefix="lintnews-test-pack-cache-"))

#: A config that loads only the core test pack: the findings then depend on the core alone.
TEST_PACK_CONFIG: dict[str, Any] = {"builtin_packs": False, "extra_packs": [str(TEST_PACKS)]}


@dataclass
class CliResult:
    exit_code: int
    stdout: str
    stderr: str

    def json(self) -> Any:
        return json.loads(self.stdout)


@pytest.fixture(autouse=True)
def _no_languagetool_server(monkeypatch: pytest.MonkeyPatch) -> None:
    """No test talks to a LanguageTool server it did not start: a server named in the environment (for
    tests/test_languagetool_integration.py, which reads it at import) must not change other tests."""
    monkeypatch.delenv("LINTNEWS_LANGUAGETOOL_URL", raising=False)
    monkeypatch.delenv("LTP_JAR_DIR_PATH", raising=False)


@pytest.fixture
def cli() -> Callable[..., CliResult]:
    """Run ``lintnews ARGS`` in-process; returns the exit code and the separated output streams."""
    from lintnews.cli import main

    def run(*args: str, input: str | bytes | None = None) -> CliResult:
        result = CliRunner().invoke(main, list(args), input=input, catch_exceptions=False)
        return CliResult(result.exit_code, result.stdout, result.stderr)

    return run


@pytest.fixture
def test_pack_project(tmp_path: Path) -> Path:
    """A project folder whose ``lintnews.toml`` loads only the core test pack."""
    (tmp_path / "lintnews.toml").write_text(
        f'builtin_packs = false\nextra_packs = ["{TEST_PACKS.as_posix()}"]\n', encoding="utf-8")
    return tmp_path


@pytest.fixture
def seed_copy(tmp_path: Path) -> Path:
    """The seed article copied into a folder with no config file above it that we control."""
    target = tmp_path / "seed-article.txt"
    shutil.copyfile(SEED, target)
    return target


def write(path: Path, text: str, encoding: str = "utf-8", bom: bytes = b"") -> Path:
    """Write ``text`` as bytes in ``encoding`` (with an optional BOM) and return the path."""
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(bom + text.encode(encoding))
    return path


@pytest.fixture
def replay():
    """A replay server of recorded LanguageTool answers, on a loopback port, for one test."""
    from languagetool_replay import ReplayServer

    with ReplayServer() as server:
        yield server
