"""Configuration: discovery walking up, --config, --isolated, selecting packs and rules, per-rule
severity, extra pack folders, and one-line errors for anything invalid."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import TEST_PACKS, write

ARTICLE = "He met White President Lukashenka,, and said 北京 was ready.\nNo comments yet.\n"
PACK_LINES = f'builtin_packs = false\nextra_packs = ["{TEST_PACKS.as_posix()}"]\n'


def rules_found(result) -> list[str]:
    return [f["rule"] for f in result.json()["findings"]]


def severities(result) -> dict[str, str]:
    return {f["rule"]: f["severity"] for f in result.json()["findings"]}


ALL_TEST_RULES = ["core-test/white-president", "core-test/doubled-punct", "core-test/han", "core-test/widget"]


def test_lintnews_toml_is_found_walking_up_from_the_first_path(cli, tmp_path: Path) -> None:
    write(tmp_path / "lintnews.toml", PACK_LINES + 'ignore = ["han"]\n')
    article = write(tmp_path / "a" / "b" / "c" / "article.txt", ARTICLE)
    result = cli("check", "--format", "json", str(article))
    assert rules_found(result) == ["core-test/white-president", "core-test/doubled-punct", "core-test/widget"]


def test_the_closest_config_wins_and_files_are_not_merged(cli, tmp_path: Path) -> None:
    write(tmp_path / "lintnews.toml", PACK_LINES + 'ignore = ["han"]\n')
    write(tmp_path / "desk" / "lintnews.toml", PACK_LINES + 'select = ["core-test/widget"]\n')
    article = write(tmp_path / "desk" / "article.txt", ARTICLE)
    result = cli("check", "--format", "json", str(article))
    assert rules_found(result) == ["core-test/widget"]


def test_pyproject_tool_lintnews_is_found(cli, tmp_path: Path) -> None:
    write(tmp_path / "lintnews.toml", PACK_LINES + 'select = ["core-test/han"]\n')  # further up: not used
    write(tmp_path / "proj" / "pyproject.toml",
          '[project]\nname = "x"\n\n[tool.lintnews]\n' + PACK_LINES + 'ignore = ["core-test/widget"]\n')
    article = write(tmp_path / "proj" / "docs" / "article.txt", ARTICLE)
    result = cli("check", "--format", "json", str(article))
    assert rules_found(result) == ["core-test/white-president", "core-test/doubled-punct", "core-test/han"]


def test_pyproject_without_a_lintnews_table_is_passed_over(cli, tmp_path: Path) -> None:
    write(tmp_path / "lintnews.toml", PACK_LINES + 'select = ["core-test/han"]\n')
    write(tmp_path / "proj" / "pyproject.toml", '[project]\nname = "x"\n[tool.ruff]\nline-length = 99\n')
    article = write(tmp_path / "proj" / "article.txt", ARTICLE)
    assert rules_found(cli("check", "--format", "json", str(article))) == ["core-test/han"]


def test_config_option_names_the_file(cli, tmp_path: Path) -> None:
    write(tmp_path / "lintnews.toml", 'this would be an error = 1\n')
    config = write(tmp_path / "elsewhere" / "house.toml",
                   PACK_LINES + 'select = ["core-test/doubled-punct"]\n')
    article = write(tmp_path / "article.txt", ARTICLE)
    result = cli("check", "--format", "json", "--config", str(config), str(article))
    assert rules_found(result) == ["core-test/doubled-punct"]


def test_isolated_ignores_every_config_file(cli, tmp_path: Path) -> None:
    write(tmp_path / "lintnews.toml", PACK_LINES)
    article = write(tmp_path / "article.txt", ARTICLE)
    assert rules_found(cli("check", "--format", "json", str(article))) == ALL_TEST_RULES
    isolated = cli("check", "--format", "json", "--isolated", str(article))
    assert not any(rule.startswith("core-test/") for rule in rules_found(isolated))
    # the flags still apply in isolation
    flagged = cli("check", "--format", "json", "--isolated", "--extra-packs", str(TEST_PACKS),
                  "--select", "core-test", str(article))
    assert rules_found(flagged) == ALL_TEST_RULES


@pytest.mark.parametrize(("args", "expected"), [
    (("--select", "core-test"), ALL_TEST_RULES),
    (("--select", "white-president,han"), ["core-test/white-president", "core-test/han"]),
    (("--select", "core-test/widget", "--select", "core-test/han"), ["core-test/han", "core-test/widget"]),
    (("--select", "core-test/w*"), ["core-test/white-president", "core-test/widget"]),
    (("--ignore", "core-test/han"),
     ["core-test/white-president", "core-test/doubled-punct", "core-test/widget"]),
    (("--select", "core-test", "--ignore", "widget,white-president"),
     ["core-test/doubled-punct", "core-test/han"]),
    (("--ignore", "core-test"), []),
])
def test_select_and_ignore_flags(cli, test_pack_project: Path, args: tuple[str, ...],
                                 expected: list[str]) -> None:
    article = write(test_pack_project / "article.txt", ARTICLE)
    assert rules_found(cli("check", "--format", "json", *args, str(article))) == expected


def test_flags_add_to_the_config_ignore_list(cli, tmp_path: Path) -> None:
    write(tmp_path / "lintnews.toml", PACK_LINES + 'ignore = ["han"]\n')
    article = write(tmp_path / "article.txt", ARTICLE)
    result = cli("check", "--format", "json", "--ignore", "widget", str(article))
    assert rules_found(result) == ["core-test/white-president", "core-test/doubled-punct"]


def test_per_rule_severity_and_fail_on_from_config(cli, tmp_path: Path) -> None:
    write(tmp_path / "lintnews.toml", PACK_LINES
          + 'fail_on = "warning"\n[severity]\n"core-test/white-president" = "info"\n"widget" = "warning"\n'
          + '"core-test/doubled-punct" = "info"\n')
    article = write(tmp_path / "article.txt", ARTICLE)
    result = cli("check", "--format", "json", str(article))
    assert severities(result) == {"core-test/white-president": "info", "core-test/doubled-punct": "info",
                                  "core-test/han": "info", "core-test/widget": "warning"}
    assert result.exit_code == 1  # a warning, and fail_on = "warning"
    assert cli("check", "--fail-on", "error", str(article)).exit_code == 0  # the flag wins


def test_extra_pack_folder_is_relative_to_the_config_file(cli, tmp_path: Path) -> None:
    write(tmp_path / "house" / "ours.yaml", (TEST_PACKS / "core-test.yaml").read_text(encoding="utf-8")
          .replace("pack: core-test", "pack: house"))
    write(tmp_path / "lintnews.toml", 'extra_packs = ["house"]\nselect = ["house"]\n')
    article = write(tmp_path / "deep" / "article.txt", ARTICLE)
    result = cli("check", "--format", "json", str(article))
    assert rules_found(result) == [r.replace("core-test", "house") for r in ALL_TEST_RULES]


def test_extra_packs_sit_beside_the_builtin_packs(cli, tmp_path: Path) -> None:
    article = write(tmp_path / "article.txt", "Story.\nNo comments yet.\n")
    result = cli("check", "--format", "json", "--isolated", "--extra-packs", str(TEST_PACKS), str(article))
    assert {"boilerplate/comment-widget", "core-test/widget"} <= set(rules_found(result))


@pytest.mark.parametrize(("config", "message"), [
    ("colour = true\n", "unknown configuration key 'colour'"),
    ('[names]\nstyel = "ap"\n', "unknown configuration key 'names.styel'"),
    ('[severity]\n"core-test/han" = "fatal"\n', "severity of 'core-test/han' must be one of"),
    ('fail_on = "sometimes"\n', "'fail_on' must be"),
    ('select = "core-test/nope"\n', "unknown rule or pack 'core-test/nope'"),
    ('ignore = ["no-such-pack"]\n', "unknown rule or pack 'no-such-pack'"),
    ("select = [\n", "invalid TOML"),
    ("select = [1, 2]\n", "'select' must be a list of strings"),
])
def test_invalid_configuration_is_a_one_line_error(cli, tmp_path: Path, config: str, message: str) -> None:
    config_file = write(tmp_path / "lintnews.toml", PACK_LINES + config)
    article = write(tmp_path / "article.txt", ARTICLE)
    result = cli("check", str(article))
    assert result.exit_code == 2
    assert result.stdout == ""
    lines = result.stderr.splitlines()
    assert len(lines) == 1 and "Traceback" not in result.stderr
    assert message in lines[0] and str(config_file) in lines[0]


def test_missing_extra_pack_folder_is_an_error(cli, tmp_path: Path) -> None:
    write(tmp_path / "lintnews.toml", 'extra_packs = ["missing-folder"]\n')
    article = write(tmp_path / "article.txt", ARTICLE)
    result = cli("check", str(article))
    assert result.exit_code == 2
    assert "missing-folder" in result.stderr and "no such pack file or folder" in result.stderr


def test_unknown_key_in_pyproject_names_the_key(cli, tmp_path: Path) -> None:
    write(tmp_path / "pyproject.toml", "[tool.lintnews]\nselct = ['core-test']\n")
    article = write(tmp_path / "article.txt", ARTICLE)
    result = cli("check", str(article))
    assert result.exit_code == 2
    assert "unknown configuration key 'selct'" in result.stderr and "pyproject.toml" in result.stderr


def test_missing_config_file_is_an_error(cli, tmp_path: Path) -> None:
    article = write(tmp_path / "article.txt", ARTICLE)
    result = cli("check", "--config", str(tmp_path / "nope.toml"), str(article))
    assert result.exit_code == 2 and "nope.toml" in result.stderr


def test_unknown_selector_on_the_command_line_is_an_error(cli, test_pack_project: Path) -> None:
    article = write(test_pack_project / "article.txt", ARTICLE)
    result = cli("check", "--select", "core-tset", str(article))
    assert result.exit_code == 2 and "unknown rule or pack 'core-tset'" in result.stderr
