"""Validate request bodies into plain objects, so handlers and the linting service never see raw JSON.

Every rejection is an ``ApiError`` that names the field, because a CMS developer reads these messages
while wiring the call, and an editor reads them on the page.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from dataclasses import dataclass, field
from typing import Any

from ..document import FORMATS, format_for
from .errors import ApiError, bad_request

#: Keys of ``lintnews.toml`` a request may set. Anything naming server files (extra_packs, names.corpus,
#: languagetool) stays with the server's own configuration.
REQUEST_CONFIG_KEYS = ("select", "ignore", "severity", "fail_on", "dates", "readability")
APPLICABILITY = {"safe": ("safe",), "unsafe": ("safe", "unsafe"), "all": ("safe", "unsafe", "suggestion")}
_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_FINDING_ID = re.compile(r"^(?P<rule>[^@\s]+)@(?P<start>\d+)-(?P<end>\d+)(?:#(?P<choice>\d+))?$")
CHECK_KEYS = ("text", "format", "reference_date", "config", "path")
FIX_KEYS = (*CHECK_KEYS, "rules", "findings", "applicability")


@dataclass(frozen=True)
class FindingRef:
    """``rule@start-end`` (optionally ``#n``: the n-th alternative fix, 0-based) names one finding."""

    rule: str
    start: int
    end: int
    choice: int | None = None

    @property
    def key(self) -> tuple[str, int, int]:
        return (self.rule, self.start, self.end)


@dataclass(frozen=True)
class CheckRequest:
    text: str
    format: str = "text"
    reference_date: str | None = None
    config: dict[str, Any] = field(default_factory=dict)
    path: str = "<text>"
    #: True when the body was the article itself (an upload), so the response echoes the decoded text.
    raw: bool = False


@dataclass(frozen=True)
class FixRequest:
    check: CheckRequest
    rules: tuple[str, ...] = ()
    findings: tuple[FindingRef, ...] = ()
    applicability: str = "safe"


def finding_id(rule: str, start: int, end: int) -> str:
    return f"{rule}@{start}-{end}"


def decode_json(body: bytes) -> dict[str, Any]:
    """The JSON object in ``body``; invalid UTF-8 and malformed JSON are 400s, not 500s."""
    try:
        text = body.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise bad_request("invalid_utf8", f"request body is not valid UTF-8 (byte offset {exc.start})"
                          ) from None
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise bad_request("invalid_json", f"request body is not valid JSON: {exc.msg} at line {exc.lineno} "
                          f"column {exc.colno}") from None
    except RecursionError:
        raise bad_request("invalid_json", "request body is nested too deeply") from None
    if not isinstance(data, dict):
        raise bad_request("wrong_type", f"request body must be a JSON object, not {_type(data)}")
    return data


def _type(value: Any) -> str:
    return {dict: "an object", list: "an array", str: "a string", bool: "a boolean", int: "a number",
            float: "a number", type(None): "null"}.get(type(value), type(value).__name__)


def _expect(data: dict[str, Any], key: str, kind: type | tuple[type, ...], what: str) -> Any:
    value = data[key]
    if not isinstance(value, kind) or (kind is not bool and isinstance(value, bool)):
        raise bad_request("wrong_type", f"'{key}' must be {what}, not {_type(value)}", field=key)
    return value


def _strings(data: dict[str, Any], key: str) -> tuple[str, ...]:
    value = _expect(data, key, list, "an array of strings")
    if not all(isinstance(v, str) for v in value):
        raise bad_request("wrong_type", f"'{key}' must be an array of strings", field=key)
    return tuple(value)


def validate_date(value: str) -> str:
    """A real calendar date written YYYY-MM-DD (Python's looser ISO forms are refused on purpose)."""
    try:
        if not _DATE.fullmatch(value):
            raise ValueError("not in YYYY-MM-DD form")
        dt.date.fromisoformat(value)
    except ValueError:
        raise bad_request("bad_date", f"'reference_date' must be a date written YYYY-MM-DD, not {value!r}",
                          field="reference_date") from None
    return value


def validate_format(value: str) -> str:
    if value not in FORMATS:
        raise bad_request("bad_format", f"'format' must be one of {', '.join(FORMATS)}, not {value!r}",
                          field="format")
    return value


def _config(data: dict[str, Any]) -> dict[str, Any]:
    config = _expect(data, "config", dict, "an object with lintnews.toml keys")
    for key in config:
        if key not in REQUEST_CONFIG_KEYS:
            raise bad_request("bad_config", f"configuration key '{key}' cannot be set by a request "
                              f"(allowed: {', '.join(REQUEST_CONFIG_KEYS)})", field="config")
    return config


def _unknown_keys(data: dict[str, Any], allowed: tuple[str, ...]) -> None:
    unknown = sorted(set(data) - set(allowed))
    if unknown:
        raise bad_request("unknown_field", f"unknown field '{unknown[0]}' (known: {', '.join(allowed)})",
                          field=unknown[0])


def parse_check(data: dict[str, Any], allowed: tuple[str, ...] = CHECK_KEYS) -> CheckRequest:
    _unknown_keys(data, allowed)
    if "text" not in data:
        raise bad_request("missing_field", "'text' is required: the article to check", field="text")
    text = _expect(data, "text", str, "a string")
    fmt = validate_format(_expect(data, "format", str, "a string")) if "format" in data else "text"
    ref = data.get("reference_date")
    ref = validate_date(_expect(data, "reference_date", str, "a string")) if ref is not None else None
    config = _config(data) if data.get("config") is not None else {}
    path = _expect(data, "path", str, "a string")[:200] if "path" in data else "<text>"
    return CheckRequest(text=text, format=fmt, reference_date=ref, config=config, path=path)


def parse_fix(data: dict[str, Any]) -> FixRequest:
    check = parse_check(data, FIX_KEYS)
    rules = _strings(data, "rules") if "rules" in data else ()
    refs = []
    for raw in _strings(data, "findings") if "findings" in data else ():
        m = _FINDING_ID.match(raw)
        if not m:
            raise bad_request("bad_finding_id", f"finding id {raw!r} is not of the form rule@start-end[#n]",
                              field="findings")
        choice = m.group("choice")
        refs.append(FindingRef(m.group("rule"), int(m.group("start")), int(m.group("end")),
                               int(choice) if choice is not None else None))
    level = _expect(data, "applicability", str, "a string") if "applicability" in data else "safe"
    if level not in APPLICABILITY:
        raise bad_request("bad_applicability", f"'applicability' must be one of {', '.join(APPLICABILITY)}, "
                          f"not {level!r}", field="applicability")
    return FixRequest(check=check, rules=rules, findings=tuple(refs), applicability=level)


def parse_upload(body: bytes, query: dict[str, str]) -> CheckRequest:
    """An article sent as the body itself (a file upload): decoded like a file on disk, so a BOM or
    UTF-16 works and undecodable bytes are a 400 naming the offset."""
    from ..document.encoding import decode
    from ..errors import InputError

    name = query.get("filename") or "<upload>"
    fmt = validate_format(query["format"]) if query.get("format") else format_for(name)
    ref = validate_date(query["reference_date"]) if query.get("reference_date") else None
    try:
        text, _ = decode(body, name)
    except InputError as exc:
        code = "invalid_utf8" if "UTF-8" in exc.message else "invalid_encoding"
        raise ApiError(400, code, str(exc)) from None
    return CheckRequest(text=text, format=fmt, reference_date=ref, path=name[:200], raw=True)
