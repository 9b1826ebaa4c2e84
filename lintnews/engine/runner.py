"""Run the checks of the selected rules over documents and collect findings."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from ..analysis import Analysis
from ..checks.base import Check, Rule
from ..checks.registry import check_class
from ..config.selection import select_rules
from ..config.settings import Settings
from ..document import read_file, read_text
from ..document.model import Document
from ..errors import LintnewsError
from ..languagetool.merge import merge_languagetool
from ..model import Finding
from ..packs.loader import default_pack_paths, load_packs
from .convert import to_finding
from .files import expand_paths
from .results import FileResult, RunResult
from .suppress import apply_suppressions


def load_rules(settings: Settings) -> list[Rule]:
    """Every rule of the built-in and extra packs (before selection)."""
    paths = [*(default_pack_paths() if settings.builtin_packs else []), *settings.extra_packs]
    return load_packs(paths)


def build_checks(rules: Sequence[Rule], settings: Settings) -> list[Check]:
    """One check per rule, except types that combine all their rules into one pass."""
    by_type: dict[str, list[Rule]] = {}
    for rule in rules:
        by_type.setdefault(rule.type, []).append(rule)
    checks: list[Check] = []
    for type_name, type_rules in by_type.items():
        checks.extend(check_class(type_name).from_rules(type_rules, settings))
    return checks


class Linter:
    """Loaded packs and built checks, reused for every document of a run."""

    def __init__(self, settings: Settings | None = None, rules: Sequence[Rule] | None = None) -> None:
        self.settings = settings or Settings()
        all_rules = list(rules) if rules is not None else load_rules(self.settings)
        self.rules = select_rules(all_rules, self.settings, strict=rules is None)
        self.rules_by_id = {r.qualified_id: r for r in self.rules}
        self.checks = build_checks(self.rules, self.settings)

    @property
    def corpus_checks(self) -> list[Check]:
        return [c for c in self.checks if c.corpus]

    def lint_document(self, document: Document, analysis: Analysis | None = None,
                      summaries: dict[int, Any] | None = None) -> list[Finding]:
        """Findings for one document; with ``summaries``, corpus checks store their per-document
        summary there (keyed by the check's index in ``self.checks``)."""
        analysis = analysis or Analysis(document, self.settings)
        findings: list[Finding] = []
        for index, check in enumerate(self.checks):
            if check.corpus and summaries is not None:
                summaries[index] = check.collect(document, analysis)
            default_rule = check.rules()[0]
            for raw in check.check(document, analysis):
                rule = self.rules_by_id.get(raw.rule, default_rule) if raw.rule else default_rule
                finding = to_finding(raw, rule, document)
                if finding is not None:
                    findings.append(finding)
        return postprocess(findings, document)

    def lint_text(self, text: str, path: str = "<text>", format: str = "text") -> list[Finding]:
        return self.lint_document(read_text(text, path, format))

    def lint_file(self, path: str, format: str | None = None) -> FileResult:
        try:
            document = read_file(path, format)
        except LintnewsError as exc:
            return FileResult(path=path, error=str(exc))
        return self.lint_loaded(document)

    def lint_loaded(self, document: Document) -> FileResult:
        """A FileResult for a document already read; corpus summaries ride along in ``summaries``."""
        analysis = Analysis(document, self.settings)
        summaries: dict[int, Any] = {}
        findings = self.lint_document(document, analysis, summaries)
        meta = dict(document.meta)
        if "dates" in analysis.__dict__:  # a date rule ran: state the reference date it resolved against
            meta.update(analysis.dates.reference_meta())
        return FileResult(path=document.path, findings=findings, words=analysis.words,
                          meta=_public_meta(meta), summaries=summaries,
                          readability=getattr(analysis, "readability", None))  # set by the readability check

    def lint_paths(self, paths: Iterable[str]) -> RunResult:
        result = RunResult()
        for path in expand_paths(paths, self.settings.include, self.settings.exclude):
            result.files.append(self.lint_file(path))
        return self.finish(result)

    def finish(self, result: RunResult) -> RunResult:
        """Run the corpus phase over every file's summaries and merge its findings into the files."""
        for index, check in enumerate(self.checks):  # run-level notices (e.g. LanguageTool unreachable)
            if hasattr(check, "run_status"):
                notices, incomplete = check.run_status([r.summaries[index] for r in result.files
                                                        if index in r.summaries])
                result.notices.extend(n for n in notices if n not in result.notices)
                result.incomplete = result.incomplete or incomplete
        if not self.corpus_checks:
            return result
        by_path = {r.path: r for r in result.files}
        for index, check in enumerate(self.checks):
            if not check.corpus:
                continue
            summaries = {r.path: r.summaries[index] for r in result.files if index in r.summaries}
            for finding in check.finish(summaries):
                if finding.path in by_path:
                    by_path[finding.path].findings.append(finding)
        for r in result.files:
            r.findings.sort(key=lambda f: f.sort_key)
            r.summaries = {}
        return result


def _public_meta(meta: dict[str, Any]) -> dict[str, Any]:
    return {k: (v if isinstance(v, (str, int, float, bool)) or v is None else str(v)) for k, v in meta.items()}


def postprocess(findings: list[Finding], document: Document) -> list[Finding]:
    """Suppression comments, de-duplication (same rule, same span) and a stable order."""
    if document.format in ("markdown", "html"):
        findings = apply_suppressions(findings, document.source, document.comments)
    findings = merge_languagetool(findings)
    unique: dict[tuple[str, int, int], Finding] = {}
    for f in findings:
        unique.setdefault((f.rule, f.start, f.end), f)
    return sorted(unique.values(), key=lambda f: f.sort_key)
