"""Reporters (text, json, github) and exit codes (0/1/2 with --fail-on thresholds)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import REPO, write

ERROR_LINE = "He met White President Lukashenka.\n"      # core-test/white-president: error
WARNING_LINE = "They met,, twice.\n"                     # core-test/doubled-punct: warning
INFO_LINE = "He said 北京 was ready.\n"                  # core-test/han: info


@pytest.fixture
def schema() -> dict:
    return json.loads((REPO / "lintnews" / "schemas" / "findings.schema.json").read_text(encoding="utf-8"))


def validate(data: dict, schema: dict) -> None:
    from jsonschema import Draft202012Validator

    Draft202012Validator.check_schema(schema)
    errors = list(Draft202012Validator(schema).iter_errors(data))
    assert not errors, [e.message for e in errors]


# --- json ---------------------------------------------------------------------------------------

def test_json_output_is_valid_against_the_schema_and_complete(cli, test_pack_project: Path, schema) -> None:
    text = "---\ntitle: T\n---\n" + ERROR_LINE + WARNING_LINE + INFO_LINE
    article = write(test_pack_project / "a.md", text)
    bad = write(test_pack_project / "b.txt", "caf\u00e9", "latin-1")
    result = cli("check", "--format", "json", str(article), str(bad))
    assert result.exit_code == 2
    data = result.json()
    validate(data, schema)
    assert list(data) == ["version", "summary", "files", "notices", "findings"]
    assert data["summary"] == {"files": 2, "findings": 3, "error": 1, "warning": 1, "info": 1,
                               "unreadable": 1}
    assert data["files"][0] == {"path": str(article), "words": 13,
                                "meta": {"title": "T", "front_matter_end": 17}}
    assert "not valid UTF-8" in data["files"][1]["error"]
    first = data["findings"][0]
    assert list(first) == ["path", "rule", "pack", "severity", "category", "message", "line", "column",
                           "end_line", "end_column", "start", "end", "text", "fixes"]
    assert first == {
        "path": str(article), "rule": "core-test/white-president", "pack": "core-test", "severity": "error",
        "category": "Accuracy/Mistranslation",
        "message": "'White President' renders the Chinese name of Belarus literally.",
        "line": 4, "column": 8, "end_line": 4, "end_column": 23, "start": 24, "end": 39,
        "text": "White President",
        "fixes": [{"title": "Replace with 'Belarusian President'", "applicability": "safe",
                   "edits": [{"start": 24, "end": 39, "replacement": "Belarusian President"}]}],
    }


def test_json_output_with_no_findings_is_valid(cli, test_pack_project: Path, schema) -> None:
    article = write(test_pack_project / "clean.txt", "Nothing to see.\n")
    result = cli("check", "--format", "json", str(article))
    assert result.exit_code == 0
    validate(result.json(), schema)
    assert result.json()["findings"] == []


def test_json_output_to_a_file(cli, test_pack_project: Path, schema) -> None:
    article = write(test_pack_project / "a.txt", ERROR_LINE)
    out = test_pack_project / "report.json"
    result = cli("check", "--format", "json", "-o", str(out), str(article))
    assert result.exit_code == 1 and result.stdout == ""
    validate(json.loads(out.read_text(encoding="utf-8")), schema)


# --- text ---------------------------------------------------------------------------------------

def test_text_output_groups_by_file_with_a_summary(cli, test_pack_project: Path) -> None:
    a = write(test_pack_project / "a.txt", ERROR_LINE + WARNING_LINE)
    b = write(test_pack_project / "b.txt", INFO_LINE)
    c = write(test_pack_project / "c.txt", "Clean.\n")
    result = cli("check", "--no-color", str(a), str(b), str(c))
    assert result.exit_code == 1
    lines = result.stdout.splitlines()
    assert lines[0] == str(a)
    assert lines[1].split()[:2] == ["1:8", "error"] and "core-test/white-president" in lines[1]
    assert "[fixable: Replace with 'Belarusian President']" in lines[1]
    assert lines[2].split()[:2] == ["2:9", "warning"]
    assert lines[3] == "" and lines[4] == str(b)
    assert lines[5].split()[:2] == ["1:9", "info"]
    assert str(c) not in result.stdout
    assert lines[-1] == "3 findings (1 errors, 1 warnings, 1 info) in 3 files"
    assert "\x1b[" not in result.stdout


def test_text_output_in_colour_on_request(cli, test_pack_project: Path) -> None:
    a = write(test_pack_project / "a.txt", ERROR_LINE)
    coloured = cli("check", "--color", str(a)).stdout
    assert "\x1b[31m" in coloured  # red for an error
    assert "1 finding (1 errors" in coloured


def test_text_output_when_nothing_is_found(cli, test_pack_project: Path) -> None:
    a = write(test_pack_project / "a.txt", "Clean.\n")
    result = cli("check", str(a))
    assert (result.exit_code, result.stdout) == (0, "0 findings (0 errors, 0 warnings, 0 info) in 1 file\n")


# --- github -------------------------------------------------------------------------------------

def test_github_annotations_are_escaped(cli, tmp_path: Path) -> None:
    pack = write(tmp_path / "packs" / "gh.yaml", """\
