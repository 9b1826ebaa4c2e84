"""YAML loading that remembers where each mapping started, so schema errors can name the line."""

from __future__ import annotations

from typing import Any

import yaml


class LineDict(dict):
    """A mapping from YAML that knows its 1-based line in the file."""

    line: int = 0


class _Loader(yaml.SafeLoader):
    pass


def _construct_mapping(loader: _Loader, node: yaml.MappingNode) -> LineDict:
    loader.flatten_mapping(node)
    out = LineDict()
    for key_node, value_node in node.value:
        key = loader.construct_object(key_node, deep=True)
        if key in out:
            raise yaml.constructor.ConstructorError(
                None, None, f"duplicate key {key!r}", key_node.start_mark)
        out[key] = loader.construct_object(value_node, deep=True)
    out.line = node.start_mark.line + 1
    return out


_Loader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping)


def load_yaml(text: str) -> Any:
    """Parse YAML; mappings come back as ``LineDict``. Raises ``yaml.YAMLError`` with a mark."""
    return yaml.load(text, Loader=_Loader)  # noqa: S506 - a SafeLoader subclass
