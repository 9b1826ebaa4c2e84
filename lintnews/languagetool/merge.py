"""One finding per problem: a LanguageTool match at exactly the span of a lintnews finding is folded
into that finding (its rule id recorded in ``data``, its replacements added as extra fixes)."""

from __future__ import annotations

from dataclasses import replace

from ..model import Finding

PREFIX = "lt:"


def merge_languagetool(findings: list[Finding]) -> list[Finding]:
    """Drop each ``lt:`` finding whose (start, end) a lintnews finding already reports, enriching it."""
    if not any(f.rule.startswith(PREFIX) for f in findings):
        return findings
    own: dict[tuple[int, int], int] = {}
    for index, f in enumerate(findings):
        if not f.rule.startswith(PREFIX):
            own.setdefault((f.start, f.end), index)
    out = list(findings)
    dropped: set[int] = set()
    for index, f in enumerate(findings):
        target = own.get((f.start, f.end)) if f.rule.startswith(PREFIX) else None
        if target is None:
            continue
        host = out[target]
        seen = {tuple(e.replacement for e in fix.edits) for fix in host.fixes}
        extra = tuple(fix for fix in f.fixes if tuple(e.replacement for e in fix.edits) not in seen)
        ids = dict(host.data).get("languagetool")
        data = tuple((k, v) for k, v in host.data if k != "languagetool")
        data += (("languagetool", f"{ids},{f.rule}" if ids else f.rule),)
        out[target] = replace(host, fixes=host.fixes + extra, data=data)
        dropped.add(index)
    return [f for i, f in enumerate(out) if i not in dropped]
