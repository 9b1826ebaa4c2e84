"""``lintnews rules``: list, explain and test rules."""

from __future__ import annotations

import sys

import click

from .clitools import fail, settings_from_options, shared_options


@click.group()
def rules() -> None:
    """List, explain and test rules."""


def _load(options: dict) -> list:
    from .config.selection import select_rules
    from .engine.runner import load_rules

    settings = settings_from_options((), **options)
    try:
        return select_rules(load_rules(settings), settings)
    except Exception as exc:  # noqa: BLE001
        fail(exc)


@rules.command("list")
@shared_options
def list_rules(**options: object) -> None:
    """One line per enabled rule: id, type, severity, pack."""
    for rule in _load(options):
        click.echo(f"{rule.qualified_id:48s} {rule.type:13s} {rule.severity:8s} {rule.category}")


@rules.command()
@click.argument("rule_id")
@shared_options
def explain(rule_id: str, **options: object) -> None:
    """Explain one rule: message, category, fix, examples."""
    matches = [r for r in _load(options) if rule_id in (r.qualified_id, r.id)]
    if not matches:
        click.echo(f"lintnews: error: unknown rule '{rule_id}' (see 'lintnews rules list')", err=True)
        sys.exit(2)
    for rule in matches:
        click.echo(click.style(rule.qualified_id, bold=True))
        click.echo(f"  type: {rule.type}   severity: {rule.severity}   category: {rule.category}   "
                   f"fix: {rule.applicability}")
        click.echo(f"  message: {rule.message}")
        if rule.description:
            click.echo(f"  {rule.description.strip()}")
        click.echo(f"  defined in {rule.source}:{rule.line}")
        for kind, examples in (("flagged", rule.bad), ("not flagged", rule.good)):
            click.echo(f"  {kind}:")
            for ex in examples:
                fix = f"  ->  {ex.fix}" if ex.fix is not None else ""
                click.echo(f"    - {ex.text}{fix}")


@rules.command("test")
@click.argument("pack_paths", nargs=-1, type=click.Path(exists=True))
@click.option("-q", "--quiet", is_flag=True, help="Print only failures and the summary.")
def test_rules(pack_paths: tuple[str, ...], quiet: bool) -> None:
    """Run every rule's examples (default: the built-in packs). Exit 1 when one fails."""
    from .packs.loader import default_pack_paths, load_packs
    from .testing import run_rule_examples

    try:
        loaded = load_packs(list(pack_paths) or default_pack_paths())
    except Exception as exc:  # noqa: BLE001
        fail(exc)
    failures = []
    examples = 0
    for rule in loaded:
        examples += len(rule.bad) + len(rule.good)
        rule_failures = run_rule_examples(rule)
        failures.extend(rule_failures)
        if not quiet:
            click.echo(f"{'FAIL' if rule_failures else 'ok  '} {rule.qualified_id}")
    for failure in failures:
        click.echo(str(failure), err=True)
    click.echo(f"{len(loaded)} rules, {examples} examples, {len(failures)} failed")
    sys.exit(1 if failures else 0)
