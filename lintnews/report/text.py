"""``--format text``: findings grouped by file, colour on a terminal, and a summary line."""

from __future__ import annotations

from typing import Any

from ..engine.results import RunResult

_COLOURS = {"error": "red", "warning": "yellow", "info": "cyan"}


def render(result: RunResult, color: bool = False, **_: Any) -> str:
    import click

    def style(text: str, **kw: Any) -> str:
        return click.style(text, **kw) if color else text

    out: list[str] = []
    for file in result.files:
        if not file.findings:
            continue
        out.append(style(file.path, bold=True, underline=True))
        for f in file.findings:
            where = f"{f.line}:{f.column}"
            sev = style(f"{f.severity:7s}", fg=_COLOURS[f.severity])
            fix = ""
            if f.fixes:
                first = f.fixes[0]
                marker = {"safe": "fixable", "unsafe": "unsafe fix", "suggestion": "suggestion"}[first.applicability]
                fix = style(f"  [{marker}: {first.title}]", dim=True)
            out.append(f"  {where:>9}  {sev} {f.message}  {style(f.rule, dim=True)}{fix}")
        out.append("")
    counts = result.counts()
    total = sum(counts.values())
    checked = len(result.files) - len(result.errors)
    summary = (f"{total} finding{'s' * (total != 1)} ({counts['error']} errors, {counts['warning']} warnings, "
               f"{counts['info']} info) in {checked} file{'s' * (checked != 1)}")
    if result.errors:
        summary += f"; {len(result.errors)} could not be checked"
    out.append(style(summary, bold=True))
    from ..checks.readability_scores import readability_summary

    readability = readability_summary(result.files)
    if readability:
        out.append(readability)
    return "\n".join(out) + "\n"
