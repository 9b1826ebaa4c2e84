"""The editor's page in headless Chromium: the seed article pasted, every finding highlighted, fixes
applied with one click, an upload, keyboard use, contrast, and hostile HTML shown as text.

Debian's Chromium is driven by Playwright; Playwright's own browser download is never used (it cannot
run offline). The fixtures live here rather than in a conftest.py, which would shadow the
``conftest`` module the other test files import."""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from serve_support import SEED, running_server  # noqa: E402

CHROMIUM = os.environ.get("LINTNEWS_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]


@pytest.fixture(scope="session")
def artifacts(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Where screenshots go: $LINTNEWS_ARTIFACTS, or the pytest temporary folder."""
    folder = Path(os.environ.get("LINTNEWS_ARTIFACTS") or tmp_path_factory.getbasetemp() / "artifacts")
    folder.mkdir(parents=True, exist_ok=True)
    return folder


@pytest.fixture(scope="session")
def server() -> Iterator[str]:
    with running_server("--isolated") as base:
        yield base


@pytest.fixture(scope="session")
def browser():
    from playwright.sync_api import sync_playwright

    if not Path(CHROMIUM).exists():
        pytest.fail(f"{CHROMIUM} not found: install Debian's chromium (apt-get install -y chromium), "
                    "as .ci/run does")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture
def page(browser, server: str):
    """A fresh page on the editor's desk that records script errors and dialogs."""
    context = browser.new_context(viewport={"width": 1400, "height": 1000})
    page = context.new_page()
    page.problems = []
    page.on("pageerror", lambda exc: page.problems.append(f"page error: {exc}"))
    page.on("dialog", lambda dialog: (page.problems.append(f"dialog: {dialog.message}"), dialog.dismiss()))
    page.goto(f"{server}/")
    yield page
    context.close()


HOSTILE = ('<script>window.pwned = "script";</script>\n'
           '<img src="x" onerror="window.pwned = \'img\'">\n'
           '<a href="javascript:window.pwned=1">link</a> White President Lukashenka <b>bold</b>\n'
           '"><svg onload="window.pwned = \'svg\'"></svg>\n')

#: Text ranges (UTF-16 units, as JavaScript counts) covered by highlights, and the insertion markers.
MARKED_RANGES = """() => {
  const ranges = []; let offset = 0;
  for (const node of document.getElementById('view').childNodes) {
    const length = node.textContent.length;
    if (node.nodeName === 'MARK') ranges.push([offset, offset + length, node.dataset.finding]);
    offset += length;
  }
  return ranges;
}"""

CONTRAST = """(selector) => {
  const channel = (c) => { c /= 255; return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4; };
  const luminance = (rgb) => { const [r, g, b] = rgb.match(/\\d+(\\.\\d+)?/g).map(Number);
    return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b); };
  const background = (node) => {
    for (; node; node = node.parentElement) {
      const bg = getComputedStyle(node).backgroundColor;
      if (bg !== 'rgba(0, 0, 0, 0)' && bg !== 'transparent') return bg;
    }
    return 'rgb(255, 255, 255)';
  };
  return [...document.querySelectorAll(selector)].map((node) => {
    const a = luminance(getComputedStyle(node).color), b = luminance(background(node));
    return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
  });
}"""


def units(text: str, offset: int) -> int:
    """A code-point offset as a UTF-16 offset."""
    return len(text[:offset].encode("utf-16-le")) // 2


def check(page, text: str, format: str = "text") -> None:
    page.select_option("#format", format)
    page.fill("#article", text)
    page.click("#check")
    page.wait_for_function("() => document.getElementById('status').textContent.match(/Found|No findings/)")


def test_seed_article_every_finding_highlighted_and_one_fix_applied(page, server: str, artifacts: Path
                                                                    ) -> None:
    text = SEED.read_text(encoding="utf-8")
    report = httpx.post(f"{server}/api/check", json={"text": text}, timeout=30).json()
    findings = report["findings"]
    assert findings, "the seed article has known artifacts"
    check(page, text)

    ranges = page.evaluate(MARKED_RANGES)
    for f in findings:
        start, end = units(text, f["start"]), units(text, f["end"])
        assert any(a <= start and end <= b for a, b, _ in ranges), f"unmarked: {f['rule']} {f['text']!r}"
    assert page.locator("#groups button[data-finding]").count() == len(findings)
    assert page.inner_text("#counts") == f"({len(findings)})"
    for rule in {f["rule"] for f in findings}:
        count = sum(f["rule"] == rule for f in findings)
        group = page.locator("#groups .group", has=page.get_by_text(rule, exact=True))
        assert group.locator(".badge").inner_text() == str(count)
    assert page.locator("#readability dd").first.inner_text() == str(report["readability"]["words"])

    index = next(i for i, f in enumerate(findings) if f["fixes"])
    page.locator(f'#view mark[data-finding="{index}"]').first.click()
    detail = page.locator("#detail")
    assert findings[index]["message"] in detail.inner_text()
    assert findings[index]["category"] in detail.inner_text()
    assert findings[index]["fixes"][0]["title"] in detail.inner_text()
    page.screenshot(path=str(artifacts / "serve-seed-article.png"), full_page=True)

    detail.get_by_role("button", name="Apply").first.click()
    page.wait_for_function("() => document.getElementById('status').textContent.startsWith('Applied')")
    fixed = page.input_value("#article")
    assert fixed != text
    edit = findings[index]["fixes"][0]["edits"][0]
    expected = text[:edit["start"]] + edit["replacement"] + text[edit["end"]:]
    assert fixed == expected
    assert page.locator("#view").inner_text().replace("\n", "") == fixed.replace("\n", "")
    assert page.problems == []


def test_apply_all_safe_fixes_matches_the_api(page, server: str) -> None:
    text = SEED.read_text(encoding="utf-8")
    expected = httpx.post(f"{server}/api/fix", json={"text": text}, timeout=30).json()
    assert expected["applied"], "the seed article has safe fixes"
    check(page, text)
    page.click("#apply-safe")
    page.wait_for_function("() => document.getElementById('status').textContent.startsWith('Applied')")
    assert page.input_value("#article") == expected["text"]
    assert page.locator("#groups button[data-finding]").count() == len(expected["check"]["findings"])
    assert page.problems == []


def test_hostile_html_is_shown_as_text_and_never_runs(page, artifacts: Path) -> None:
    for format in ("html", "text", "markdown"):
        check(page, HOSTILE, format)
        assert page.evaluate("window.pwned") is None
        assert page.locator("#view script, #view img, #view svg, #view a, #view b").count() == 0
        assert page.locator("#view").inner_text().startswith('<script>window.pwned = "script";</script>')
    page.locator("#view mark").first.click()
    assert page.locator("#detail script, #detail img").count() == 0
    page.screenshot(path=str(artifacts / "serve-hostile-article.png"), full_page=True)
    assert page.evaluate("window.pwned") is None
    assert page.problems == []


def test_upload_a_markdown_file(page, tmp_path: Path) -> None:
    article = tmp_path / "story.md"
    article.write_text("---\ntitle: White President\n---\nTalks with White President Lukashenka.\n",
                       encoding="utf-8")
    page.set_input_files("#upload", str(article))
    page.wait_for_function("() => document.getElementById('status').textContent.match(/Found|No findings/)")
    assert page.input_value("#format") == "markdown"
    assert page.input_value("#article") == article.read_text(encoding="utf-8")
    marked = page.locator("#view mark").all_inner_texts()
    assert "White President" in marked  # in the body; the front matter is metadata, never linted
    assert page.problems == []


def test_keyboard_only_check_select_and_fix(page) -> None:
    page.focus("#article")
    page.keyboard.insert_text("He met White President Lukashenka.")
    page.keyboard.press("Control+Enter")
    page.wait_for_function("() => document.getElementById('status').textContent.startsWith('Found')")
    page.focus("#download")
    page.keyboard.press("Tab")
    focused = page.evaluate("document.activeElement.tagName + ' ' + document.activeElement.textContent")
    assert focused == "MARK White President"
    outline = page.evaluate("[getComputedStyle(document.activeElement).outlineStyle, "
                            "getComputedStyle(document.activeElement).outlineWidth]")
    assert outline == ["solid", "3px"]
    page.keyboard.press("Enter")
    assert "White President" in page.inner_text("#detail")
    apply = page.locator("#detail").get_by_role("button", name="Apply").first
    apply.focus()
    page.keyboard.press("Enter")
    page.wait_for_function("() => document.getElementById('status').textContent.startsWith('Applied')")
    assert "White President" not in page.input_value("#article")
    assert page.problems == []


def test_text_and_controls_meet_contrast_minimums(page) -> None:
    check(page, SEED.read_text(encoding="utf-8"))
    page.locator("#view mark").first.click()
    for selector in ("body", "label", "#status", ".hint", "#view", "#view mark", ".badge", ".where",
                     "button.primary", "button:not(:disabled)", ".sev-label", ".tag", "#readability dt"):
        ratios = page.evaluate(CONTRAST, selector)
        assert ratios, selector
        assert min(ratios) >= 4.5, (selector, min(ratios))
