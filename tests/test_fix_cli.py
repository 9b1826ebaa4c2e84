"""``lintnews fix`` and ``check --fix`` end to end, including the acceptance run: the bundled examples
(and the dev corpus when present) fixed twice with the built-in packs."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from fix_support import fix_project
from test_fix_properties import _outside_pattern, _splice

from lintnews.config import Settings
from lintnews.document import read_text
from lintnews.document.encoding import encode
from lintnews.engine.runner import Linter
from lintnews.fix.apply import choose_fix
from lintnews.fix.run import fix_paths

REPO = Path(__file__).resolve().parent.parent
DEV_CORPUS = REPO.parent / "shared" / "data" / "mt-news-dev"
BAD = "He met White President Lukashenka ,, today.\n"
GOOD = "He met Belarusian President Lukashenka, today.\n"


def _tree(tmp_path: Path) -> Path:
    fix_project(tmp_path)
    (tmp_path / "a.txt").write_text(BAD, encoding="utf-8")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "b.md").write_text("# Title\n\nClean text.\n\n" + BAD, encoding="utf-8")
    return tmp_path


def test_diff_prints_a_patch_that_git_applies_and_writes_nothing(tmp_path: Path, cli, monkeypatch) -> None:
    tree = _tree(tmp_path)
    monkeypatch.chdir(tree)
    before = {p: p.read_bytes() for p in tree.rglob("*") if p.is_file()}
    result = cli("fix", "--diff", ".")
    assert result.exit_code == 1
    assert {p: p.read_bytes() for p in before} == before
    assert result.stdout.count("--- a/") == 2
    assert "+He met Belarusian President Lukashenka, today." in result.stdout
    assert result.stdout.startswith("--- a/a.txt\n+++ b/a.txt\n")
    subprocess.run(["git", "apply", "-p1", "-"], input=result.stdout.encode("utf-8"), cwd=tree, check=True)
    assert (tree / "a.txt").read_text(encoding="utf-8") == GOOD
    assert cli("fix", "--diff", ".").exit_code == 0  # nothing left to change


def test_check_fix_reports_what_remains_and_exits_by_it(tmp_path: Path, cli) -> None:
    tree = _tree(tmp_path)
    result = cli("check", "--fix", str(tree))
    assert result.exit_code == 0  # the remaining finding (an unsafe fix) is a warning
    assert "fix-test/president-name" in result.stdout and "unsafe fix" in result.stdout
    assert "fixed 6 findings in 2 files; 2 remain (2 with unsafe fixes" in result.stderr
    assert (tree / "a.txt").read_text(encoding="utf-8") == GOOD
    result = cli("check", "--fix", "--unsafe-fixes", "--fail-on", "warning", str(tree))
    assert result.exit_code == 0, result.stdout
    assert (tree / "a.txt").read_text(encoding="utf-8") == GOOD.replace("President", "President Alexander")


def test_select_and_ignore_limit_the_fixes(tmp_path: Path, cli) -> None:
    tree = _tree(tmp_path)
    assert cli("fix", "--select", "fix-test/doubled-comma", str(tree / "a.txt")).exit_code == 0
    assert (tree / "a.txt").read_text(encoding="utf-8") == "He met White President Lukashenka , today.\n"
    assert cli("fix", "--ignore", "fix-test/white-president", str(tree / "a.txt")).exit_code == 0
    assert (tree / "a.txt").read_text(encoding="utf-8") == "He met White President Lukashenka, today.\n"


def test_unreadable_file_is_an_error_and_the_rest_is_fixed(tmp_path: Path, cli) -> None:
    tree = _tree(tmp_path)
    (tree / "bad.txt").write_bytes(b"caf\xe9 White President")
    result = cli("fix", str(tree))
    assert result.exit_code == 2 and "bad.txt: not valid UTF-8" in result.stderr
    assert (tree / "a.txt").read_text(encoding="utf-8") == GOOD


def _acceptance_copy(tmp_path: Path, corpus: bool) -> Path:
    target = tmp_path / "content"
    shutil.copytree(REPO / "examples", target / "examples")
    shutil.copy(REPO / "tests" / "data" / "seed-article.txt", target / "seed-article.txt")
    if corpus and DEV_CORPUS.is_dir():
        shutil.copytree(DEV_CORPUS, target / "mt-news-dev")
    for p in [target, *target.rglob("*")]:
        p.chmod(0o755 if p.is_dir() else 0o644)  # the shared data is read-only; a copy to fix is not
    return target


@pytest.mark.parametrize("unsafe", [False, True])
def test_acceptance_fix_twice_with_the_builtin_packs(tmp_path: Path, cli, unsafe: bool) -> None:
    content = _acceptance_copy(tmp_path, corpus=not unsafe)
    flags = ["--isolated", *(["--unsafe-fixes"] if unsafe else [])]
    originals = {p: p.read_bytes() for p in content.rglob("*") if p.is_file()}
    run = fix_paths([str(content)], Settings(), unsafe=unsafe)  # in memory, to see every pass
    allowed = ("safe", "unsafe") if unsafe else ("safe",)
    linter = Linter(Settings())
    for fixed in run.files:
        source = fixed.original
        for step in fixed.passes:  # each pass changes bytes only inside fixes reported on its text
            findings = linter.lint_document(read_text(source, fixed.path, fixed.document.format))
            assert set(findings) <= set(step.findings)  # the rest come from corpus checks (names)
            findings = step.findings
            spans = [(e.start, e.end) for f in findings if (x := choose_fix(f, allowed)) for e in x.edits]
            spans.append((len(source), len(source)))
            nxt = _splice(source, step.edits)
            assert _outside_pattern(source, spans).fullmatch(nxt), fixed.path
            source = nxt
        assert source == fixed.document.source

    first = cli("fix", *flags, str(content))
    assert first.exit_code == 0, first.stderr
    once = {p: p.read_bytes() for p in originals}
    assert once != originals  # the examples do have safe fixes
    for fixed in run.files:  # the CLI wrote exactly what the in-memory run computed
        assert once[Path(fixed.path)] == encode(fixed.document.source, fixed.document.encoding)
    second = cli("fix", *flags, str(content))
    assert second.exit_code == 0
    assert "fixed 0 findings in 0 files" in second.stderr
    assert {p: p.read_bytes() for p in originals} == once
    report = cli("check", "--isolated", "--format", "json", "--fail-on", "never", str(content)).json()
    for finding in report["findings"]:  # what remains is unfixable, unsafe, or a suggestion
        kinds = {fix["applicability"] for fix in finding["fixes"]}
        assert "safe" not in kinds and (not unsafe or "unsafe" not in kinds), finding


LOOPING_PACK = r"""pack: loops
description: A rule whose fix re-creates its own finding.
rules:
  - id: grow
    type: pattern
    severity: error
    category: Fluency/Spelling
    message: "'{match}' grows."
    applicability: safe
    pattern: '\bx+\b'
    replace: '\g<0>x'
    examples:
      bad:
        - text: "[[x]]"
          fix: "xx"
      good:
        - "y"
