"""One LanguageTool server for a whole run: settings, the server's identity, cache, batching, and the
single notice a run reports when the server fails."""

from __future__ import annotations

import time
from typing import Any

from .cache import DEFAULT_MAX_BYTES, Cache, cache_key
from .client import Client, LanguageToolError, TextTooLong, Unreachable
from .config import ENV_JAR_DIR, ENV_URL, configured_jar_dir, configured_url
from .prose import utf16_to_index

#: Below the 20,000 characters LanguageTool's public API accepts; local servers take any size.
DEFAULT_MAX_REQUEST_CHARS = 20_000
SEPARATOR = "\n\n"
MAX_REPLACEMENTS = 3
#: Seconds before a server given up on is tried again (matters only to long-lived processes).
RETRY_AFTER = 60.0

Match = dict[str, Any]


def _names(value: Any) -> list[str]:
    if value is None:
        return []
    if isinstance(value, str):
        return [v.strip() for v in value.split(",") if v.strip()]
    return [str(v).strip() for v in value if str(v).strip()]


def request_fields(section: dict[str, Any], ignored: tuple[str, ...] = ()) -> dict[str, str]:
    """The ``/v2/check`` form fields (everything but ``text``) for a ``[languagetool]`` config table.

    ``enabled_rules``/``enabled_categories`` mean "only these" (LanguageTool's ``enabledOnly``);
    ``lt:RULE`` entries of ``ignore`` are added to the disabled rules.
    """
    fields = {"language": str(section.get("language") or "en-US")}
    disabled = _names(section.get("disabled_rules")) + [s[3:] for s in ignored if s.startswith("lt:")]
    for key, name in (("enabledRules", "enabled_rules"), ("enabledCategories", "enabled_categories"),
                      ("disabledCategories", "disabled_categories")):
        if _names(section.get(name)):
            fields[key] = ",".join(_names(section.get(name)))
    if disabled:
        fields["disabledRules"] = ",".join(dict.fromkeys(disabled))
    if "enabledRules" in fields or "enabledCategories" in fields:
        fields["enabledOnly"] = "true"
    if section.get("picky"):
        fields["level"] = "picky"
    return fields


