"""Rule packs: loading, and errors that name the file, the line and the rule id (one line, exit 2)."""

from __future__ import annotations

import copy
from pathlib import Path

import pytest
from conftest import TEST_PACKS, write

from lintnews.checks.registry import RULE_TYPES
from lintnews.errors import PackError
from lintnews.packs.loader import default_pack_paths, load_pack_file, load_packs
from lintnews.packs.quickcheck import conforms
from lintnews.packs.schema import PACK_SCHEMA, rule_schema
from lintnews.packs.yamlines import load_yaml

RULE = """\
pack: house
rules:
  - id: good-rule
    type: substitution
    severity: warning
    category: Accuracy/Mistranslation
    message: "'{{match}}' is a calque."
    swap:
      leaders of ministries and commissions: heads of ministries and commissions
    examples:
      bad:
        - "[[leaders of ministries and commissions]] met"
      good:
        - "heads of ministries met"
  - id: {rule_id}
    type: {type}
    severity: {severity}
    category: Fluency/Punctuation
    message: "Problem: {{match}}."
{params}
    examples:
      bad: ["a,, b"]
      good: ["a, b"]
"""


def pack_text(rule_id: str = "the-rule", type: str = "pattern", severity: str = "error",
              params: str = "    pattern: ',,'") -> str:
    return RULE.format(rule_id=rule_id, type=type, severity=severity, params=params)


def error_of(cli, folder: Path, text: str) -> tuple[str, Path]:
    """Check an article with a pack of ``text``; return the one stderr line (asserting exit 2)."""
    pack = write(folder / "packs" / "house.yaml", text)
    article = write(folder / "article.txt", "He met White President,, Lukashenka.\n")
    result = cli("check", "--isolated", "--extra-packs", str(pack), str(article))
    assert result.exit_code == 2, result.stdout + result.stderr
    assert result.stdout == "" and "Traceback" not in result.stderr
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr
    return lines[0], pack


def test_a_valid_user_pack_loads(cli, tmp_path: Path) -> None:
    pack = write(tmp_path / "house.yaml", pack_text())
    article = write(tmp_path / "a.txt", "The leaders of ministries and commissions met,, again.\n")
    result = cli("check", "--isolated", "--extra-packs", str(pack), "--select", "house", "--format", "json",
                 str(article))
    assert [(f["rule"], f["text"]) for f in result.json()["findings"]] == [
        ("house/good-rule", "leaders of ministries and commissions"), ("house/the-rule", ",,")]


def test_yaml_syntax_error_names_file_and_line(cli, tmp_path: Path) -> None:
    text = pack_text().replace("    severity: error", "   severity: error")  # mis-indented: line 17
    line, pack = error_of(cli, tmp_path, text)
    assert line.startswith(f"lintnews: error: {pack}:17: invalid YAML")


def test_tab_indentation_names_the_line(cli, tmp_path: Path) -> None:
    text = pack_text().replace("    category: Fluency", "\tcategory: Fluency")
    line, pack = error_of(cli, tmp_path, text)
    assert f"{pack}:18: invalid YAML" in line


@pytest.mark.parametrize(("params", "line_no"), [
    ("    pattern: '(unclosed'", 20),
    ("    pattern: '[a-'", 20),
    ("    pattern: ',,'\n    replace: '\\2'", 21),
])
def test_invalid_regular_expression_names_file_line_and_rule(cli, tmp_path: Path, params: str,
                                                             line_no: int) -> None:
    line, pack = error_of(cli, tmp_path, pack_text(rule_id="bad-regex", params=params))
    assert line.startswith(f"lintnews: error: {pack}:{line_no}: rule 'bad-regex': invalid ")
    assert "regular expression" in line or "replacement template" in line


def test_invalid_line_pattern_of_a_boilerplate_rule(cli, tmp_path: Path) -> None:
    params = "    lines: [Share this]\n    line_patterns: ['^ok$', '(x']"
    line, pack = error_of(cli, tmp_path, pack_text(rule_id="widget", type="boilerplate", params=params))
    assert line.startswith(f"lintnews: error: {pack}:21: rule 'widget': invalid regular expression '(x'")


