"""``--format sarif``: SARIF 2.1.0 for GitHub code scanning and other SARIF viewers.

Every rule that fired is described (with help text built from its message, description and examples),
columns count Unicode code points (``columnKind``), fixes become SARIF ``fixes`` with character-offset
regions, and each result carries a fingerprint that survives line shifts (the baseline's).
"""

from __future__ import annotations

import json
import os
from typing import Any
from urllib.parse import quote

from .. import __version__
from ..engine.baseline import fingerprints
from ..engine.results import RunResult
from ..model import Finding

SCHEMA_URI = "https://json.schemastore.org/sarif-2.1.0.json"
INFORMATION_URI = "https://pypi.org/project/lintnews/"
_LEVEL = {"error": "error", "warning": "warning", "info": "note"}


def known_rules(settings: Any = None) -> dict[str, Any]:
    """Rules by qualified id, for help text; empty when the packs cannot be loaded."""
    try:
        from ..config.settings import Settings
        from ..engine.runner import load_rules

        return {r.qualified_id: r for r in load_rules(settings or Settings())}
    except Exception:  # noqa: BLE001 - descriptors then come from the findings alone
        return {}


def _summary(template: str) -> str:
    text = template.replace("'{match}'", "the flagged text").replace("{match}", "the flagged text")
    text = text.replace("'{replacement}'", "the replacement").replace("{replacement}", "the replacement")
    return text[:1].upper() + text[1:]


def _clip(text: str, limit: int = 160) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "\u2026"


def _help(rule: Any, finding: Finding) -> dict[str, str]:
    if rule is None:
        return {"text": f"{finding.category}: {finding.message}"}
    lines = [_summary(rule.message)]
    if rule.description:
        lines.append(" ".join(rule.description.split()))
    lines.append(f"Category (MQM): {rule.category}. Fix: {rule.applicability}.")
    md = [lines[0], "", *(lines[1:-1]), "",
          f"**Category (MQM):** {rule.category} · **fix:** {rule.applicability}"]
    for ex in rule.bad[:2]:
        after = f" → {_clip(ex.fix)}" if ex.fix is not None else ""
        lines.append(f"Flagged: {_clip(ex.text)}{after}")
        md.append(f"- Flagged: `{_clip(ex.text)}`" + (f" → `{_clip(ex.fix)}`" if ex.fix is not None else ""))
    for text in [_clip(g.text) for g in rule.good[:2]]:
        lines.append(f"Not flagged: {text}")
        md.append(f"- Not flagged: `{text}`")
    return {"text": "\n".join(lines), "markdown": "\n".join(md)}


def _descriptor(rule_id: str, rule: Any, finding: Finding) -> dict[str, Any]:
    short = _summary(rule.message) if rule is not None else finding.message
    full = " ".join(rule.description.split()) if rule is not None and rule.description else short
    return {
        "id": rule_id,
        "name": rule_id.rsplit("/", 1)[-1],
        "shortDescription": {"text": short},
        "fullDescription": {"text": full},
        "help": _help(rule, finding),
        "defaultConfiguration": {"level": _LEVEL[rule.severity if rule is not None else finding.severity]},
        "properties": {"tags": [finding.pack or rule_id.split("/", 1)[0], finding.category],
                       "category": finding.category},
    }


def artifact_uri(path: str) -> dict[str, str]:
    """A path relative to the working folder (``%SRCROOT%``), else an absolute ``file:`` URI."""
    absolute = os.path.abspath(path)
    rel = os.path.relpath(absolute, os.getcwd())
    if rel.startswith(".."):
        return {"uri": "file://" + quote(absolute.replace(os.sep, "/"))}
    return {"uri": quote(rel.replace(os.sep, "/")), "uriBaseId": "%SRCROOT%"}


def _location(f: Finding) -> dict[str, Any]:
    region: dict[str, Any] = {"startLine": f.line, "startColumn": f.column, "endLine": f.end_line,
                              "endColumn": f.end_column, "charOffset": f.start, "charLength": f.end - f.start}
    if f.text:
        region["snippet"] = {"text": f.text}
    return {"physicalLocation": {"artifactLocation": artifact_uri(f.path), "region": region}}


def _fixes(f: Finding) -> list[dict[str, Any]]:
    return [{
        "description": {"text": f"{fix.title} ({fix.applicability})"},
        "artifactChanges": [{
            "artifactLocation": artifact_uri(f.path),
            "replacements": [{"deletedRegion": {"charOffset": e.start, "charLength": e.end - e.start},
                              "insertedContent": {"text": e.replacement}} for e in fix.edits],
        }],
    } for fix in f.fixes]


def as_dict(result: RunResult, settings: Any = None) -> dict[str, Any]:
    rules = known_rules(settings) if result.findings else {}
    descriptors: dict[str, dict[str, Any]] = {}
    index: dict[str, int] = {}
    results = []
    for f, fp in zip(result.findings, fingerprints(result), strict=True):
        if f.rule not in descriptors:
            index[f.rule] = len(descriptors)
            descriptors[f.rule] = _descriptor(f.rule, rules.get(f.rule), f)
        entry: dict[str, Any] = {
            "ruleId": f.rule,
            "ruleIndex": index[f.rule],
            "level": _LEVEL[f.severity],
            "message": {"text": f.message},
            "locations": [_location(f)],
            "partialFingerprints": {"lintnewsFingerprint/v1": fp},
            "properties": {"category": f.category},
        }
        if f.fixes:
            entry["fixes"] = _fixes(f)
        results.append(entry)
    notifications = [{"level": "error", "message": {"text": r.error},
                      "locations": [{"physicalLocation": {"artifactLocation": artifact_uri(r.path)}}]}
                     for r in result.files if r.error]
    notifications += [{"level": "warning", "message": {"text": n}} for n in result.notices]
    root = os.getcwd().replace(os.sep, "/").rstrip("/") + "/"
    return {
        "$schema": SCHEMA_URI,
        "version": "2.1.0",
        "runs": [{
            "tool": {"driver": {"name": "lintnews", "version": __version__, "semanticVersion": __version__,
                                "informationUri": INFORMATION_URI, "rules": list(descriptors.values())}},
            "invocations": [{"executionSuccessful": not result.errors,
                             "toolExecutionNotifications": notifications}],
            "originalUriBaseIds": {"%SRCROOT%": {"uri": "file://" + quote(root if root.startswith("/")
                                                                          else "/" + root)}},
            "columnKind": "unicodeCodePoints",
            "results": results,
        }],
    }


def render(result: RunResult, settings: Any = None, **_: Any) -> str:
    return json.dumps(as_dict(result, settings), ensure_ascii=False, indent=2) + "\n"
