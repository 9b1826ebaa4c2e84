"""The OpenAPI 3.1 description of the HTTP API, served at ``/openapi.json`` for CMS developers."""

from __future__ import annotations

from typing import Any

_ERROR = {"$ref": "#/components/schemas/Error"}


def _json(schema: dict[str, Any], description: str) -> dict[str, Any]:
    return {"description": description, "content": {"application/json": {"schema": schema}}}


def _errors(*codes: int) -> dict[str, Any]:
    text = {400: "Bad input: wrong type, bad date, unknown rule, invalid UTF-8, malformed JSON",
            408: "The body was not received within the time limit",
            409: "A named finding is not in this text (it changed since it was checked)",
            413: "The body is larger than the configured limit", 415: "Unsupported content type",
            422: "The article could not be read", 503: "Linting took longer than the time limit"}
    return {str(c): _json(_ERROR, text[c]) for c in codes}


def openapi_document(version: str, max_request_bytes: int) -> dict[str, Any]:
    article = {
        "text": {"type": "string", "description": "The article (its source: plain text, Markdown or HTML)"},
        "format": {"type": "string", "enum": ["text", "markdown", "html"], "default": "text"},
        "reference_date": {"type": "string", "format": "date", "pattern": r"^\d{4}-\d{2}-\d{2}$",
                           "description": "Publication date that relative dates are resolved against"},
        "config": {"type": "object", "description": "lintnews.toml keys on top of the server's: select, "
                   "ignore, severity, fail_on, dates, readability"},
        "path": {"type": "string", "description": "Name shown in findings (default <text>)"},
    }
    check_request = {"type": "object", "required": ["text"], "properties": article,
                     "additionalProperties": False}
    fix_request = {"type": "object", "required": ["text"], "additionalProperties": False, "properties": {
        **article,
        "rules": {"type": "array", "items": {"type": "string"},
                  "description": "Fix only findings of these packs or rules"},
        "findings": {"type": "array", "items": {"type": "string", "pattern": r"^[^@\s]+@\d+-\d+(#\d+)?$"},
                     "description": "Fix exactly these findings, named rule@start-end (from a check of the "
                                    "same text); #n picks the n-th alternative fix (0-based)"},
        "applicability": {"type": "string", "enum": ["safe", "unsafe", "all"], "default": "safe",
                          "description": "Which fixes rule-wide fixing may apply (ignored with findings)"},
    }}
    check_response = {"type": "object", "description": "The --format json report (schema: "
                      "lintnews/schemas/findings.schema.json) plus readability and the reference date used",
                      "required": ["version", "summary", "files", "notices", "findings", "readability",
                                   "reference_date"],
                      "properties": {"version": {"type": "integer"}, "summary": {"type": "object"},
                                     "files": {"type": "array"}, "notices": {"type": "array"},
                                     "findings": {"type": "array", "items": {"type": "object"}},
                                     "readability": {"type": "object"},
                                     "reference_date": {"type": "string", "format": "date"},
                                     "source": {"type": "string", "description": "The decoded upload"}}}
    fix_response = {"type": "object", "required": ["text", "changed", "applied", "check"], "properties": {
        "text": {"type": "string"}, "changed": {"type": "boolean"},
        "applied": {"type": "array", "items": {"type": "object", "properties": {
            "finding": {"type": "object"}, "title": {"type": "string"},
            "applicability": {"type": "string"}, "edits": {"type": "array"}}}},
        "check": {"$ref": "#/components/schemas/CheckResponse"}}}
    return {
        "openapi": "3.1.0",
        "info": {"title": "lintnews", "version": version,
                 "description": "Translation-quality checks for news articles. Request bodies are limited to "
                                f"{max_request_bytes} bytes."},
        "paths": {
            "/api/check": {"post": {
                "summary": "Check an article",
                "requestBody": {"required": True, "content": {
                    "application/json": {"schema": {"$ref": "#/components/schemas/CheckRequest"}},
                    "text/plain": {"schema": {"type": "string", "format": "binary"},
                                   "description": "The article file itself; ?filename= sets the format"}}},
                "parameters": [
                    {"name": "filename", "in": "query", "schema": {"type": "string"}},
                    {"name": "format", "in": "query", "schema": {"type": "string"}},
                    {"name": "reference_date", "in": "query",
                     "schema": {"type": "string", "format": "date"}}],
                "responses": {"200": _json({"$ref": "#/components/schemas/CheckResponse"}, "Findings"),
                              **_errors(400, 408, 413, 415, 422, 503)}}},
            "/api/fix": {"post": {
                "summary": "Apply fixes and return the fixed article",
                "requestBody": {"required": True, "content": {"application/json": {
                    "schema": {"$ref": "#/components/schemas/FixRequest"}}}},
                "responses": {"200": _json(fix_response, "The fixed text, the edits applied, a check of it"),
                              **_errors(400, 408, 409, 413, 422, 503)}}},
            "/api/rules": {"get": {"summary": "The enabled rules with explanations", "responses": {
                "200": _json({"type": "object", "properties": {"rules": {"type": "array"}}}, "Rules")}}},
            "/healthz": {"get": {"summary": "Liveness", "responses": {
                "200": _json({"type": "object", "properties": {"status": {"const": "ok"}}}, "Up")}}},
        },
        "components": {"schemas": {
            "CheckRequest": check_request, "FixRequest": fix_request, "CheckResponse": check_response,
            "Error": {"type": "object", "required": ["error"], "properties": {"error": {
                "type": "object", "required": ["code", "message"],
                "properties": {"code": {"type": "string"}, "message": {"type": "string"},
                               "field": {"type": "string"}}}}},
        }},
    }