@pytest.mark.parametrize(("text", "where", "problem"), [
    (pack_text(params="    pattern: ',,'\n    colour: red"), 21, "'colour' was unexpected"),
    (pack_text(severity="fatal"), 17, "severity: 'fatal' is not one of"),
    (pack_text(type="regex"), 15, "unknown type 'regex'"),
    (pack_text(params="    swap: {}", type="substitution"), 20, "swap"),
    (pack_text(params=""), 15, "'pattern' is a required property"),
    (pack_text().replace('      good: ["a, b"]\n', ""), 21, "'good' is a required property"),
    (pack_text().replace("bad: [\"a,, b\"]", "bad: []"), 22, "examples/bad: [] should be non-empty"),
    (pack_text(rule_id="Bad Id"), 15, "does not match"),
    (pack_text(rule_id="good-rule"), 15, "duplicate id"),
    (pack_text(params="    pattern: ',,'\n    pattern: ';;'"), 21, "duplicate key 'pattern'"),
])
def test_schema_errors_name_file_line_and_rule(cli, tmp_path: Path, text: str, where: int,
                                               problem: str) -> None:
    line, pack = error_of(cli, tmp_path, text)
    assert line.startswith(f"lintnews: error: {pack}:{where}: ")
    assert problem in line
    if "duplicate key" not in problem:
        assert "rule " in line


@pytest.mark.parametrize(("text", "problem"), [
    ("pack: house\nrules: []\nauthor: me\n", "'author' was unexpected"),
    ("- just\n- a list\n", "not a rule pack"),
    ("pack: Not An Id\nrules: []\n", "does not match"),
])
def test_pack_envelope_errors(cli, tmp_path: Path, text: str, problem: str) -> None:
    line, pack = error_of(cli, tmp_path, text)
    assert str(pack) in line and problem in line
    if "author" in problem:
        assert f"{pack}:3:" in line


def test_pack_that_is_not_utf8(cli, tmp_path: Path) -> None:
    pack = tmp_path / "packs" / "house.yaml"
    pack.parent.mkdir()
    pack.write_bytes(pack_text().replace("Problem", "Probl\u00e8me").encode("latin-1"))
    result = cli("check", "--isolated", "--extra-packs", str(pack), str(write(tmp_path / "a.txt", "x\n")))
    assert result.exit_code == 2 and f"{pack}: not valid UTF-8" in result.stderr


def test_the_same_pack_name_twice_is_an_error(tmp_path: Path) -> None:
    write(tmp_path / "one.yaml", pack_text())
    write(tmp_path / "two.yaml", pack_text())
    with pytest.raises(PackError, match="'house' is already defined"):
        load_packs([tmp_path])


def test_pack_folders_are_read_recursively_and_data_files_of_other_kinds_skipped(tmp_path: Path) -> None:
    write(tmp_path / "sub" / "deeper" / "house.yml", pack_text())
    write(tmp_path / "names.yaml", "kind: gazetteer\nentries: []\n")
    write(tmp_path / "notes.txt", "not a pack")
    rules = load_packs([tmp_path])
    assert [r.qualified_id for r in rules] == ["house/good-rule", "house/the-rule"]
    assert rules[1].line == 15 and rules[1].source.endswith("house.yml")


# --- the fast validator must agree with jsonschema ------------------------------------------------

def _all_rule_dicts() -> list[tuple[str, dict]]:
    out = []
    for folder in (*default_pack_paths(), TEST_PACKS):
        for file in sorted(Path(folder).rglob("*.yaml")):
            data = load_yaml(file.read_text(encoding="utf-8"))
            if isinstance(data, dict) and "pack" in data:
                out.extend((f"{data['pack']}/{r['id']}", r) for r in data["rules"])
    return out


MUTATIONS = [
    ("drop id", lambda r: r.pop("id")),
    ("bad severity", lambda r: r.__setitem__("severity", "fatal")),
    ("numeric message", lambda r: r.__setitem__("message", 3)),
    ("empty category", lambda r: r.__setitem__("category", "")),
    ("unknown key", lambda r: r.__setitem__("colour", "red")),
    ("no good examples", lambda r: r["examples"].pop("good")),
    ("empty bad examples", lambda r: r["examples"].__setitem__("bad", [])),
    ("example with unknown key", lambda r: r["examples"]["good"].append({"text": "x", "fix": "y"})),
    ("bad applicability", lambda r: r.__setitem__("applicability", "always")),
]


