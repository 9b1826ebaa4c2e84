"""Markdown: markdown-it-py finds the blocks (code, HTML) exactly as CommonMark defines them; inline
markup that is not prose (code spans, link targets, URLs, tags, emphasis markers) is blanked by pattern.

Blanking keeps ``text`` the length of ``source``, so every offset a check reports is a source offset.
"""

from __future__ import annotations

import re

from .frontmatter import split_front_matter
from .masking import blank, blank_matches, mask_urls
from .model import Document, Encoding

_CODE_SPAN = re.compile(r"(?<!`)(`+)(?!`).+?(?<!`)\1(?!`)", re.S)
_HTML_COMMENT = re.compile(r"<!--.*?-->", re.S)
_HTML_TAG = re.compile(r"</?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?/?>")
_AUTOLINK = re.compile(r"<(?:[A-Za-z][A-Za-z0-9+.-]{1,31}:[^\s<>]*|[^\s<>@]+@[^\s<>]+)>")
_LINK_TARGET = re.compile(r"\]\((?:<[^>\n]*>|[^()\s]*(?:\([^()\s]*\)[^()\s]*)*)(?:\s+(?:\"[^\"\n]*\"|'[^'\n]*'))?\s*\)")
_LINK_REF = re.compile(r"\]\[[^\]\n]*\]")
_REF_DEFINITION = re.compile(r"^ {0,3}\[[^\]\n]+\]:\s*\S+(?:\s+(?:\"[^\"\n]*\"|'[^'\n]*'|\([^)\n]*\)))?[ \t]*$", re.M)
_BLOCK_MARKERS = re.compile(r"^[ \t]*(?:>[ \t]?)*(?:#{1,6}(?=[ \t]|$)|[-*+](?=[ \t])|\d{1,9}[.)](?=[ \t]))?", re.M)
_SETEXT_OR_RULE = re.compile(r"^[ \t]*(?:=+|-+|(?:\*[ \t]*){3,}|(?:_[ \t]*){3,})[ \t]*$", re.M)
_EMPHASIS = re.compile(r"(?<![\w*_\\])(\*{1,3}|_{1,3})(?=[^\s*_])|(?<=[^\s*_\\])(\*{1,3}|_{1,3})(?![\w*_])")
_LINK_OPEN = re.compile(r"!?\[(?=[^\]\n]*\](?:\(|\[))")
_ESCAPE = re.compile(r"\\(?=[!-/:-@\[-`{-~])")
_TRAILING_HASHES = re.compile(r"[ \t]+#+[ \t]*$", re.M)


def _block_lines(source: str) -> list[tuple[int, int, str]]:
    """(first line, end line, kind) of code and HTML blocks, from markdown-it-py's block map."""
    from markdown_it import MarkdownIt

    md = MarkdownIt("commonmark")
    blocks = []
    for token in md.parse(source):
        if token.type in ("fence", "code_block", "html_block") and token.map:
            blocks.append((token.map[0], token.map[1], token.type))
    return blocks


def read_markdown(source: str, path: str, encoding: Encoding) -> Document:
    fm_end, meta = split_front_matter(source, path)
    chars = list(source)
    blank(chars, 0, fm_end)
    lines = source.splitlines(keepends=True)
    starts = [0]
    for line in lines:
        starts.append(starts[-1] + len(line))
    comments: list[tuple[int, int]] = []
    for first, last, kind in _block_lines("".join(chars)):
        s, e = starts[min(first, len(lines))], starts[min(last, len(lines))]
        if kind == "html_block":
            block = source[s:e]
            comments.extend((s + m.start(), s + m.end()) for m in _HTML_COMMENT.finditer(block))
            for pattern in (_HTML_COMMENT, _HTML_TAG):
                for m in pattern.finditer(block):
                    blank(chars, s + m.start(), s + m.end())
        else:
            blank(chars, s, e)
    text = "".join(chars)
    comments.extend(_inline_comments(text))
    for pattern in (_HTML_COMMENT, _CODE_SPAN, _AUTOLINK, _HTML_TAG, _REF_DEFINITION, _LINK_OPEN):
        blank_matches(chars, text, pattern)
        text = "".join(chars)
    mask_urls(chars, text)
    text = "".join(chars)
    for pattern in (_LINK_TARGET, _LINK_REF, _SETEXT_OR_RULE, _BLOCK_MARKERS, _TRAILING_HASHES, _ESCAPE):
        blank_matches(chars, text, pattern)
        text = "".join(chars)
    for m in _EMPHASIS.finditer(text):
        group = 1 if m.group(1) else 2
        blank(chars, m.start(group), m.end(group))
    text = "".join(chars)
    meta.setdefault("front_matter_end", fm_end)
    return Document(path=path, format="markdown", source=source, text=text, meta=meta, encoding=encoding,
                    comments=tuple(sorted(comments)))


def _inline_comments(text: str) -> list[tuple[int, int]]:
    """Inline HTML comments, leaving out any that sit inside a code span (they are code, not markup)."""
    if "<!--" not in text:
        return []
    code = [m.span() for m in _CODE_SPAN.finditer(text)]
    return [m.span() for m in _HTML_COMMENT.finditer(text)
            if not any(s <= m.start() < e for s, e in code)]

