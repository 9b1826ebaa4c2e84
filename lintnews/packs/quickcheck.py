"""A fast yes/no check of pack data against the JSON Schema subset the pack schemas use.

Importing and running ``jsonschema`` costs more than the whole rest of start-up, and packs are valid
almost every time they are loaded. So the loader asks this module first, and only calls ``jsonschema``
(for its precise error message) when the answer is not a plain yes. A keyword it does not know makes
the answer ``None``: the loader then validates with ``jsonschema`` as before, so a new rule type can use
any keyword safely.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

_TYPES: dict[str, Any] = {
    "object": lambda v: isinstance(v, dict),
    "array": lambda v: isinstance(v, list),
    "string": lambda v: isinstance(v, str),
    "boolean": lambda v: isinstance(v, bool),
    "null": lambda v: v is None,
    "integer": lambda v: isinstance(v, int) and not isinstance(v, bool)
    or (isinstance(v, float) and v.is_integer()),
    "number": lambda v: isinstance(v, (int, float)) and not isinstance(v, bool),
}
_ANNOTATIONS = {"description", "title", "default", "examples", "$comment"}


class _Unknown(Exception):
    """The schema uses a keyword this module does not evaluate."""


@lru_cache(maxsize=256)
def _regex(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern)


def conforms(data: Any, schema: dict[str, Any]) -> bool | None:
    """True if ``data`` is valid, False if not, None when the schema is beyond this subset."""
    try:
        return _valid(data, schema)
    except _Unknown:
        return None


def _valid(value: Any, schema: dict[str, Any]) -> bool:  # noqa: C901 - one branch per keyword
    for key, arg in schema.items():
        if key == "type":
            types = arg if isinstance(arg, list) else [arg]
            if not any(_TYPES[t](value) for t in types if t in _TYPES):
                if any(t not in _TYPES for t in types):
                    raise _Unknown(key)
                return False
        elif key == "enum":
            if not any(value == e and type(value) is type(e) for e in arg):
                return False
        elif key == "const":
            if not (value == arg and type(value) is type(arg)):
                return False
        elif key == "anyOf":
            if not any(_valid(value, sub) for sub in arg):
                return False
        elif key == "oneOf":
            if sum(_valid(value, sub) for sub in arg) != 1:
                return False
        elif key == "allOf":
            if not all(_valid(value, sub) for sub in arg):
                return False
        elif key in _ANNOTATIONS:
            continue
        elif not _valid_for_type(key, arg, value, schema):
            return False
    return True


def _valid_for_type(key: str, arg: Any, value: Any, schema: dict[str, Any]) -> bool:  # noqa: C901
    """Keywords that only constrain one JSON type (they pass any value of another type)."""
    if key in ("required", "properties", "additionalProperties", "minProperties", "maxProperties"):
        if not isinstance(value, dict):
            return True
        if key == "required":
            return all(k in value for k in arg)
        if key == "properties":
            return all(_valid(value[k], sub) for k, sub in arg.items() if k in value)
        if key == "minProperties":
            return len(value) >= arg
        if key == "maxProperties":
            return len(value) <= arg
        known = schema.get("properties", {})
        if "patternProperties" in schema:
            raise _Unknown("patternProperties")
        extra = [k for k in value if k not in known]
        if arg is False:
            return not extra
        if arg is True:
            return True
        return all(_valid(value[k], arg) for k in extra)
    if key in ("items", "minItems", "maxItems", "uniqueItems"):
        if not isinstance(value, list):
            return True
        if key == "items":
            if not isinstance(arg, dict):
                raise _Unknown("items")
            return all(_valid(v, arg) for v in value)
        if key == "minItems":
            return len(value) >= arg
        if key == "maxItems":
            return len(value) <= arg
        raise _Unknown(key)
    if key in ("minLength", "maxLength", "pattern"):
        if not isinstance(value, str):
            return True
        if key == "minLength":
            return len(value) >= arg
        if key == "maxLength":
            return len(value) <= arg
        return _regex(arg).search(value) is not None
    if key in ("minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum"):
        if not isinstance(value, (int, float)) or isinstance(value, bool):
            return True
        return {"minimum": value >= arg, "maximum": value <= arg,
                "exclusiveMinimum": value > arg, "exclusiveMaximum": value < arg}[key]
    raise _Unknown(key)
