"""Server options: the ``[serve]`` section of the configuration, with command-line flags on top."""

from __future__ import annotations

import os
from dataclasses import dataclass
from typing import Any

from ..config import Settings
from ..errors import ConfigError

DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 8080
DEFAULT_MAX_REQUEST_BYTES = 2 * 1024 * 1024
DEFAULT_REQUEST_TIMEOUT = 10.0


@dataclass(frozen=True)
class ServeOptions:
    host: str = DEFAULT_HOST
    port: int = DEFAULT_PORT
    max_request_bytes: int = DEFAULT_MAX_REQUEST_BYTES
    #: Seconds a request may take, reading its body and linting together; past it the client gets a
    #: JSON error instead of waiting on a stuck article.
    request_timeout: float = DEFAULT_REQUEST_TIMEOUT
    #: Worker threads for linting; the event loop itself never lints.
    threads: int = max(2, min(8, os.cpu_count() or 2))

    @classmethod
    def from_settings(cls, settings: Settings, **flags: Any) -> ServeOptions:
        """Validate ``[serve]`` (a wrong type is a ``ConfigError`` naming the key); ``None`` flags are
        not given."""
        section = {**settings.section("serve"), **{k: v for k, v in flags.items() if v is not None}}
        where = settings.config_path
        host = section.get("host", DEFAULT_HOST)
        if not isinstance(host, str) or not host:
            raise ConfigError("'serve.host' must be a host name or address", where)
        values: dict[str, Any] = {"host": host}
        limits = (("port", int, 0), ("max_request_bytes", int, 1), ("request_timeout", float, 0.001),
                  ("threads", int, 1))
        for key, kind, low in limits:
            if key not in section:
                continue
            value = section[key]
            if isinstance(value, bool) or not isinstance(value, (int, float) if kind is float else int):
                what = "number" if kind is float else "whole number"
                raise ConfigError(f"'serve.{key}' must be a {what}", where)
            if value < low or (key == "port" and value > 65535):
                raise ConfigError(f"'serve.{key}' is out of range: {value}", where)
            values[key] = kind(value)
        return cls(**values)
