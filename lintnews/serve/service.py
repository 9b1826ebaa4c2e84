"""The linting behind the API: synchronous and CPU-bound, so the app runs it in worker threads.

Rule packs are loaded once; a ``Linter`` is built once per distinct effective configuration (the
server's own, or the server's with a request's ``config`` and ``reference_date`` on top) and reused
across requests from a small bounded cache.
"""

from __future__ import annotations

import dataclasses
import json
import threading
from collections import OrderedDict
from typing import Any

from ..config import Settings, settings_from_dict
from ..config.selection import matches, select_rules
from ..document import read_text
from ..engine.results import RunResult
from ..engine.runner import Linter, load_rules
from ..errors import ConfigError, LintnewsError
from ..fix.apply import Applied, apply_fixes
from ..fix.loop import fix_document
from ..model import Finding
from ..report.json_format import as_dict, finding_dict
from .errors import ApiError, bad_request
from .payload import APPLICABILITY, CheckRequest, FixRequest
from .readability import summary as readability_summary

MAX_LINTERS = 32


class LintService:
    """Check and fix articles with the server's configuration; safe to call from several threads."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.all_rules = load_rules(settings)
        self._linters: OrderedDict[str, Linter] = OrderedDict()
        self._lock = threading.Lock()
        self.default = self.linter(settings)

    # -- configuration -------------------------------------------------------------------------
    def settings_for(self, request: CheckRequest) -> Settings:
        """The server's settings with the request's ``config`` and ``reference_date`` on top."""
        settings = self.settings
        if request.config:
            try:
                extra = settings_from_dict(request.config)
            except ConfigError as exc:
                raise bad_request("bad_config", exc.message, field="config") from None
            settings = settings.with_overrides(
                select=extra.select or None,
                ignore=(settings.ignore + extra.ignore) if extra.ignore else None,
                severity={**settings.severity, **extra.severity} if extra.severity else None,
                fail_on=request.config.get("fail_on"),
            )
            for name in ("dates", "readability"):
                if extra.section(name):
                    settings = settings.with_section(name, **extra.section(name))
        if request.reference_date:
            settings = settings.with_section("dates", reference_date=request.reference_date)
        return settings

    def linter(self, settings: Settings) -> Linter:
        key = json.dumps(dataclasses.asdict(settings), sort_keys=True, default=str)
        with self._lock:
            if key in self._linters:
                self._linters.move_to_end(key)
                return self._linters[key]
        try:  # strict: a selector that names no rule is the client's typo, not an empty selection
            select_rules(self.all_rules, settings, strict=True)
        except ConfigError as exc:
            raise bad_request("unknown_rule", exc.message, field="config") from None
        try:
            linter = Linter(settings, rules=self.all_rules)
        except LintnewsError as exc:  # e.g. a section value the checks refuse
            raise bad_request("bad_config", exc.message, field="config") from None
        with self._lock:
            self._linters[key] = linter
            while len(self._linters) > MAX_LINTERS:
                self._linters.popitem(last=False)
        return linter

    # -- endpoints -----------------------------------------------------------------------------
    def rules(self) -> list[dict[str, Any]]:
        """The enabled rules of the server's configuration, with what ``rules explain`` shows."""
        return [{
            "id": r.qualified_id, "pack": r.pack, "type": r.type, "severity": r.severity,
            "category": r.category, "applicability": r.applicability, "message": r.message,
            "description": (r.description or "").strip(),
            "examples": {"bad": [{"text": e.text, "fix": e.fix} for e in r.bad],
                         "good": [e.text for e in r.good]},
        } for r in self.default.rules]

    def check(self, request: CheckRequest) -> dict[str, Any]:
        settings = self.settings_for(request)
        body, _ = self._check(self.linter(settings), settings, request.text, request)
        if request.raw:
            body["source"] = request.text
        return body

    def fix(self, request: FixRequest) -> dict[str, Any]:
        settings = self.settings_for(request.check)
        linter = self.linter(settings)
        for selector in request.rules:
            if not any(matches(selector, r.id, r.pack) for r in linter.rules):
                raise bad_request("unknown_rule", f"unknown or disabled rule or pack '{selector}'",
                                  field="rules")
        text = request.check.text
        if request.findings:
            _, findings = self._check(linter, settings, text, request.check)
            document = read_text(text, request.check.path, request.check.format)
            text, done = apply_fixes(text, _chosen(findings, request), APPLICABILITY["all"],
                                     document.encoding.newline)
        else:
            fixer = Linter(settings.with_overrides(select=request.rules), rules=linter.rules) \
                if request.rules else linter
            try:
                fixed = fix_document(fixer, read_text(text, request.check.path, request.check.format),
                                     APPLICABILITY[request.applicability])
            except LintnewsError as exc:
                raise ApiError(422, "unreadable", str(exc)) from None
            text, done = fixed.document.source, fixed.applied
        applied = [_applied_dict(a) for a in done]
        after, _ = self._check(linter, settings, text, request.check)
        return {"text": text, "changed": text != request.check.text, "applied": applied, "check": after}

    def _check(self, linter: Linter, settings: Settings, text: str, request: CheckRequest
               ) -> tuple[dict[str, Any], list[Finding]]:
        try:
            document = read_text(text, request.path, request.format)
            result = RunResult(files=[linter.lint_loaded(document)])
            linter.finish(result)
        except LintnewsError as exc:
            raise ApiError(422, "unreadable", str(exc)) from None
        body = as_dict(result)
        file_info = body["files"][0] if body["files"] else {}
        body.setdefault("readability", file_info.get("readability") or readability_summary(document))
        for key, value in _reference(settings, file_info.get("meta", {})).items():
            body.setdefault(key, value)
        return body, result.findings


