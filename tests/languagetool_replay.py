"""A local HTTP server that answers LanguageTool's protocol with responses recorded from a real
LanguageTool 6.3 server (tests/data/languagetool/, see its README.md).

A request whose text and settings were recorded gets the recorded answer. Any other request is
composed paragraph by paragraph (LanguageTool checks paragraphs independently; they are separated by
blank lines): each paragraph must occur in a recording made with the same settings, and its recorded
matches are shifted to where it now stands — in UTF-16 units, as the real server counts. A paragraph
nobody recorded gets HTTP 501, so a test can never pass on an answer the server did not give.

Faults real servers show are injected on request: ``fail_with`` (statuses for the next requests),
``delay`` (seconds before answering; longer than the client's timeout means a timeout) and
``fail_text`` (a status for every text holding a substring) and
``max_text_length`` (HTTP 413 for longer texts, as LanguageTool's ``maxTextLength`` does).
"""

from __future__ import annotations

import json
import re
import threading
import time
import urllib.parse
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

RECORDINGS = Path(__file__).resolve().parent / "data" / "languagetool"
_PARAGRAPH_BREAK = re.compile(r"\n[ \t\u00a0]*\n\s*")
_LIST_FIELDS = {"enabledRules", "disabledRules", "enabledCategories", "disabledCategories"}

Settings = frozenset


def settings_key(form: dict[str, str]) -> Settings:
    """The request's settings (every field but the text); rule lists compare as sets."""
    items = []
    for key, value in form.items():
        if key == "text":
            continue
        items.append((key, frozenset(value.split(",")) if key in _LIST_FIELDS else value))
    return frozenset(items)


def utf16_len(text: str) -> int:
    return len(text) + sum(1 for ch in text if ord(ch) > 0xFFFF)


def paragraphs(text: str) -> Iterator[tuple[int, str]]:
    """(code-point start, paragraph) for every paragraph, trimmed like lintnews trims them."""
    pos = 0
    for m in [*_PARAGRAPH_BREAK.finditer(text), None]:
        end = m.start() if m else len(text)
        chunk = text[pos:end]
        stripped = chunk.strip()
        if stripped:
            yield pos + (len(chunk) - len(chunk.lstrip())), stripped
        if m:
            pos = m.end()


class Recordings:
    def __init__(self, folder: Path = RECORDINGS) -> None:
        self.exact: dict[tuple[Settings, str], dict[str, Any]] = {}
        self.paragraphs: dict[tuple[Settings, str], list[dict[str, Any]]] = {}
        self.header: dict[str, Any] = {}
        self.languages: Any = []
        self.language_errors: dict[str, dict[str, Any]] = {}  # unknown language -> recorded 400
        for path in sorted(folder.glob("*.json")):
            record = json.loads(path.read_text(encoding="utf-8"))
            request = record["request"]
            if request["path"].endswith("/languages"):
                self.languages = record["body"]
                continue
            form = request["form"]
            key = settings_key(form)
            self.exact[(key, form["text"])] = record
            if record["status"] == 400 and "language code" in str(record["body"]):
                self.language_errors[form["language"]] = record
            if record["status"] == 200:
                self.header = self.header or {k: v for k, v in record["body"].items() if k != "matches"}
                self._index(key, form["text"], record["body"]["matches"])

    def _index(self, key: Settings, text: str, matches: list[dict[str, Any]]) -> None:
        starts = []  # (utf16 start, utf16 end, paragraph)
        for start, para in paragraphs(text):
            u = utf16_len(text[:start])
            starts.append((u, u + utf16_len(para), para))
        for _, _, para in starts:
            self.paragraphs.setdefault((key, para), [])
        for match in matches:
            for u_start, u_end, para in starts:
                if u_start <= match["offset"] < u_end:
                    local = {**match, "offset": match["offset"] - u_start}
                    local.pop("context", None)
                    self.paragraphs[(key, para)].append(local)
                    break

    def answer(self, form: dict[str, str]) -> tuple[int, Any]:
        key = settings_key(form)
        text = form.get("text", "")
        record = self.exact.get((key, text)) or self.language_errors.get(form.get("language", ""))
        if record is not None:  # a recorded exchange, or the server's answer to an unknown language
            return record["status"], record["body"]
        matches = []
        for start, para in paragraphs(text):
            recorded = self.paragraphs.get((key, para))
            if recorded is None:
                return 501, f"Error: no recording for paragraph {para[:60]!r} with settings {dict(key)}"
            shift = utf16_len(text[:start])
            matches.extend({**m, "offset": m["offset"] + shift} for m in recorded)
        return 200, {**self.header, "matches": matches, "sentenceRanges": []}


