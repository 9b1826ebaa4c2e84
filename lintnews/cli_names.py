"""``lintnews names report``: the spelling variants of names across a corpus, for a style editor to
decide the house style, and ``--write`` to save the decision as a names pack lintnews enforces."""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

import click

from .clitools import fail

_SHOWN_ARTICLES = 5


@click.group()
def names() -> None:
    """Name spellings across articles."""


@names.command()
@click.argument("paths", nargs=-1, type=click.Path(exists=True))
@click.option("--write", "write_path", type=click.Path(dir_okay=False), default=None,
              help="Save the groups as a names pack (most used spelling = house spelling).")
@click.option("--all", "include_possible", is_flag=True,
              help="Also list possible variants (long names differing in one inner vowel).")
@click.option("--format", "output_format", type=click.Choice(["text", "json"]), default="text",
              show_default=True)
def report(paths: tuple[str, ...], write_path: str | None, include_possible: bool,
           output_format: str) -> None:
    """Print the groups of spellings of one name found across PATHS, with counts and articles."""
    from .names.report import build_index, pack_yaml

    try:
        index = build_index(list(paths) or ["."])
    except Exception as exc:  # noqa: BLE001 - one line, exit 2
        fail(exc)
    groups = index.groups(sure_only=not include_possible)
    if output_format == "json":
        data = [[{"spelling": f, "uses": sum(index.uses[f].values()), "articles": sorted(index.uses[f])}
                 for f in g] for g in groups]
        click.echo(json.dumps({"groups": data}, ensure_ascii=False, indent=2))
    else:
        for group in groups:
            for rank, form in enumerate(group):
                articles = sorted(index.uses[form])
                shown = ", ".join(Path(a).name for a in articles[:_SHOWN_ARTICLES])
                more = f", +{len(articles) - _SHOWN_ARTICLES} more" if len(articles) > _SHOWN_ARTICLES else ""
                click.echo(f"{'' if rank == 0 else '  '}{form}: {sum(index.uses[form].values())} uses in "
                           f"{len(articles)} article{'s' if len(articles) > 1 else ''} ({shown}{more})")
        click.echo(f"{len(groups)} name{'s' if len(groups) != 1 else ''} spelled more than one way")
    if write_path:
        name = re.sub(r"[^a-z0-9_.-]+", "-", Path(write_path).stem.lower()).strip("-.") or "house-names"
        Path(write_path).write_text(pack_yaml(groups, name), encoding="utf-8")
        click.echo(f"wrote {len(groups)} house spellings to {write_path} "
                   f"(enforce it with --extra-packs {write_path}, or names.style)", err=True)
    sys.exit(0)
