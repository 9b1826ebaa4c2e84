"""The ``lintnews`` command: parses options, calls the API, picks a reporter, sets the exit code."""

from __future__ import annotations

import sys

import click

from . import __version__
from .cli_fix import CiOptions, ci_options, run_check
from .clitools import settings_from_options, shared_options

FORMATS = ("text", "json", "github", "sarif", "junit", "checkstyle", "rdjson", "gitlab")


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="lintnews")
def main() -> None:
    """A translation-quality linter for machine-translated news."""


@main.command()
@click.argument("paths", nargs=-1, type=click.Path())
@shared_options
@ci_options
@click.option("--format", "output_format", type=click.Choice(FORMATS), default="text", show_default=True,
              help="Output format.")
@click.option("--fail-on", type=click.Choice(["error", "warning", "info", "never"]), default=None,
              help="Lowest severity that makes the exit code 1 [default: error].")
@click.option("--stdin-filename", default=None, help="Name (and so format) of the text read from '-'.")
@click.option("--color/--no-color", default=None, help="Colour the text output [default: on a terminal].")
@click.option("-o", "--output", type=click.File("w", encoding="utf-8"), default="-",
              help="Write the report to a file instead of standard output.")
@click.option("--reference-date", default=None, metavar="YYYY-MM-DD",
              help="Publication date that relative and yearless dates are resolved against.")
@click.option("--corpus", default=None, type=click.Path(exists=True, file_okay=False),
              help="Folder of reference articles whose name spellings are the site's established ones.")
@click.option("--names-style", default=None, help="House style for names: ap, bgn, native, or a names pack file.")
@click.option("--languagetool", "languagetool_url", default=None, metavar="URL",
              help="LanguageTool server for grammar checks [env: LINTNEWS_LANGUAGETOOL_URL].")
@click.option("--require-languagetool", is_flag=True, default=None,
              help="Fail (exit 2) when the LanguageTool server cannot be reached.")
@click.option("--no-cache", is_flag=True, default=None, help="Do not read or write the LanguageTool cache.")
def check(paths: tuple[str, ...], output_format: str, fail_on: str | None, stdin_filename: str | None,
          color: bool | None, output: click.utils.LazyFile, reference_date: str | None, corpus: str | None,
          names_style: str | None, languagetool_url: str | None, require_languagetool: bool | None,
          no_cache: bool | None, **options: object) -> None:
    """Check articles (files, folders, or '-' for standard input) and report findings."""
    from .report import render

    ci = CiOptions.pop(options)
    settings = settings_from_options(paths, fail_on=fail_on, **options)
    settings = (settings.with_section("dates", reference_date=reference_date)
                .with_section("names", corpus=corpus, style=names_style)
                .with_section("languagetool", url=languagetool_url, require=require_languagetool,
                              cache=False if no_cache else None))
    result = run_check(list(paths) or ["."], settings, stdin_filename, ci)
    output = ci.output(output)
    for error in result.errors:
        click.echo(f"lintnews: {error}", err=True)
    for notice in result.notices:
        click.echo(f"lintnews: {notice}", err=True)
    use_color = output.isatty() if color is None and hasattr(output, "isatty") else bool(color)
    output.write(render(output_format, result, color=use_color, settings=settings))
    sys.exit(result.exit_code(settings.fail_on))


from .cli_rules import rules  # noqa: E402  (registers the sub-command group)

main.add_command(rules)

from .cli_names import names  # noqa: E402  (name spellings across a corpus)

main.add_command(names)

from .cli_fix import baseline, fix  # noqa: E402  (fixing and CI baselines)

main.add_command(fix)
main.add_command(baseline)

from .cli_serve import serve  # noqa: E402  (the web page and HTTP API)

main.add_command(serve)
