"""``lintnews fix``, ``lintnews baseline``, and the CI options of ``lintnews check``
(--fix, --unsafe-fixes, --diff, --baseline, --diff-base, --jobs, --progress)."""

from __future__ import annotations

import functools
import os
import sys
from collections.abc import Callable
from dataclasses import dataclass, fields
from typing import Any, TextIO

import click

from .clitools import fail, settings_from_options, shared_options

#: Fewer files than this finish too quickly for a progress bar to help.
PROGRESS_MIN_FILES = 20


@dataclass
class CiOptions:
    fix: bool = False
    unsafe_fixes: bool = False
    diff: bool = False
    baseline: str | None = None
    diff_base: str | None = None
    jobs: int | None = None
    progress: bool | None = None
    show_fixes: bool = False
    stdin_fixed: bool = False

    @classmethod
    def pop(cls, options: dict[str, Any]) -> CiOptions:
        """Take this class's options out of the click keyword arguments."""
        names = [f.name for f in fields(cls) if f.name in options]
        return cls(**{name: options.pop(name) for name in names})

    def output(self, stream: Any) -> Any:
        """Where the report goes: fixed standard input owns standard output, so the report moves."""
        if self.stdin_fixed and getattr(stream, "name", "-") in ("-", "<stdout>"):
            return click.get_text_stream("stderr")
        return stream


def _jobs_option(command: Callable[..., Any]) -> Callable[..., Any]:
    return click.option("-j", "--jobs", type=click.IntRange(min=0), default=None,
                        help="Parallel processes (0: automatic, the default: the CPU count for many "
                        "files).")(command)


def _progress_option(command: Callable[..., Any]) -> Callable[..., Any]:
    return click.option("--progress/--no-progress", default=None,
                        help="Progress bar on standard error [default: on a terminal, for many "
                        "files].")(command)


def _show_fixes_option(command: Callable[..., Any]) -> Callable[..., Any]:
    return click.option("--show-fixes", is_flag=True,
                        help="List every fix applied (path:line:column: rule: title) on standard "
                        "error.")(command)


def ci_options(command: Callable[..., Any]) -> Callable[..., Any]:
    """The options ``check`` gets for fixing and CI gating."""
    decorators = [
        click.option("--fix", is_flag=True, help="Apply safe fixes to the files, then report what remains."),
        click.option("--unsafe-fixes", is_flag=True, help="Apply unsafe fixes too (with --fix or --diff)."),
        click.option("--diff", is_flag=True, help="Print the fixes as a unified diff; write nothing "
                     "(exit 1 when there would be changes)."),
        click.option("--baseline", type=click.Path(dir_okay=False), default=None,
                     help="Baseline file: findings recorded there are not reported and do not fail the run."),
        click.option("--diff-base", metavar="REF", default=None,
                     help="Only findings on lines added or changed since the git revision REF."),
        _show_fixes_option,
        _jobs_option,
        _progress_option,
    ]
    return functools.reduce(lambda f, d: d(f), reversed(decorators), command)


class _Progress:
    """A progress bar on standard error, only for long runs and only on a terminal (or when asked)."""

    def __init__(self, enabled: bool | None, label: str) -> None:
        self.enabled = sys.stderr.isatty() if enabled is None else enabled
        self.forced = enabled is True
        self.label = label
        self.bar: Any = None

    def __call__(self, total: int) -> Callable[[int], None] | None:
        if not self.enabled or (total < PROGRESS_MIN_FILES and not self.forced) or total == 0:
            return None
        self.bar = click.progressbar(length=total, label=self.label, file=sys.stderr)
        self.bar.__enter__()
        return self.bar.update

    def close(self) -> None:
        if self.bar is not None:
            self.bar.__exit__(None, None, None)
            self.bar = None


def _write_stdin(run: Any) -> bool:
    """Fixed standard input goes to standard output, in its own encoding."""
    from .document.encoding import encode

    stdin = [f for f in run.files if f.digest is None]
    for fixed in stdin:
        sys.stdout.flush()
        sys.stdout.buffer.write(encode(fixed.document.source, fixed.document.encoding))
        sys.stdout.buffer.flush()
    return bool(stdin)


def _print_diffs(run: Any, stream: TextIO) -> bool:
    from .fix.diff import unified_diff

    changed = False
    for fixed in run.files:
        text = unified_diff(fixed.original, fixed.document.source, fixed.path)
        if text:
            stream.write(text)
            changed = True
    return changed


def _fix_summary(run: Any, written: int, unsafe: bool) -> str:
    remaining = run.result.findings
    with_unsafe = sum(1 for f in remaining if any(x.applicability == "unsafe" for x in f.fixes))
    msg = (f"fixed {run.applied} finding{'s' * (run.applied != 1)} in {written} "
           f"file{'s' * (written != 1)}; {len(remaining)} remain{'s' * (len(remaining) == 1)}")
    if with_unsafe and not unsafe:
        msg += f" ({with_unsafe} with unsafe fixes: add --unsafe-fixes)"
    return msg


