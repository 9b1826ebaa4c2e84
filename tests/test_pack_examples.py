"""Every example of every rule of the built-in packs, one test each (ids like
``calques-zh-en/white-president:bad:0``). The packs are read at collection time, so a pack added to
``rules/`` is tested without touching this file."""

from __future__ import annotations

import pytest

from lintnews.checks.base import Example, Rule
from lintnews.engine.runner import Linter
from lintnews.packs.loader import default_pack_paths, load_packs
from lintnews.testing import run_example


def _cases() -> list:
    try:
        rules = load_packs(default_pack_paths())
    except Exception as exc:  # noqa: BLE001 - a broken pack must fail a test, not stop collection
        return [pytest.param(None, None, "", exc, id="packs-load")]
    cases = []
    for rule in rules:
        for kind, examples in (("bad", rule.bad), ("good", rule.good)):
            for index, example in enumerate(examples):
                case_id = f"{rule.qualified_id}:{kind}:{index}"
                cases.append(pytest.param(rule, example, kind, None, id=case_id))
    return cases


_LINTERS: dict[str, Linter] = {}


def _linter(rule: Rule) -> Linter:
    """One linter per rule, built once for all of its examples."""
    if rule.qualified_id not in _LINTERS:
        _LINTERS[rule.qualified_id] = Linter(rules=[rule])
    return _LINTERS[rule.qualified_id]


@pytest.mark.parametrize(("rule", "example", "kind", "load_error"), _cases())
def test_example(rule: Rule | None, example: Example | None, kind: str, load_error: Exception | None) -> None:
    if load_error is not None:
        pytest.fail(f"the built-in packs do not load: {load_error}")
    assert rule is not None and example is not None
    problem = run_example(rule, example, kind, _linter(rule))
    where = f"{rule.source}:{rule.line}: {rule.qualified_id}"
    assert problem is None, f"{where} ({kind} example {example.text!r}): {problem}"


def test_every_bad_example_marks_its_span() -> None:
    """Without ``[[...]]`` a bad example passes when the rule fires anywhere; the marker pins the place."""
    unmarked = [f"{r.qualified_id}: {e.text[:50]!r}" for r in load_packs(default_pack_paths())
                for e in r.bad if not e.spans]
    assert unmarked == []
