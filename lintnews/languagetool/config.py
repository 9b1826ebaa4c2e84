"""Where the LanguageTool server comes from. Kept apart from the client so that a run with no server
configured never imports the HTTP and cache machinery."""

from __future__ import annotations

import os
from typing import Any

ENV_URL = "LINTNEWS_LANGUAGETOOL_URL"
ENV_JAR_DIR = "LTP_JAR_DIR_PATH"


def configured_url(section: dict[str, Any]) -> str | None:
    return section.get("url") or os.environ.get(ENV_URL) or None


def configured_jar_dir(section: dict[str, Any]) -> str | None:
    """A LanguageTool directory to start a local server from, used only when no URL is given."""
    return None if configured_url(section) else os.environ.get(ENV_JAR_DIR) or None


def server_configured(section: dict[str, Any]) -> bool:
    return bool(configured_url(section) or configured_jar_dir(section))
