"""``--format gitlab``: GitLab Code Quality (a JSON array of issues), shown in merge requests. The
fingerprint is the baseline's (stable across line shifts) made unique per occurrence, which is how
GitLab tells new issues from fixed ones between the base and the merge request."""

from __future__ import annotations

import hashlib
import json
from collections import Counter
from typing import Any

from ..engine.baseline import fingerprints, key_path
from ..engine.results import RunResult

_SEVERITY = {"error": "major", "warning": "minor", "info": "info"}


def render(result: RunResult, **_: Any) -> str:
    seen: Counter[str] = Counter()
    issues = []
    for f, fp in zip(result.findings, fingerprints(result), strict=True):
        path = key_path(f.path, ".")
        key = f"{path}\0{fp}"
        seen[key] += 1
        unique = hashlib.sha256(f"{key}\0{seen[key]}".encode()).hexdigest()[:32]
        issues.append({
            "type": "issue",
            "check_name": f.rule,
            "description": f.message,
            "content": {"body": f"Flagged: {f.text}\n\nCategory (MQM): {f.category}"},
            "categories": ["Style"],
            "severity": _SEVERITY[f.severity],
            "fingerprint": unique,
            "location": {"path": path, "lines": {"begin": f.line, "end": f.end_line}},
        })
    return json.dumps(issues, ensure_ascii=False, indent=2) + "\n"