class ReplayServer:
    """``with ReplayServer() as server: server.url``; ``server.requests`` lists every form received."""

    def __init__(self, recordings: Recordings | None = None) -> None:
        self.recordings = recordings or Recordings()
        self.requests: list[dict[str, str]] = []
        self.fail_with: list[int] = []
        self.fail_text: tuple[str, int] | None = None  # (substring, status): fail every text holding it
        self.delay = 0.0
        self.max_text_length: int | None = None
        self._httpd: ThreadingHTTPServer | None = None

    @property
    def url(self) -> str:
        assert self._httpd is not None
        return f"http://127.0.0.1:{self._httpd.server_address[1]}"

    @property
    def checks(self) -> list[dict[str, str]]:
        """The ``/v2/check`` requests that carried text (the version probe sends none)."""
        return [r for r in self.requests if r.get("text")]

    def __enter__(self) -> ReplayServer:
        replay = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args: Any) -> None:
                pass

            def _send(self, status: int, body: Any) -> None:
                data = (json.dumps(body) if not isinstance(body, str) else body).encode("utf-8")
                self.send_response(status)
                kind = "text/plain" if isinstance(body, str) else "application/json"
                self.send_header("Content-Type", kind)
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def do_GET(self) -> None:  # noqa: N802
                if self.path.rstrip("/").endswith("/v2/languages"):
                    self._send(200, replay.recordings.languages)
                else:
                    self._send(404, "Error: not found")

            def do_POST(self) -> None:  # noqa: N802
                length = int(self.headers.get("Content-Length", 0))
                body = self.rfile.read(length).decode("utf-8")
                form = dict(urllib.parse.parse_qsl(body, keep_blank_values=True))
                replay.requests.append(form)
                if replay.delay:
                    time.sleep(replay.delay)
                if not self.path.rstrip("/").endswith("/v2/check"):
                    self._send(404, "Error: not found")
                elif replay.fail_text and replay.fail_text[0] in form.get("text", ""):
                    self._send(replay.fail_text[1], "Error: Internal Error: injected failure")
                elif replay.fail_with:
                    status = replay.fail_with.pop(0)
                    self._send(status, f"Error: Internal Error: injected failure {status}")
                elif len(form.get("text", "")) > (replay.max_text_length or float("inf")):
                    limit, size = replay.max_text_length, len(form["text"])
                    self._send(413, f"Error: Your text exceeds the limit of {limit} characters "
                                    f"(it's {size} characters). Please submit a shorter text.")
                else:
                    self._send(*replay.recordings.answer(form))

        self._httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._httpd.daemon_threads = True
        threading.Thread(target=self._httpd.serve_forever, args=(0.05,), daemon=True).start()
        return self

    def __exit__(self, *exc: Any) -> None:
        assert self._httpd is not None
        self._httpd.shutdown()
        self._httpd.server_close()


@contextmanager
def replay_server() -> Iterator[ReplayServer]:
    with ReplayServer() as server:
        yield server


def load_recording(name: str) -> dict[str, Any]:
    return json.loads((RECORDINGS / f"{name}.json").read_text(encoding="utf-8"))


def recorded_spans(record: dict[str, Any]) -> list[tuple[str, int, int, str]]:
    """(lt:RULE, start, end, flagged text) of a recording's matches, in code points of its text."""
    text = record["request"]["form"]["text"]
    table = []
    for index, ch in enumerate(text):
        table.append(index)
        if ord(ch) > 0xFFFF:
            table.append(index)
    table.append(len(text))
    out = []
    for m in record["body"]["matches"]:
        start, end = table[m["offset"]], table[m["offset"] + m["length"]]
        out.append(("lt:" + m["rule"]["id"], start, end, text[start:end]))
    return sorted(out, key=lambda t: (t[1], t[2], t[0]))


def grammar_config(url: str, cache_dir: Path | None = None, **languagetool: Any) -> dict[str, Any]:
    """A config that runs only the grammar pack against ``url`` (cache off unless a folder is given)."""
    section: dict[str, Any] = {"url": url, **languagetool}
    if cache_dir is None:
        section.setdefault("cache", False)
    else:
        section["cache_dir"] = str(cache_dir)
    return {"select": ["grammar"], "languagetool": section}