"""


def test_a_fix_that_never_settles_stops_after_the_last_pass_with_a_notice(tmp_path: Path, cli) -> None:
    (tmp_path / "loops.yaml").write_text(LOOPING_PACK, encoding="utf-8")
    (tmp_path / "lintnews.toml").write_text('builtin_packs = false\nextra_packs = ["loops.yaml"]\n',
                                            encoding="utf-8")
    (tmp_path / "a.txt").write_text("x marks the spot\n", encoding="utf-8")
    result = cli("fix", str(tmp_path / "a.txt"))
    assert result.exit_code == 0
    assert "fixes did not settle after 10 passes" in result.stderr
    assert (tmp_path / "a.txt").read_text(encoding="utf-8") == "x" * 11 + " marks the spot\n"


def test_check_diff_prints_the_patch_instead_of_the_report(tmp_path: Path, cli) -> None:
    tree = _tree(tmp_path)
    result = cli("check", "--diff", "--format", "json", str(tree / "a.txt"))
    assert result.exit_code == 1 and result.stdout.startswith("--- a/")
    assert (tree / "a.txt").read_text(encoding="utf-8") == BAD


def test_show_fixes_lists_every_applied_fix(tmp_path: Path, cli) -> None:
    tree = _tree(tmp_path)
    result = cli("fix", "--show-fixes", str(tree / "a.txt"))
    assert result.exit_code == 0
    listed = [line for line in result.stderr.splitlines() if line.startswith(str(tree))]
    # positions are those of the text each pass worked on: the comma moved after the first pass
    assert listed == [f"{tree / 'a.txt'}:1:8: fix-test/white-president: Replace with 'Belarusian President'",
                      f"{tree / 'a.txt'}:1:34: fix-test/space-before-punct: Replace with ','",
                      f"{tree / 'a.txt'}:1:39: fix-test/doubled-comma: Replace with ','"]
