"""JSON Schemas for rule packs: the pack envelope, and one rule schema per rule type built from the
type's own ``params_schema`` (so unknown keys are errors and each type documents its keys)."""

from __future__ import annotations

from functools import cache
from typing import Any

from ..checks.registry import RULE_TYPES, check_class

ID_PATTERN = r"^[a-z0-9][a-z0-9_.-]*$"
SEVERITY = {"enum": ["error", "warning", "info"]}

PACK_SCHEMA: dict[str, Any] = {
    "type": "object",
    "required": ["pack", "rules"],
    "additionalProperties": False,
    "properties": {
        "pack": {"type": "string", "pattern": ID_PATTERN},
        "description": {"type": "string"},
        "rules": {"type": "array", "items": {"type": "object", "required": ["id", "type"]}},
    },
}

_EXAMPLE_GOOD = {
    "anyOf": [
        {"type": "string"},
        {"type": "object", "required": ["text"], "additionalProperties": False,
         "properties": {"text": {"type": "string"}, "format": {"enum": ["text", "markdown", "html"]}}},
    ]
}
_EXAMPLE_BAD = {
    "anyOf": [
        {"type": "string"},
        {"type": "object", "required": ["text"], "additionalProperties": False,
         "properties": {"text": {"type": "string"}, "fix": {"type": "string"},
                        "format": {"enum": ["text", "markdown", "html"]}}},
    ]
}

COMMON_PROPERTIES: dict[str, Any] = {
    "id": {"type": "string", "pattern": ID_PATTERN},
    "type": {"enum": sorted(RULE_TYPES)},
    "severity": SEVERITY,
    "category": {"type": "string", "minLength": 1},
    "message": {"type": "string", "minLength": 1},
    "description": {"type": "string"},
    "applicability": {"enum": ["safe", "unsafe", "suggestion"]},
    "examples": {
        "type": "object",
        "required": ["bad", "good"],
        "additionalProperties": False,
        "properties": {
            "bad": {"type": "array", "items": _EXAMPLE_BAD, "minItems": 1},
            "good": {"type": "array", "items": _EXAMPLE_GOOD, "minItems": 1},
        },
    },
}
COMMON_REQUIRED = ["id", "type", "severity", "category", "message", "examples"]


@cache
def rule_schema(type_name: str) -> dict[str, Any]:
    cls = check_class(type_name)
    return {
        "type": "object",
        "required": COMMON_REQUIRED + list(cls.required_params),
        "additionalProperties": False,
        "properties": {**COMMON_PROPERTIES, **cls.params_schema},
    }
