"""LanguageTool's HTTP protocol: ``POST /v2/check`` with form fields, a timeout, retries with back-off.

The standard library is enough for one form POST and keeps start-up fast (language-tool-python's own
client pulls in ``requests`` and cannot report the server's version or separate its failure modes).
"""

from __future__ import annotations

import json
import time
import urllib.error
import urllib.parse
import urllib.request
from typing import Any

#: Statuses worth another try: overload, rate limits and server-side failures.
_RETRY_STATUSES = {429, 500, 502, 503, 504}


class LanguageToolError(Exception):
    """The server answered, but not with matches (bad request, server error after retries)."""

    def __init__(self, message: str, status: int | None = None) -> None:
        super().__init__(message)
        self.status = status


class Unreachable(LanguageToolError):
    """No answer at all: connection refused, DNS failure or timeout, after every retry."""


class TextTooLong(LanguageToolError):
    """HTTP 413: the request exceeds the server's ``maxTextLength``; send smaller batches."""


def base_url(url: str) -> str:
    """``http://host:8081``, ``.../v2`` and ``.../v2/`` all name the same API root ``.../v2/``."""
    url = url.strip().rstrip("/")
    if "://" not in url:
        url = "http://" + url
    if not url.endswith("/v2"):
        url += "/v2"
    return url + "/"


class Client:
    """One server; ``check`` returns the decoded JSON answer of ``/v2/check``."""

    def __init__(self, url: str, timeout: float = 30.0, retries: int = 2, backoff: float = 0.5) -> None:
        self.url = base_url(url)
        self.timeout = timeout
        self.retries = retries
        self.backoff = backoff
        self.requests = 0

    def check(self, fields: dict[str, str]) -> dict[str, Any]:
        data = urllib.parse.urlencode(fields).encode("utf-8")
        last: LanguageToolError | None = None
        for attempt in range(self.retries + 1):
            if attempt:
                time.sleep(self.backoff * 2 ** (attempt - 1))
            try:
                return self._post(data)
            except TextTooLong:
                raise
            except LanguageToolError as exc:
                last = exc
                if not isinstance(exc, Unreachable) and exc.status not in _RETRY_STATUSES:
                    raise
        assert last is not None
        raise last

    def _post(self, data: bytes) -> dict[str, Any]:
        request = urllib.request.Request(
            self.url + "check", data=data, method="POST",
            headers={"Content-Type": "application/x-www-form-urlencoded; charset=utf-8",
                     "Accept": "application/json"},
        )
        self.requests += 1
        try:
            with urllib.request.urlopen(request, timeout=self.timeout) as response:  # noqa: S310
                body = response.read()
        except urllib.error.HTTPError as exc:
            text = exc.read().decode("utf-8", "replace").strip()
            first = text.splitlines()[0][:200] if text else exc.reason
            cls = TextTooLong if exc.code == 413 else LanguageToolError
            raise cls(f"HTTP {exc.code}: {first}", exc.code) from None
        except OSError as exc:  # URLError, timeouts and refused connections are all OSErrors
            reason = getattr(exc, "reason", exc)
            if isinstance(reason, TimeoutError):
                raise Unreachable(f"no answer within {self.timeout:g} s") from None
            raise Unreachable(str(reason)) from None
        try:
            answer = json.loads(body)
        except ValueError:
            snippet = body[:120].decode("utf-8", "replace")
            raise LanguageToolError(f"the answer is not JSON: {snippet}") from None
        if not isinstance(answer, dict) or not isinstance(answer.get("matches"), list):
            raise LanguageToolError("the answer has no 'matches' list")
        return answer
