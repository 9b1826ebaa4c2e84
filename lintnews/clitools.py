"""Options shared by several commands, and the one-line error exit."""

from __future__ import annotations

import functools
import sys
from collections.abc import Callable
from typing import Any, NoReturn

import click

from .errors import LintnewsError


def fail(exc: BaseException) -> NoReturn:
    """Print a one-line error and exit 2; unexpected exceptions still get one line, never a traceback."""
    if isinstance(exc, LintnewsError):
        click.echo(f"lintnews: error: {exc}", err=True)
    else:
        click.echo(f"lintnews: internal error: {type(exc).__name__}: {exc}", err=True)
    sys.exit(2)


def shared_options(command: Callable[..., Any]) -> Callable[..., Any]:
    """--config, --isolated, --select, --ignore, --extra-packs, --include, --exclude."""
    decorators = [
        click.option("--config", "config_file", type=click.Path(dir_okay=False), default=None,
                     help="Config file (default: lintnews.toml or pyproject.toml found walking up)."),
        click.option("--isolated", is_flag=True, help="Ignore every config file."),
        click.option("--select", multiple=True, help="Only these packs or rules (repeatable, comma lists)."),
        click.option("--ignore", multiple=True, help="Skip these packs or rules (repeatable, comma lists)."),
        click.option("--extra-packs", multiple=True, type=click.Path(), help="More pack files or folders."),
        click.option("--include", multiple=True, help="File globs to check in folders."),
        click.option("--exclude", multiple=True, help="File or folder globs to skip."),
    ]
    return functools.reduce(lambda f, d: d(f), reversed(decorators), command)


def _split(values: tuple[str, ...]) -> tuple[str, ...] | None:
    out = tuple(v.strip() for value in values for v in value.split(",") if v.strip())
    return out or None


def settings_from_options(paths: tuple[str, ...], *, config_file: str | None = None, isolated: bool = False,
                          select: tuple[str, ...] = (), ignore: tuple[str, ...] = (),
                          extra_packs: tuple[str, ...] = (), include: tuple[str, ...] = (),
                          exclude: tuple[str, ...] = (), fail_on: str | None = None, **_: Any):
    """Settings from the config file (found or given), then flags on top."""
    from .config import discover, load_settings

    try:
        first = next((p for p in paths if p != "-"), ".")
        path = None if isolated else (config_file or discover(first))
        settings = load_settings(path)
    except LintnewsError as exc:
        fail(exc)
    ignored = _split(ignore)
    return settings.with_overrides(
        select=_split(select),
        ignore=(settings.ignore + ignored) if ignored else None,
        extra_packs=(settings.extra_packs + tuple(extra_packs)) if extra_packs else None,
        include=_split(include),
        exclude=(settings.exclude + _split(exclude)) if _split(exclude) else None,
        fail_on=fail_on,
    )
