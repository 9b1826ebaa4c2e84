"""``--format rdjson``: reviewdog's Diagnostic Format, so reviewdog can comment on pull requests and
offer fixes as suggested changes. Its columns count UTF-8 bytes, so each file is read to convert."""

from __future__ import annotations

import bisect
import json
from typing import Any

from ..engine.baseline import read_source
from ..engine.results import RunResult
from ..model import Finding

_SEVERITY = {"error": "ERROR", "warning": "WARNING", "info": "INFO"}


class _Positions:
    """Line and UTF-8 byte column of code-point offsets in one source."""

    def __init__(self, source: str) -> None:
        self.source = source
        self.starts = [0] + [i + 1 for i, c in enumerate(source) if c == "\n"]

    def at(self, offset: int) -> dict[str, int]:
        line = bisect.bisect_right(self.starts, offset) - 1
        column = len(self.source[self.starts[line]:offset].encode("utf-8", "surrogatepass")) + 1
        return {"line": line + 1, "column": column}


def _diagnostic(f: Finding, positions: _Positions | None) -> dict[str, Any]:
    if positions is not None:
        rng = {"start": positions.at(f.start), "end": positions.at(f.end)}
    else:
        rng = {"start": {"line": f.line, "column": f.column},
               "end": {"line": f.end_line, "column": f.end_column}}
    out: dict[str, Any] = {
        "message": f.message,
        "location": {"path": f.path, "range": rng},
        "severity": _SEVERITY[f.severity],
        "code": {"value": f.rule},
    }
    if f.fixes and positions is not None:
        out["suggestions"] = [{"range": {"start": positions.at(e.start), "end": positions.at(e.end)},
                               "text": e.replacement} for e in f.fixes[0].edits]
    return out


def render(result: RunResult, **_: Any) -> str:
    diagnostics = []
    for file in result.files:
        source = read_source(file.path) if file.findings else None
        positions = _Positions(source) if source is not None else None
        diagnostics.extend(_diagnostic(f, positions) for f in file.findings)
    data = {"source": {"name": "lintnews", "url": "https://pypi.org/project/lintnews/"},
            "severity": "ERROR" if result.counts()["error"] else "WARNING" if result.findings else "INFO",
            "diagnostics": diagnostics}
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"
