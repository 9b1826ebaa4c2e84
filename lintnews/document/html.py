"""HTML: visible prose only, with an offset map back to the source.

The standard library's tokenizer is used on purpose: it reports the source position of every tag and
text run, which is what exact line:column needs, and it tolerates the broken markup of scraped pages.
"""

from __future__ import annotations

import json
import re
from html.parser import HTMLParser
from typing import Any

from .model import Document, Encoding, OffsetMap

_SKIP = {"head", "script", "style", "code", "pre", "template", "noscript", "svg", "math", "textarea", "title"}
_VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}
_BLOCK = {
    "address", "article", "aside", "blockquote", "body", "dd", "details", "dialog", "div", "dl", "dt",
    "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header",
    "hr", "html", "li", "main", "nav", "ol", "p", "section", "summary", "table", "td", "th", "tr", "ul",
}
_ENTITY = re.compile(r"&(?:#[0-9]+|#[xX][0-9a-fA-F]+|[A-Za-z][A-Za-z0-9]*);?")
_DATE_META = ("article:published_time", "datepublished", "date", "pubdate", "publishdate", "dc.date",
              "og:published_time", "sailthru.date", "parsely-pub-date")


class _Extractor(HTMLParser):
    def __init__(self, source: str) -> None:
        super().__init__(convert_charrefs=False)
        self.source = source
        self.line_starts = [0] + [m.end() for m in re.finditer("\n", source)]
        self.parts: list[str] = []
        self.map = OffsetMap()
        self.skip_depth = 0
        self.skip_stack: list[str] = []
        self.meta: dict[str, Any] = {}
        self._in_jsonld = False
        self._in_title = False
        self._jsonld: list[str] = []
        self._title: list[str] = []
        self.comments: list[tuple[int, int]] = []

    def _pos(self) -> int:
        line, col = self.getpos()
        return self.line_starts[line - 1] + col

    def _emit(self, text: str, start: int, end: int, verbatim: bool) -> None:
        self.parts.append(text)
        self.map.add(len(text), start, end, verbatim)

    def _separator(self, tag: str, start: int) -> None:
        end = self.source.find(">", start) + 1 or start
        self._emit("\n\n" if tag in _BLOCK else "\n", start, end, False)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k.lower(): (v or "") for k, v in attrs}
        if tag == "html" and a.get("lang"):
            self.meta.setdefault("language", a["lang"])
        if tag == "meta":
            key = (a.get("property") or a.get("name") or a.get("itemprop") or "").lower()
            if key in _DATE_META and a.get("content"):
                self.meta.setdefault("published", a["content"])
                self.meta.setdefault("published_source", f"<meta {key}>")
        if tag == "time" and a.get("datetime"):
            self.meta.setdefault("time_datetime", a["datetime"])
        if tag == "script" and "ld+json" in a.get("type", ""):
            self._in_jsonld = True
        if tag == "title":
            self._in_title = True
        if tag in _SKIP and tag not in _VOID:
            self.skip_stack.append(tag)
            return
        if not self.skip_stack and (tag in _BLOCK or tag == "br"):
            self._separator(tag, self._pos())

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIP:
            return
        self.handle_starttag(tag, attrs) if tag in ("meta", "br", "hr", "time") else None

    def handle_endtag(self, tag: str) -> None:
        if tag == "script":
            self._in_jsonld = False
        if tag == "title":
            self._in_title = False
        if self.skip_stack and tag in _SKIP:
            while self.skip_stack:
                if self.skip_stack.pop() == tag:
                    break
            return
        if not self.skip_stack and tag in _BLOCK:
            self._separator(tag, self._pos())

    def handle_comment(self, data: str) -> None:
        start = self._pos()
        self.comments.append((start, start + len(data) + 7))

    def handle_data(self, data: str) -> None:
        if self._in_jsonld:
            self._jsonld.append(data)
        if self._in_title:
            self._title.append(data)
        if self.skip_stack:
            return
        start = self._pos()
        self._emit(data, start, start + len(data), True)

    def _entity(self, decoded: str) -> None:
        start = self._pos()
        m = _ENTITY.match(self.source, start)
        end = m.end() if m else start + 1
        if self._in_title:
            self._title.append(decoded)
        if not self.skip_stack:
            self._emit(decoded, start, end, False)

    def handle_entityref(self, name: str) -> None:
        import html

        decoded = html.unescape(f"&{name};")
        self._entity(decoded if decoded != f"&{name};" else f"&{name}")

    def handle_charref(self, name: str) -> None:
        import html

        self._entity(html.unescape(f"&#{name};"))

    def finish_meta(self) -> dict[str, Any]:
        for blob in self._jsonld:
            published = _jsonld_date(blob)
            if published:
                self.meta.setdefault("published", published)
                self.meta.setdefault("published_source", "JSON-LD datePublished")
        if "published" not in self.meta and "time_datetime" in self.meta:
            self.meta["published"] = self.meta["time_datetime"]
            self.meta["published_source"] = "<time datetime>"
        if self._title:
            self.meta.setdefault("title", "".join(self._title).strip())
        return self.meta


def _jsonld_date(blob: str) -> str | None:
    try:
        data = json.loads(blob)
    except ValueError:
        return None
    stack = [data]
    while stack:
        item = stack.pop()
        if isinstance(item, dict):
            if isinstance(item.get("datePublished"), str):
                return item["datePublished"]
            stack.extend(item.values())
        elif isinstance(item, list):
            stack.extend(item)
    return None


def read_html(source: str, path: str, encoding: Encoding) -> Document:
    parser = _Extractor(source)
    parser.feed(source)
    parser.close()
    text = "".join(parser.parts)
    return Document(path=path, format="html", source=source, text=text, meta=parser.finish_meta(),
                    encoding=encoding, offsets=parser.map, comments=tuple(parser.comments))