def run_check(paths: list[str], settings: Any, stdin_filename: str | None, ci: CiOptions) -> Any:
    """The run behind ``check``: plain, fixing or diffing, then the baseline and changed-lines filters."""
    from .api import run_paths

    progress = _Progress(ci.progress, "Fixing" if ci.fix or ci.diff else "Checking")
    try:
        if ci.fix or ci.diff:
            from .fix.loop import MAX_PASSES
            from .fix.run import fix_paths, write_all

            run = fix_paths(paths, settings, ci.unsafe_fixes, stdin_filename, ci.jobs, progress)
            progress.close()
            if ci.diff:
                changed = _print_diffs(run, click.get_text_stream("stdout"))
                for error in run.result.errors:
                    click.echo(f"lintnews: {error}", err=True)
                sys.exit(2 if run.result.errors else 1 if changed else 0)
            written = write_all(run) + sum(1 for f in run.changed if f.digest is None)
            if ci.show_fixes:
                for f in run.changed:
                    for a in f.applied:
                        where = f"{f.path}:{a.finding.line}:{a.finding.column}"
                        click.echo(f"{where}: {a.finding.rule}: {a.fix.title}", err=True)
            ci.stdin_fixed = _write_stdin(run)
            click.echo(f"lintnews: {_fix_summary(run, written, ci.unsafe_fixes)}", err=True)
            result = run.result
            result.notices.extend(f"{f.path}: fixes did not settle after {MAX_PASSES} passes (a fix "
                                  "re-creates what it fixes); the text of the last pass was kept"
                                  for f in run.files if not f.converged)
        else:
            result = run_paths(paths, settings, stdin_filename, jobs=ci.jobs, progress=progress)
            progress.close()
        _gate(result, ci, paths)
    except Exception as exc:  # noqa: BLE001 - every user error is one line, exit 2
        progress.close()
        fail(exc)
    return result


def _gate(result: Any, ci: CiOptions, paths: list[str]) -> None:
    """Keep only what is new: not in the baseline, and on lines changed since --diff-base. (The baseline
    goes first: it must see every finding, or entries of unchanged lines would look stale.)"""
    if ci.baseline:
        from .engine.baseline import apply_baseline, load_baseline

        dropped, stale = apply_baseline(result, load_baseline(ci.baseline), ci.baseline)
        if dropped:
            result.notices.append(f"{dropped} finding{'s' * (dropped != 1)} recorded in the baseline "
                                  f"{ci.baseline} not reported")
        for e in stale:
            result.notices.append(f"stale baseline entry: {e.path}:{e.line}: {e.rule} '{e.text}' is "
                                  "no longer found (refresh with 'lintnews baseline create')")
    if ci.diff_base:
        from .engine.changed_lines import filter_changed

        first = next((p for p in paths if p != "-"), ".")
        removed = filter_changed(result, ci.diff_base, first if os.path.isdir(first) else
                                 (os.path.dirname(first) or "."))
        if removed:
            result.notices.append(f"{removed} finding{'s' * (removed != 1)} on lines unchanged since "
                                  f"{ci.diff_base} not reported")


@click.command()
@click.argument("paths", nargs=-1, type=click.Path())
@shared_options
@click.option("--unsafe-fixes", is_flag=True, help="Apply unsafe fixes too.")
@click.option("--diff", is_flag=True, help="Print a unified diff; write nothing (exit 1 when there would be "
              "changes).")
@click.option("--stdin-filename", default=None, help="Name (and so format) of the text read from '-'.")
@_show_fixes_option
@_jobs_option
@_progress_option
def fix(paths: tuple[str, ...], unsafe_fixes: bool, diff: bool, stdin_filename: str | None, jobs: int | None,
        progress: bool | None, show_fixes: bool, **options: object) -> None:
    """Apply safe fixes to articles (files, folders, or '-': the fixed text goes to standard output).

    Exit 0 when every file could be fixed or left alone (unfixable findings may remain: see
    'lintnews check'), 1 with --diff when there are changes, 2 when a file could not be read or written."""
    settings = settings_from_options(paths, **options)
    ci = CiOptions(fix=not diff, unsafe_fixes=unsafe_fixes, diff=diff, jobs=jobs, progress=progress,
                   show_fixes=show_fixes)
    result = run_check(list(paths) or ["."], settings, stdin_filename, ci)
    for line in (*result.errors, *result.notices):
        click.echo(f"lintnews: {line}", err=True)
    sys.exit(2 if result.errors else 0)


@click.group()
def baseline() -> None:
    """Record today's findings so that only new ones fail a run (check --baseline FILE)."""


@baseline.command("create")
@click.argument("paths", nargs=-1, type=click.Path())
@shared_options
@click.option("-o", "--output", "output", type=click.Path(dir_okay=False), default="lintnews-baseline.json",
              show_default=True, help="Baseline file to write.")
@_jobs_option
def create(paths: tuple[str, ...], output: str, jobs: int | None, **options: object) -> None:
    """Record the current findings of PATHS in a baseline file."""
    from .api import run_paths
    from .engine.baseline import write_baseline

    settings = settings_from_options(paths, **options)
    try:
        result = run_paths(list(paths) or ["."], settings, jobs=jobs)
        count = write_baseline(result, output)
    except Exception as exc:  # noqa: BLE001
        fail(exc)
    for error in result.errors:
        click.echo(f"lintnews: {error}", err=True)
    click.echo(f"lintnews: {count} finding{'s' * (count != 1)} recorded in {output}", err=True)
    sys.exit(2 if result.errors else 0)