@pytest.mark.parametrize(("name", "mutate"), MUTATIONS, ids=[m[0] for m in MUTATIONS])
def test_quick_validator_agrees_with_jsonschema(name: str, mutate) -> None:
    from jsonschema import Draft202012Validator

    rules = _all_rule_dicts()
    assert rules
    for rule_id, raw in rules:
        if raw.get("type") not in RULE_TYPES:
            continue
        schema = rule_schema(raw["type"])
        assert conforms(raw, schema) in (True, None), rule_id
        broken = copy.deepcopy(dict(raw))
        mutate(broken)
        expected = Draft202012Validator(schema).is_valid(broken)
        assert conforms(broken, schema) in (expected, None), (rule_id, name)
    assert conforms({"pack": "x", "rules": []}, PACK_SCHEMA) is True
    assert conforms({"pack": "x"}, PACK_SCHEMA) is False


def test_quick_validator_defers_on_keywords_it_does_not_know() -> None:
    assert conforms("abc", {"type": "string", "format": "date"}) is None
    assert conforms({"a": 1}, {"type": "object", "patternProperties": {"^a": {"type": "integer"}}}) is None


def test_line_numbers_of_builtin_rules_point_at_their_ids() -> None:
    for path in default_pack_paths():
        for file in sorted(Path(path).rglob("*.yaml")):
            lines = file.read_text(encoding="utf-8").splitlines()
            for rule in load_pack_file(file):
                assert f"id: {rule.id}" in lines[rule.line - 1], (file, rule.id)


# --- the pack cache ---------------------------------------------------------------------------------

def test_pack_cache_serves_the_same_rules_and_notices_edits(tmp_path: Path, monkeypatch) -> None:
    from lintnews.packs import cache

    monkeypatch.setenv("LINTNEWS_PACK_CACHE", str(tmp_path / "cache"))
    pack = write(tmp_path / "house.yaml", pack_text())
    first = load_pack_file(pack)
    assert len(list((tmp_path / "cache").glob("*.pickle"))) == 1
    assert cache.load(pack, pack.read_bytes()) == first
    assert load_pack_file(pack) == first
    write(pack, pack_text().replace("Problem:", "Trouble:"))
    edited = load_pack_file(pack)
    assert edited[1].message == "Trouble: {match}."
    assert len(list((tmp_path / "cache").glob("*.pickle"))) == 2


def test_pack_cache_matches_a_cold_load_of_the_builtin_packs(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv("LINTNEWS_PACK_CACHE", "")
    cold = load_packs(default_pack_paths())
    monkeypatch.setenv("LINTNEWS_PACK_CACHE", str(tmp_path / "cache"))
    assert load_packs(default_pack_paths()) == cold  # fills the cache
    assert load_packs(default_pack_paths()) == cold  # served from it


def test_pack_cache_never_hides_an_error_and_survives_damage(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv("LINTNEWS_PACK_CACHE", str(tmp_path / "cache"))
    broken = write(tmp_path / "broken.yaml", pack_text(severity="fatal"))
    for _ in range(2):
        with pytest.raises(PackError, match="'fatal' is not one of"):
            load_pack_file(broken)
    pack = write(tmp_path / "house.yaml", pack_text())
    rules = load_pack_file(pack)
    for entry in (tmp_path / "cache").glob("*.pickle"):
        entry.write_bytes(b"not a pickle")
    assert load_pack_file(pack) == rules


def test_unusable_pack_cache_folder_is_harmless(tmp_path: Path, monkeypatch) -> None:
    blocker = write(tmp_path / "cache", "a file where the cache folder should be")
    monkeypatch.setenv("LINTNEWS_PACK_CACHE", str(blocker))
    pack = write(tmp_path / "house.yaml", pack_text())
    assert [r.id for r in load_pack_file(pack)] == ["good-rule", "the-rule"]