pack: gh
rules:
  - id: percent
    type: pattern
    severity: warning
    category: Style
    message: "100% wrong:\\nsee {match}, please"
    pattern: 'per cent'
    examples:
      bad: ["[[per cent]]"]
      good: ["percent"]
""")
    article = write(tmp_path / "odd, name: 50%.txt", "Up 5 per cent.\nHe met White President.\n")
    result = cli("check", "--isolated", "--extra-packs", str(pack), "--select", "gh", "--format", "github",
                 str(article))
    assert result.exit_code == 0  # warnings only
    (line,) = result.stdout.splitlines()
    escaped_path = str(article).replace("%", "%25").replace(":", "%3A").replace(",", "%2C")
    assert line == (f"::warning file={escaped_path},line=1,col=6,endLine=1,endColumn=14,title=gh/percent::"
                    "100%25 wrong:%0Asee per cent, please")


def test_github_severity_levels_and_unreadable_files(cli, test_pack_project: Path) -> None:
    a = write(test_pack_project / "a.txt", ERROR_LINE + WARNING_LINE + INFO_LINE)
    bad = write(test_pack_project / "bin.txt", "\x00\x01", "latin-1")
    result = cli("check", "--format", "github", str(a), str(bad))
    assert result.exit_code == 2
    lines = result.stdout.splitlines()
    assert lines[0].startswith(f"::error file={bad}::") and "binary file" in lines[0]
    assert [ln.split(" ", 1)[0] for ln in lines[1:]] == ["::error", "::warning", "::notice"]


# --- exit codes ---------------------------------------------------------------------------------

@pytest.mark.parametrize(("lines", "fail_on", "code"), [
    ((INFO_LINE,), None, 0),
    ((INFO_LINE,), "error", 0),
    ((INFO_LINE,), "warning", 0),
    ((INFO_LINE,), "info", 1),
    ((WARNING_LINE,), None, 0),
    ((WARNING_LINE,), "warning", 1),
    ((WARNING_LINE, INFO_LINE), "info", 1),
    ((ERROR_LINE,), None, 1),
    ((ERROR_LINE,), "error", 1),
    ((ERROR_LINE,), "never", 0),
    (("Clean.\n",), "info", 0),
])
def test_fail_on_thresholds(cli, test_pack_project: Path, lines: tuple[str, ...], fail_on: str | None,
                            code: int) -> None:
    article = write(test_pack_project / "a.txt", "".join(lines))
    args = ["check", str(article)] + (["--fail-on", fail_on] if fail_on else [])
    assert cli(*args).exit_code == code


def test_unreadable_file_gives_2_whatever_the_threshold(cli, test_pack_project: Path) -> None:
    good = write(test_pack_project / "a.txt", "Clean.\n")
    bad = write(test_pack_project / "b.txt", "\x00", "latin-1")
    assert cli("check", "--fail-on", "never", str(good), str(bad)).exit_code == 2


def test_usage_errors_give_2(cli, test_pack_project: Path) -> None:
    article = write(test_pack_project / "a.txt", ERROR_LINE)
    for args in (["--format", "xml"], ["--fail-on", "sometimes"], ["--no-such-option"]):
        result = cli("check", *args, str(article))
        assert result.exit_code == 2, args
        assert "Traceback" not in result.stderr
