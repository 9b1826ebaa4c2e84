"""``lintnews rules list``, ``rules explain ID`` and ``rules test [PACK_DIR]``."""

from __future__ import annotations

from pathlib import Path

from conftest import TEST_PACKS, write

from lintnews.packs.loader import default_pack_paths, load_packs

USER_PACK = """\
pack: house
rules:
  - id: jointly-attended
    type: substitution
    severity: warning
    category: Fluency/Grammar
    message: "'{match}': 共同出席 needs no 'jointly' in English."
    swap:
      jointly attended: attended
    examples:
      bad:
        - text: "The two presidents [[jointly attended]] the press conference."
          fix: "The two presidents attended the press conference."
      good:
        - "The two presidents attended the press conference together."
"""


def test_rules_list_one_line_per_rule(cli, test_pack_project: Path, monkeypatch) -> None:
    monkeypatch.chdir(test_pack_project)
    result = cli("rules", "list")
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    assert [line.split() for line in lines] == [
        ["core-test/white-president", "substitution", "error", "Accuracy/Mistranslation"],
        ["core-test/doubled-punct", "pattern", "warning", "Fluency/Punctuation"],
        ["core-test/han", "script", "info", "Accuracy/Source", "language", "fragment"],
        ["core-test/widget", "boilerplate", "error", "Other/Boilerplate"],
    ]


def test_rules_list_shows_the_builtin_packs_and_honours_selection(cli) -> None:
    builtin = load_packs(default_pack_paths())
    result = cli("rules", "list", "--isolated")
    assert result.exit_code == 0
    assert [line.split()[0] for line in result.stdout.splitlines()] == [r.qualified_id for r in builtin]
    only = cli("rules", "list", "--isolated", "--select", "boilerplate")
    assert {line.split("/")[0] for line in only.stdout.splitlines()} == {"boilerplate"}
    ignored = cli("rules", "list", "--isolated", "--ignore", "boilerplate")
    assert not any(line.startswith("boilerplate/") for line in ignored.stdout.splitlines())


def test_rules_list_shows_configured_severity(cli, test_pack_project: Path, monkeypatch) -> None:
    with open(test_pack_project / "lintnews.toml", "a", encoding="utf-8") as f:
        f.write('[severity]\n"core-test/han" = "warning"\n')
    monkeypatch.chdir(test_pack_project)
    lines = cli("rules", "list").stdout.splitlines()
    assert lines[2].split()[:3] == ["core-test/han", "script", "warning"]


def test_rules_explain_by_qualified_or_bare_id(cli, test_pack_project: Path, monkeypatch) -> None:
    monkeypatch.chdir(test_pack_project)
    for rule_id in ("core-test/white-president", "white-president"):
        result = cli("rules", "explain", rule_id)
        assert result.exit_code == 0
        out = result.stdout
        assert out.startswith("core-test/white-president\n")
        assert "type: substitution" in out and "severity: error" in out
        assert "category: Accuracy/Mistranslation" in out and "fix: safe" in out
        assert "message: '{match}' renders the Chinese name of Belarus literally." in out
        assert f"defined in {TEST_PACKS / 'core-test.yaml'}:4" in out
        assert "talks with White President Lukashenka  ->  talks with Belarusian President Lukashenka" in out
        assert "not flagged:\n    - the White House" in out


def test_rules_explain_unknown_id(cli, test_pack_project: Path, monkeypatch) -> None:
    monkeypatch.chdir(test_pack_project)
    result = cli("rules", "explain", "no-such-rule")
    assert result.exit_code == 2
    assert result.stderr == "lintnews: error: unknown rule 'no-such-rule' (see 'lintnews rules list')\n"


def test_rules_test_passes_on_the_builtin_packs(cli) -> None:
    result = cli("rules", "test", "--quiet")
    assert result.exit_code == 0, result.stderr
    assert result.stderr == ""
    rules = load_packs(default_pack_paths())
    examples = sum(len(r.bad) + len(r.good) for r in rules)
    assert result.stdout == f"{len(rules)} rules, {examples} examples, 0 failed\n"


def test_rules_test_on_a_users_passing_pack(cli, tmp_path: Path) -> None:
    write(tmp_path / "house" / "house.yaml", USER_PACK)
    result = cli("rules", "test", str(tmp_path / "house"))
    assert result.exit_code == 0
    assert result.stdout == "ok   house/jointly-attended\n1 rules, 2 examples, 0 failed\n"


def test_rules_test_reports_each_failing_example(cli, tmp_path: Path) -> None:
    broken = (USER_PACK
              .replace("[[jointly attended]] the press", "jointly [[attended the press]]")   # wrong span
              .replace("attended the press conference together.", "jointly attended it.")   # flagged good
              + "        - \"Nothing here.\"\n")
    broken = broken.replace("      good:\n", "        - text: \"They jointly attended talks.\"\n"
                                          "          fix: \"They attended the talks.\"\n      good:\n")
    pack = write(tmp_path / "house.yaml", broken)
    result = cli("rules", "test", str(pack))
    assert result.exit_code == 1
    assert result.stdout.splitlines() == ["FAIL house/jointly-attended", "1 rules, 4 examples, 3 failed"]
    problems = result.stderr.splitlines()
    assert len(problems) == 3
    assert all(p.startswith(f"{pack}:3: house/jointly-attended (") for p in problems)
    assert "expected 'attended the press' flagged, got 'jointly attended'" in problems[0]
    assert "fix gives 'They attended talks.', expected 'They attended the talks.'" in problems[1]
    assert "must not be flagged, but 'jointly attended' was" in problems[2]


def test_rules_test_on_a_broken_pack_is_a_one_line_error(cli, tmp_path: Path) -> None:
    pack = write(tmp_path / "house.yaml", USER_PACK.replace("    severity: warning\n", ""))
    result = cli("rules", "test", str(pack))
    assert result.exit_code == 2
    assert result.stderr.count("\n") == 1 and "'severity' is a required property" in result.stderr


def test_rules_test_of_a_missing_folder_is_a_usage_error(cli, tmp_path: Path) -> None:
    result = cli("rules", "test", str(tmp_path / "nope"))
    assert result.exit_code == 2 and "does not exist" in result.stderr
