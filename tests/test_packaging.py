"""A real, non-editable install: ``pip install .`` builds a wheel into a fresh virtual environment, and the
installed ``lintnews`` command, run from another folder, finds its built-in packs and checks articles.

The environment sees the system's site-packages so the dependencies are not downloaded again; lintnews
itself comes from the wheel (asserted). This is also where the command line runs as a real subprocess.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import REPO, write

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

SOURCES = ("pyproject.toml", "README.md", "lintnews", "rules")


def _tracked(*paths: str) -> list[str]:
    out = subprocess.run(["git", "ls-files", *paths], cwd=REPO, capture_output=True, text=True, check=True)
    return out.stdout.split()


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The bin folder of a virtual environment with lintnews installed from a wheel built from the tree."""
    root = tmp_path_factory.mktemp("packaging")
    source = root / "src"
    source.mkdir()
    ignore = shutil.ignore_patterns("__pycache__", "*.pyc", "*.egg-info", "build", "dist")
    for name in SOURCES:
        path = REPO / name
        if path.is_dir():
            shutil.copytree(path, source / name, ignore=ignore)
        else:
            shutil.copy2(path, source / name)
    venv = root / "venv"
    subprocess.run([sys.executable, "-m", "venv", "--system-site-packages", str(venv)], check=True)
    bin_dir = venv / ("Scripts" if os.name == "nt" else "bin")
    pip = subprocess.run([str(bin_dir / "python"), "-m", "pip", "install", "--no-input", "--quiet",
                          "--disable-pip-version-check", "."], cwd=source, capture_output=True, text=True)
    assert pip.returncode == 0, pip.stdout + pip.stderr
    return bin_dir


def run(bin_dir: Path, *args: str, cwd: Path, input: bytes | None = None) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV")}
    return subprocess.run([str(bin_dir / "lintnews"), *args], cwd=cwd, input=input, capture_output=True,
                          env=env, timeout=300)


def test_lintnews_comes_from_the_wheel_not_the_tree(installed: Path, tmp_path: Path) -> None:
    out = subprocess.run([str(installed / "python"), "-c",
                          "import lintnews, importlib.metadata as m; print(lintnews.__file__); "
                          "print(m.distribution('lintnews').read_text('WHEEL') is not None)"],
                         cwd=tmp_path, capture_output=True, text=True, check=True)
    location, from_wheel = out.stdout.split()
    assert Path(location).is_relative_to(installed.parent), location
    assert not Path(location).is_relative_to(REPO)
    assert from_wheel == "True"


def test_every_tracked_file_is_installed(installed: Path, tmp_path: Path) -> None:
    out = subprocess.run([str(installed / "python"), "-c", "import lintnews, os; print(os.path.dirname("
                          "lintnews.__file__))"], cwd=tmp_path, capture_output=True, text=True, check=True)
    package = Path(out.stdout.strip())
    missing = []
    for rel in _tracked("lintnews", "rules"):
        target = package / rel.removeprefix("lintnews/") if rel.startswith("lintnews/") else \
            package / "builtin_rules" / rel.removeprefix("rules/")
        if not target.is_file():
            missing.append(rel)
    assert missing == []


def test_installed_command_finds_the_builtin_packs(installed: Path, tmp_path: Path) -> None:
    listed = run(installed, "rules", "list", cwd=tmp_path)
    assert listed.returncode == 0, listed.stderr
    packs = {line.split("/")[0] for line in listed.stdout.decode().splitlines()}
    expected = {p.stem for p in (REPO / "rules").glob("*.yaml")} - {"names"}
    assert expected <= packs
    tested = run(installed, "rules", "test", "--quiet", cwd=tmp_path)
    assert tested.returncode == 0, tested.stdout.decode() + tested.stderr.decode()


def test_installed_command_checks_the_examples(installed: Path, tmp_path: Path) -> None:
    shutil.copytree(REPO / "examples", tmp_path / "examples")
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    text = run(installed, "check", "--no-color", "../examples", cwd=elsewhere)
    assert text.returncode == 1, text.stderr
    out = text.stdout.decode()
    assert "../examples/seed-article.md" in out and "../examples/seed-article.html" in out
    result = run(installed, "check", "--format", "json", "../examples", cwd=elsewhere)
    assert result.returncode == 1
    findings = json.loads(result.stdout)["findings"]
    for name in ("seed-article.md", "seed-article.html"):
        flagged = " | ".join(f["text"] for f in findings if f["path"].endswith(name))
        for artifact in ("hoka shoes", "No comments yet.", "No trackbacks yet.", "White President",
                         "Russian News Agency", "combat duty state"):
            assert artifact in flagged, (name, artifact)


def test_installed_command_bad_input_is_one_line_each_and_exit_2(installed: Path, tmp_path: Path) -> None:
    folder = tmp_path / "articles"
    write(folder / "a.txt", "The talks ended on Tuesday in Minsk.\n\nNo comments yet.\n")
    write(folder / "binary.txt", "\x00\x01\x02\x03", "latin-1")
    write(folder / "latin1.md", "Caf\u00e9 society.\n", "latin-1")
    write(folder / "empty.html", "")
    (folder / "gone.txt").symlink_to(folder / "nowhere.txt")
    result = run(installed, "check", "--isolated", "articles", cwd=tmp_path)
    assert result.returncode == 2
    errors = result.stderr.decode().splitlines()
    assert sorted(line.split(":")[1].strip() for line in errors) == [
        "articles/binary.txt", "articles/gone.txt", "articles/latin1.md"]
    assert "Traceback" not in result.stderr.decode()
    assert "No comments yet." in result.stdout.decode()


def test_installed_command_reads_stdin(installed: Path, tmp_path: Path) -> None:
    html = b"<html><body><p>The talks ended.</p><p>No trackbacks yet.</p></body></html>"
    result = run(installed, "check", "--format", "json", "-", "--stdin-filename", "page.html", cwd=tmp_path,
                 input=html)
    assert result.returncode == 1
    (finding,) = [f for f in json.loads(result.stdout)["findings"] if f["pack"] == "boilerplate"]
    column = html.index(b"No trackbacks") + 1
    assert (finding["path"], finding["line"], finding["column"]) == ("page.html", 1, column)


def test_installed_command_pack_error_is_one_line(installed: Path, tmp_path: Path) -> None:
    write(tmp_path / "house.yaml", "pack: house\nrules:\n  - id: x\n   type: pattern\n")
    write(tmp_path / "a.txt", "Text.\n")
    result = run(installed, "check", "--extra-packs", "house.yaml", "a.txt", cwd=tmp_path)
    assert result.returncode == 2
    assert result.stderr.decode().startswith("lintnews: error: house.yaml:4: invalid YAML")
    assert result.stderr.decode().count("\n") == 1


def test_every_subpackage_is_listed_in_pyproject() -> None:
    config = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))
    listed = set(config["tool"]["setuptools"]["packages"])
    on_disk = {
        ".".join(path.relative_to(REPO).parts)
        for path in (REPO / "lintnews").rglob("*")
        if path.is_dir() and "__pycache__" not in path.parts and any(path.glob("*.py"))
    } | {"lintnews"}
    assert sorted(on_disk - listed) == []
    assert "lintnews.builtin_rules" in listed
    assert config["tool"]["setuptools"]["package-dir"]["lintnews.builtin_rules"] == "rules"
