"""CI report formats: SARIF validated against the official 2.1.0 schema, JSON against the shipped schema,
and the XML and JSON formats other CI systems read."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from pathlib import Path

import jsonschema
import pytest
from fix_support import fix_project

import lintnews

DATA = Path(__file__).resolve().parent / "data"
SARIF_SCHEMA = json.loads((DATA / "sarif" / "sarif-schema-2.1.0.json").read_text(encoding="utf-8"))
FINDINGS_SCHEMA = json.loads((Path(lintnews.__file__).parent / "schemas" / "findings.schema.json")
                             .read_text(encoding="utf-8"))
TEXT = "Title 😀 北京\nHe met White President Lukashenka ,, today.\nNo comments yet.\n"


@pytest.fixture
def project(tmp_path: Path, monkeypatch) -> Path:
    fix_project(tmp_path)
    (tmp_path / "news").mkdir()
    (tmp_path / "news" / "a b%,c.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "news" / "clean.md").write_text("Nothing to see.\n", encoding="utf-8")
    (tmp_path / "news" / "broken.txt").write_bytes(b"\xff\xfe\x00")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def _run(cli, fmt: str, *extra: str):
    result = cli("check", "--format", fmt, *extra, "news")
    assert result.exit_code == 2  # broken.txt cannot be read; the others are still reported
    return result


def test_sarif_validates_against_the_official_schema(project: Path, cli) -> None:
    sarif = json.loads(_run(cli, "sarif").stdout)
    jsonschema.Draft4Validator(SARIF_SCHEMA).validate(sarif)
    run = sarif["runs"][0]
    assert run["columnKind"] == "unicodeCodePoints"
    rules = {r["id"]: r for r in run["tool"]["driver"]["rules"]}
    assert set(rules) == {r["ruleId"] for r in run["results"]}
    white = rules["fix-test/white-president"]
    assert "Belarusian President" in white["help"]["text"] and white["help"]["markdown"]
    result = next(r for r in run["results"] if r["ruleId"] == "fix-test/white-president")
    assert run["tool"]["driver"]["rules"][result["ruleIndex"]]["id"] == "fix-test/white-president"
    location = result["locations"][0]["physicalLocation"]
    assert location["artifactLocation"] == {"uri": "news/a%20b%25%2Cc.txt", "uriBaseId": "%SRCROOT%"}
    assert location["region"]["startLine"] == 2 and location["region"]["startColumn"] == 8
    (fix,) = result["fixes"]
    (replacement,) = fix["artifactChanges"][0]["replacements"]
    start = TEXT.index("White President")
    assert replacement == {"deletedRegion": {"charOffset": start, "charLength": len("White President")},
                           "insertedContent": {"text": "Belarusian President"}}
    assert result["partialFingerprints"]["lintnewsFingerprint/v1"]
    assert not run["invocations"][0]["executionSuccessful"]
    assert "broken.txt" in run["invocations"][0]["toolExecutionNotifications"][0]["message"]["text"]


def test_sarif_of_a_clean_run_validates(project: Path, cli) -> None:
    result = cli("check", "--format", "sarif", "news/clean.md")
    assert result.exit_code == 0
    sarif = json.loads(result.stdout)
    jsonschema.Draft4Validator(SARIF_SCHEMA).validate(sarif)
    assert sarif["runs"][0]["results"] == [] and sarif["runs"][0]["invocations"][0]["executionSuccessful"]


def test_json_output_validates_against_the_shipped_schema(project: Path, cli) -> None:
    data = json.loads(_run(cli, "json").stdout)
    jsonschema.Draft202012Validator(FINDINGS_SCHEMA).validate(data)
    assert data["summary"]["unreadable"] == 1 and data["findings"]


def test_github_annotations_escape_properties_and_data(project: Path, cli) -> None:
    out = _run(cli, "github").stdout
    assert ("::error file=news/a b%25%2Cc.txt,line=2,col=8,endLine=2,endColumn=23,"
            "title=fix-test/white-president::'White President' renders") in out


def test_junit_is_one_suite_per_file_and_a_failure_per_finding(project: Path, cli) -> None:
    root = ET.fromstring(_run(cli, "junit").stdout)
    suites = {s.get("name"): s for s in root.iter("testsuite")}
    assert set(suites) == {"news/a b%,c.txt", "news/broken.txt", "news/clean.md"}
    failures = suites["news/a b%,c.txt"].findall("testcase/failure")
    assert len(failures) == int(suites["news/a b%,c.txt"].get("failures")) >= 3
    assert suites["news/broken.txt"].find("testcase/error") is not None
    assert suites["news/clean.md"].find("testcase/failure") is None
    assert root.get("failures") == str(sum(int(s.get("failures")) for s in suites.values()))


def test_checkstyle(project: Path, cli) -> None:
    root = ET.fromstring(_run(cli, "checkstyle").stdout)
    files = {f.get("name"): f for f in root.iter("file")}
    errors = files["news/a b%,c.txt"].findall("error")
    white = next(e for e in errors if e.get("source") == "fix-test/white-president")
    assert (white.get("line"), white.get("column"), white.get("severity")) == ("2", "8", "error")


def test_rdjson_counts_utf8_bytes_and_offers_suggestions(project: Path, cli) -> None:
    data = json.loads(_run(cli, "rdjson").stdout)
    han = next(d for d in data["diagnostics"] if d["code"]["value"] == "fix-test/fullwidth")
    # 'Title 😀 ' is 6 + 4 + 1 bytes in UTF-8: the Han text starts at byte column 12
    assert han["location"]["range"]["start"] == {"line": 1, "column": 12}
    white = next(d for d in data["diagnostics"] if d["code"]["value"] == "fix-test/white-president")
    span = {"start": {"line": 2, "column": 8}, "end": {"line": 2, "column": 23}}
    assert white["suggestions"] == [{"range": span, "text": "Belarusian President"}]
    assert data["source"]["name"] == "lintnews"


def test_gitlab_code_quality_fingerprints_are_unique_and_survive_line_shifts(project: Path, cli) -> None:
    issues = json.loads(_run(cli, "gitlab").stdout)
    assert len({i["fingerprint"] for i in issues}) == len(issues)
    assert {i["severity"] for i in issues} <= {"info", "minor", "major", "critical", "blocker"}
    white = next(i for i in issues if i["check_name"] == "fix-test/white-president")
    assert white["location"] == {"path": "news/a b%,c.txt", "lines": {"begin": 2, "end": 2}}
    path = project / "news" / "a b%,c.txt"
    path.write_text("A new first line.\n\n" + TEXT, encoding="utf-8")
    moved = json.loads(_run(cli, "gitlab").stdout)
    again = next(i for i in moved if i["check_name"] == "fix-test/white-president")
    assert again["location"]["lines"]["begin"] == 4 and again["fingerprint"] == white["fingerprint"]
