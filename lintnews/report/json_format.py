"""``--format json``: one object, stable field order, schema in ``lintnews/schemas/findings.schema.json``."""

from __future__ import annotations

import json
from typing import Any

from ..engine.results import RunResult
from ..model import Finding

SCHEMA_VERSION = 1


def finding_dict(f: Finding) -> dict[str, Any]:
    return {
        "path": f.path,
        "rule": f.rule,
        "pack": f.pack,
        "severity": f.severity,
        "category": f.category,
        "message": f.message,
        "line": f.line,
        "column": f.column,
        "end_line": f.end_line,
        "end_column": f.end_column,
        "start": f.start,
        "end": f.end,
        "text": f.text,
        "fixes": [
            {"title": fix.title, "applicability": fix.applicability,
             "edits": [{"start": e.start, "end": e.end, "replacement": e.replacement} for e in fix.edits]}
            for fix in f.fixes
        ],
        **({"data": dict(f.data)} if f.data else {}),
    }


def as_dict(result: RunResult) -> dict[str, Any]:
    return {
        "version": SCHEMA_VERSION,
        "summary": {
            "files": len(result.files),
            "findings": len(result.findings),
            **result.counts(),
            "unreadable": len(result.errors),
        },
        "files": [
            {"path": r.path, "words": r.words, "meta": r.meta, **({"error": r.error} if r.error else {}),
             **({"readability": r.readability} if r.readability else {})}
            for r in result.files
        ],
        "notices": list(result.notices),
        "findings": [finding_dict(f) for f in result.findings],
    }


def render(result: RunResult, **_: Any) -> str:
    return json.dumps(as_dict(result), ensure_ascii=False, indent=2) + "\n"
