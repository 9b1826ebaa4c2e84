"""Load rule packs from YAML files and folders, validate them, and return ``Rule`` objects.

Every error names the file, the line and the rule id, so a pack author can go straight to it.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from pathlib import Path

from ..checks.base import Rule
from ..checks.registry import RULE_TYPES, check_class
from ..errors import PackError
from . import cache as pack_cache
from .examples import parse_example
from .quickcheck import conforms
from .schema import COMMON_PROPERTIES, PACK_SCHEMA, rule_schema
from .yamlines import LineDict, load_yaml


def builtin_rules_dir() -> Path:
    """The packs shipped with lintnews: ``rules/`` in a checkout, ``lintnews/builtin_rules`` when installed."""
    here = Path(__file__).resolve().parent.parent
    checkout = here.parent / "rules"
    if (here.parent / "pyproject.toml").is_file() and checkout.is_dir():
        return checkout
    return here / "builtin_rules"


def pack_files(path: str | Path) -> list[Path]:
    """YAML files of a pack folder (recursively, sorted) or the file itself."""
    p = Path(path)
    if p.is_file():
        return [p]
    if not p.is_dir():
        raise PackError("no such pack file or folder", str(p))
    return sorted(f for f in p.rglob("*") if f.suffix in (".yaml", ".yml") and f.is_file())


def load_pack_file(path: Path) -> list[Rule]:
    """The rules of one pack file, from the pack cache when its bytes were loaded before."""
    try:
        content = path.read_bytes()
    except OSError as exc:
        raise PackError(exc.strerror or str(exc), str(path)) from None
    cached = pack_cache.load(path, content)
    if cached is not None:
        return cached
    rules = _parse_pack_file(path, content)
    pack_cache.store(path, content, rules)
    return rules


def _parse_pack_file(path: Path, content: bytes) -> list[Rule]:
    try:
        text = content.decode("utf-8")
        data = load_yaml(text)
    except UnicodeDecodeError:
        raise PackError("not valid UTF-8", str(path)) from None
    except Exception as exc:  # yaml.YAMLError and its kin carry a mark with the line
        mark = getattr(exc, "problem_mark", None) or getattr(exc, "context_mark", None)
        problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        raise PackError(f"invalid YAML: {problem}", str(path), mark.line + 1 if mark else None) from None
    if not isinstance(data, dict) or "pack" not in data:
        if isinstance(data, dict) and data.get("kind"):
            return []  # a data file of another kind (e.g. a names gazetteer) living beside the packs
        raise PackError("not a rule pack (no 'pack' key)", str(path), 1)
    _validate(data, PACK_SCHEMA, path, data, None)
    rules = [_load_rule(raw, data["pack"], path) for raw in data["rules"]]
    seen: set[str] = set()
    for rule in rules:
        if rule.id in seen:
            raise PackError(f"rule {rule.id!r}: duplicate id in pack {rule.pack!r}", str(path), rule.line)
        seen.add(rule.id)
    return rules


def _load_rule(raw: LineDict, pack: str, path: Path) -> Rule:
    rule_id = raw.get("id", "?")
    if raw.get("type") not in RULE_TYPES:
        raise PackError(f"rule {rule_id!r}: unknown type {raw.get('type')!r} (known: {', '.join(sorted(RULE_TYPES))})",
                        str(path), getattr(raw, "line", None))
    _validate(raw, rule_schema(raw["type"]), path, raw, rule_id)
    params = {k: v for k, v in raw.items() if k not in COMMON_PROPERTIES}
    rule = Rule(
        id=raw["id"], pack=pack, type=raw["type"], severity=raw["severity"], category=raw["category"],
        message=raw["message"], applicability=raw.get("applicability", "safe"),
        description=raw.get("description", ""), params=params,
        bad=tuple(parse_example(e) for e in raw["examples"]["bad"]),
        good=tuple(parse_example(e) for e in raw["examples"]["good"]),
        source=str(path), line=getattr(raw, "line", 0),
    )
    problem = check_class(rule.type).validate(rule)
    if problem:
        raise PackError(f"rule {rule_id!r}: {problem}", str(path), _problem_line(raw, params, problem))
    return rule


def _problem_line(raw: LineDict, params: dict, problem: str) -> int:
    """The line of the parameter a type's validation problem is most likely about: one whose value
    the message quotes, or whose name it uses, else the first of the type's own keys."""
    def quoted(value: object) -> bool:
        values = value if isinstance(value, list) else [value]
        return any(isinstance(v, str) and repr(v) in problem for v in values)

    keys = sorted(params, key=len, reverse=True)
    named = next((k for k in params if quoted(params[k])), None) or next(
        (k for k in keys if k.replace("_", " ") in problem or k in problem), None)
    key = named or next(iter(params), None)
    return raw.line_of(key) if key is not None and isinstance(raw, LineDict) else getattr(raw, "line", 0)


def _validate(data: object, schema: dict, path: Path, where: LineDict, rule_id: str | None) -> None:
    if conforms(data, schema):
        return  # the common case, without importing jsonschema (see quickcheck)
    from jsonschema import Draft202012Validator

    errors = sorted(Draft202012Validator(schema).iter_errors(data), key=lambda e: list(e.absolute_path))
    if not errors:
        return
    err = errors[0]
    line = getattr(where, "line", None)
    node: object = data
    for key in err.absolute_path:
        line = node.line_of(key) if isinstance(node, LineDict) else getattr(node, "line", line)
        node = node[key]  # type: ignore[index]
    if err.validator == "additionalProperties" and isinstance(node, LineDict):
        allowed = err.schema.get("properties", {}) if isinstance(err.schema, dict) else {}
        extra = [k for k in node if k not in allowed]
        line = node.line_of(extra[0]) if extra else line
    location = "/".join(str(k) for k in err.absolute_path)
    prefix = f"rule {rule_id!r}: " if rule_id else ""
    detail = err.message if len(err.message) < 200 else err.message[:200] + "..."
    raise PackError(f"{prefix}{location + ': ' if location else ''}{detail}", str(path), line)


def load_packs(paths: Iterable[str | Path]) -> list[Rule]:
    """All rules of the given pack files and folders; pack names must be unique across them."""
    rules: list[Rule] = []
    origin: dict[str, str] = {}
    for path in paths:
        for file in pack_files(path):
            file_rules = load_pack_file(file)
            for pack in {r.pack for r in file_rules}:
                if pack in origin and origin[pack] != str(file):
                    raise PackError(f"pack {pack!r} is already defined in {origin[pack]}", str(file))
                origin[pack] = str(file)
            rules.extend(file_rules)
    return rules


def default_pack_paths() -> list[str]:
    return [os.fspath(builtin_rules_dir())]