def _reference(settings: Settings, meta: dict[str, Any]) -> dict[str, Any]:
    """The date relative dates were read against, as the date checks resolved it (from the setting,
    the article's metadata or its dateline), or the setting when no date check ran."""
    if "reference_date" in meta:
        return {"reference_date": meta["reference_date"], "reference_source": meta.get("reference_source")}
    value = settings.section("dates").get("reference_date")
    return {"reference_date": str(value) if value else None,
            "reference_source": "reference_date setting" if value else None}


def _selected(finding: Finding, selectors: tuple[str, ...]) -> bool:
    bare = finding.rule.split("/", 1)[-1]
    return any(matches(s, bare, finding.pack) for s in selectors)


def _chosen(findings: list[Finding], request: FixRequest) -> list[Finding]:
    """The named findings, each keeping only the fix alternative the editor picked."""
    by_key = {(f.rule, f.start, f.end): f for f in findings}
    chosen = []
    for ref in request.findings:
        finding = by_key.get(ref.key)
        if finding is None:
            raise ApiError(409, "unknown_finding", f"no finding {ref.rule}@{ref.start}-{ref.end} in this "
                           "text (it may have changed since it was checked)", field="findings")
        index = ref.choice or 0
        if index >= len(finding.fixes):
            raise ApiError(409, "no_fix", f"finding {ref.rule}@{ref.start}-{ref.end} has "
                           f"{len(finding.fixes)} fix(es); #{index} does not exist", field="findings")
        chosen.append(dataclasses.replace(finding, fixes=(finding.fixes[index],)))
    return chosen


def _applied_dict(applied: Applied) -> dict[str, Any]:
    """A fix applied; its edit offsets refer to the text as it was when that fix was applied (each
    pass of the fix loop checks the text again)."""
    fix = applied.fix
    return {"finding": finding_dict(applied.finding), "title": fix.title,
            "applicability": fix.applicability,
            "edits": [{"start": e.start, "end": e.end, "replacement": e.replacement} for e in fix.edits]}