class LanguageToolService:
    """Checks paragraphs; ``check`` returns, per paragraph, matches with code-point offsets into it."""

    def __init__(self, url: str | None, fields: dict[str, str], *, cache: Cache | None = None,
                 timeout: float = 30.0, max_request_chars: int = DEFAULT_MAX_REQUEST_CHARS,
                 require: bool = False, jar_dir: str | None = None, retries: int = 2,
                 backoff: float = 0.5) -> None:
        self.url = url
        self.jar_dir = jar_dir
        self.fields = fields
        self.cache = cache
        self.timeout = timeout
        self.max_request_chars = max(1, max_request_chars)
        self.require = require
        self.retries, self.backoff = retries, backoff
        self.client: Client | None = None
        self.server: str | None = None
        self.unreachable: str | None = None
        self.given_up_at = 0.0
        self.failures: list[str] = []
        self.words_checked = 0

    @classmethod
    def from_settings(cls, settings: Any) -> LanguageToolService | None:
        """The service the settings ask for, or None when no server is configured (the check is off)."""
        section = settings.section("languagetool") if settings is not None else {}
        url = configured_url(section)
        jar_dir = configured_jar_dir(section)
        require = bool(section.get("require"))
        if not url and not jar_dir and not require:
            return None
        cache = None
        if section.get("cache", True):
            max_bytes = int(float(section.get("cache_max_mb", DEFAULT_MAX_BYTES / 2**20)) * 2**20)
            cache = Cache(section.get("cache_dir"), max_bytes)
        ignored = tuple(getattr(settings, "ignore", ()) or ())
        service = cls(url, request_fields(section, ignored), cache=cache,
                      timeout=float(section.get("timeout", 30.0)),
                      max_request_chars=int(section.get("max_request_chars", DEFAULT_MAX_REQUEST_CHARS)),
                      require=require, jar_dir=jar_dir)
        if jar_dir:
            service.start_local()  # once, in this process: worker processes inherit the URL
        return service

    # -- run-level state ------------------------------------------------------------------------

    def notices(self) -> list[str]:
        return self.describe(self.unreachable, self.failures)

    def describe(self, unreachable: str | None, failures: list[str]) -> list[str]:
        """The one notice a run gives about this server (none when all went well)."""
        where = self.url or (f"in {self.jar_dir}" if self.jar_dir else "")
        where = where.rstrip("/").removesuffix("/v2")
        if unreachable:
            return [f"LanguageTool server {where} could not be used ({unreachable}); "
                    "grammar checks were skipped, every other check ran"]
        if failures:
            n = len(failures)
            return [f"LanguageTool server {where} failed on {n} request{'s' * (n != 1)} "
                    f"({failures[0]}); those paragraphs were not grammar-checked"]
        return []

    def start_local(self) -> None:
        from .local import LocalServerError, start_local_server

        try:
            self.url = start_local_server(self.jar_dir or "")
        except LocalServerError as exc:
            self._give_up(str(exc))

    def _give_up(self, reason: str) -> None:
        self.unreachable = reason
        self.given_up_at = time.monotonic()

    def _connect(self) -> bool:
        """Find the server and learn its version once per run (it is part of every cache key)."""
        if self.unreachable:
            if not self.url or time.monotonic() - self.given_up_at < RETRY_AFTER:
                return False
            self.unreachable, self.server = None, None  # a long-lived process (lintnews serve) tries again
        if self.server is not None:
            return True
        try:
            if not self.url:
                raise LanguageToolError(f"no server given: --languagetool URL, {ENV_URL} or {ENV_JAR_DIR}")
            self.client = Client(self.url, self.timeout, self.retries, self.backoff)
            answer = self.client.check({**self.fields, "text": ""})
        except LanguageToolError as exc:
            self._give_up(str(exc))
            return False
        software = answer.get("software") or {}
        self.server = " ".join(str(software.get(k, "")) for k in ("name", "version", "buildDate"))
        return True

    # -- checking ---------------------------------------------------------------------------------

    def check(self, paragraphs: list[str]) -> list[list[Match]] | None:
        """Matches per paragraph (offsets in code points into that paragraph); None when the server is
        unusable. Cached paragraphs cost nothing; the rest go out in batches under the size limit."""
        if not self._connect():
            return None
        keys = [cache_key(self.server or "", self.fields, p) for p in paragraphs]
        cached = self.cache.get_many(keys) if self.cache else {}
        results: list[list[Match] | None] = [cached.get(k) for k in keys]
        todo = [i for i, r in enumerate(results) if r is None and paragraphs[i].strip()]
        fresh: dict[str, list[Match]] = {}
        for batch in self._batches(todo, paragraphs):
            for i, matches, complete in self._send(batch, paragraphs):
                results[i] = matches
                if complete:
                    fresh[keys[i]] = matches
            if self.unreachable:
                break
        if self.cache and fresh:
            self.cache.put_many(fresh)
        self.words_checked += sum(len(p.split()) for p in paragraphs)
        return [r or [] for r in results]

    def _batches(self, todo: list[int], paragraphs: list[str]) -> list[list[int]]:
        batches: list[list[int]] = []
        size = 0
        for i in todo:
            length = len(paragraphs[i]) + len(SEPARATOR)
            if batches and size + length <= self.max_request_chars:
                batches[-1].append(i)
                size += length
            else:
                batches.append([i])
                size = length
        return batches

    def _send(self, batch: list[int], paragraphs: list[str]) -> list[tuple[int, list[Match], bool]]:
        """(paragraph index, matches, complete) for one batch; halves the batch on HTTP 413."""
        text = SEPARATOR.join(paragraphs[i] for i in batch)
        assert self.client is not None
        try:
            answer = self.client.check({**self.fields, "text": text})
        except TextTooLong as exc:
            if len(batch) == 1:
                self.failures.append(str(exc))
                return []
            half = len(batch) // 2
            return self._send(batch[:half], paragraphs) + self._send(batch[half:], paragraphs)
        except Unreachable as exc:
            self._give_up(str(exc))
            return []
        except LanguageToolError as exc:
            self.failures.append(str(exc))
            return []
        complete = not (answer.get("warnings") or {}).get("incompleteResults")
        per_paragraph = split_matches(answer, batch, paragraphs)
        return [(i, m, complete) for i, m in zip(batch, per_paragraph, strict=True)]


def split_matches(answer: dict[str, Any], batch: list[int], paragraphs: list[str]) -> list[list[Match]]:
    """Distribute a batch's matches to its paragraphs, converting UTF-16 offsets to code points."""
    text = SEPARATOR.join(paragraphs[i] for i in batch)
    table = utf16_to_index(text)
    starts, pos = [], 0
    for i in batch:
        starts.append(pos)
        pos += len(paragraphs[i]) + len(SEPARATOR)
    out: list[list[Match]] = [[] for _ in batch]
    for raw in answer.get("matches", []):
        u_start = int(raw.get("offset", 0))
        u_end = u_start + int(raw.get("length", 0))
        if u_start >= len(table):
            continue
        start, end = table[u_start], table[min(u_end, len(table) - 1)]
        k = max(j for j, s in enumerate(starts) if s <= start)
        if start >= starts[k] + len(paragraphs[batch[k]]):
            continue  # on the separator LanguageTool never saw in the article
        end = min(max(end, start + 1), starts[k] + len(paragraphs[batch[k]]))
        out[k].append(_match(raw, start - starts[k], end - starts[k]))
    return out


def _match(raw: dict[str, Any], start: int, end: int) -> Match:
    rule = raw.get("rule") or {}
    return {
        "start": start, "end": end,
        "rule": str(rule.get("id", "UNKNOWN")),
        "message": str(raw.get("message") or rule.get("description") or ""),
        "category": str((rule.get("category") or {}).get("id", "")),
        "issue": str(rule.get("issueType", "")),
        "replacements": [str(r.get("value", "")) for r in (raw.get("replacements") or [])[:MAX_REPLACEMENTS]],
    }
