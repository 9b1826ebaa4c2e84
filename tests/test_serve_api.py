"""The HTTP API in-process (Starlette's httpx test client): findings as ``--format json`` gives them,
fixes, rules, and a clear 4xx JSON error for every kind of bad input."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from serve_support import SEED, TEST_PACKS
from starlette.testclient import TestClient

from lintnews.config import Settings
from lintnews.serve.app import create_app
from lintnews.serve.options import ServeOptions

TEST_SETTINGS = Settings(builtin_packs=False, extra_packs=(str(TEST_PACKS),))
ARTICLE = "Putin held talks with White President Lukashenka,, in Minsk.\nNo comments yet.\n"


@pytest.fixture(scope="module")
def client() -> TestClient:
    """The built-in packs, as a server started with ``--isolated`` has them."""
    return TestClient(create_app(Settings()), raise_server_exceptions=False)


@pytest.fixture(scope="module")
def pack_client() -> TestClient:
    """Only the core test pack, so fix results do not depend on the built-in packs' content."""
    return TestClient(create_app(TEST_SETTINGS), raise_server_exceptions=False)


def error_of(response, status: int, code: str) -> dict:
    assert response.status_code == status, response.text
    assert response.headers["content-type"].startswith("application/json")
    body = response.json()["error"]
    assert body["code"] == code, body
    assert body["message"]
    return body


def test_check_returns_exactly_what_format_json_gives(client: TestClient, cli, tmp_path: Path) -> None:
    article = tmp_path / "seed-article.txt"
    article.write_text(SEED.read_text(encoding="utf-8"), encoding="utf-8")
    expected = cli("check", "--isolated", "--format", "json", str(article)).json()
    request = {"text": SEED.read_text(encoding="utf-8"), "path": str(article)}
    response = client.post("/api/check", json=request)
    assert response.status_code == 200
    body = response.json()
    assert body["findings"] == expected["findings"]
    assert body["summary"] == expected["summary"]
    assert body["findings"], "the seed article has known artifacts"
    assert body["files"] == expected["files"]
    assert body["readability"]["words"] > 300
    if "readability" in expected["files"][0]:
        assert body["readability"] == expected["files"][0]["readability"]
    assert "reference_date" in body and "reference_source" in body


def test_check_reports_the_reference_date_used(client: TestClient) -> None:
    request = {"text": "On Monday he left.", "reference_date": "2019-12-20"}
    body = client.post("/api/check", json=request).json()
    assert body["reference_date"] == "2019-12-20"


def test_check_markdown_and_html_offsets_point_into_the_source(pack_client: TestClient) -> None:
    html = "<p>Talks with <b>White President</b> Lukashenka</p><script>White President</script>"
    body = pack_client.post("/api/check", json={"text": html, "format": "html"}).json()
    assert [html[f["start"]:f["end"]] for f in body["findings"]] == ["White President"]
    markdown = "Talks with `White President` and White President Lukashenka."
    body = pack_client.post("/api/check", json={"text": markdown, "format": "markdown"}).json()
    assert [f["start"] for f in body["findings"]] == [markdown.rindex("White President")]


def test_request_config_selects_and_ignores_rules(pack_client: TestClient) -> None:
    def rules(config: dict) -> list[str]:
        return [f["rule"] for f in pack_client.post("/api/check", json={"text": ARTICLE, "config": config}
                                                    ).json()["findings"]]

    assert sorted(rules({})) == ["core-test/doubled-punct", "core-test/white-president", "core-test/widget"]
    assert rules({"select": ["white-president"]}) == ["core-test/white-president"]
    assert "core-test/widget" not in rules({"ignore": ["widget"]})
    body = pack_client.post("/api/check", json={"text": ARTICLE, "config": {"severity": {"widget": "info"}}})
    assert {f["rule"]: f["severity"] for f in body.json()["findings"]}["core-test/widget"] == "info"


def test_fix_one_finding_by_id(pack_client: TestClient) -> None:
    findings = pack_client.post("/api/check", json={"text": ARTICLE}).json()["findings"]
    target = next(f for f in findings if f["rule"] == "core-test/white-president")
    finding_id = f"{target['rule']}@{target['start']}-{target['end']}"
    body = pack_client.post("/api/fix", json={"text": ARTICLE, "findings": [finding_id]}).json()
    assert body["text"] == ARTICLE.replace("White President", "Belarusian President")
    assert body["changed"] is True
    assert [a["finding"]["rule"] for a in body["applied"]] == ["core-test/white-president"]
    assert body["applied"][0]["edits"][0]["replacement"] == "Belarusian President"
    assert "core-test/white-president" not in [f["rule"] for f in body["check"]["findings"]]


def test_fix_by_rule_and_all_safe(pack_client: TestClient) -> None:
    body = pack_client.post("/api/fix", json={"text": ARTICLE, "rules": ["doubled-punct"]}).json()
    assert body["text"] == ARTICLE.replace(",,", ",")
    body = pack_client.post("/api/fix", json={"text": ARTICLE}).json()
    assert body["text"] == "Putin held talks with Belarusian President Lukashenka, in Minsk.\n"
    assert body["check"]["findings"] == []


def test_fix_picks_an_alternative_and_refuses_missing_ones(pack_client: TestClient) -> None:
    findings = pack_client.post("/api/check", json={"text": ARTICLE}).json()["findings"]
    target = next(f for f in findings if f["rule"] == "core-test/white-president")
    base = f"{target['rule']}@{target['start']}-{target['end']}"
    error_of(pack_client.post("/api/fix", json={"text": ARTICLE, "findings": [base + "#5"]}), 409, "no_fix")
    error_of(pack_client.post("/api/fix", json={"text": ARTICLE, "findings": ["core-test/widget@0-3"]}),
             409, "unknown_finding")
    error_of(pack_client.post("/api/fix", json={"text": ARTICLE, "findings": ["nonsense"]}), 400,
             "bad_finding_id")


def test_rules_lists_enabled_rules_with_explanations(pack_client: TestClient) -> None:
    rules = pack_client.get("/api/rules").json()["rules"]
    assert [r["id"] for r in rules] == ["core-test/white-president", "core-test/doubled-punct",
                                        "core-test/han", "core-test/widget"]
    first = rules[0]
    assert first["message"] and first["category"] == "Accuracy/Mistranslation"
    assert first["examples"]["bad"][0]["fix"] == "talks with Belarusian President Lukashenka"


def test_healthz_and_openapi(client: TestClient) -> None:
    assert client.get("/healthz").json()["status"] == "ok"
    spec = client.get("/openapi.json").json()
    assert spec["openapi"].startswith("3.")
    assert {"/api/check", "/api/fix", "/api/rules", "/healthz"} <= set(spec["paths"])


@pytest.mark.parametrize(("body", "code", "field"), [
    ({"text": 42}, "wrong_type", "text"),
    ({"text": ["a"]}, "wrong_type", "text"),
    ({}, "missing_field", "text"),
    ({"text": "x", "format": "docx"}, "bad_format", "format"),
    ({"text": "x", "format": 1}, "wrong_type", "format"),
    ({"text": "x", "reference_date": "2024-02-30"}, "bad_date", "reference_date"),
    ({"text": "x", "reference_date": "20 December"}, "bad_date", "reference_date"),
    ({"text": "x", "reference_date": "20241220"}, "bad_date", "reference_date"),
    ({"text": "x", "reference_date": 2024}, "wrong_type", "reference_date"),
    ({"text": "x", "config": {"select": ["no-such-rule"]}}, "unknown_rule", "config"),
    ({"text": "x", "config": {"extra_packs": ["/etc"]}}, "bad_config", "config"),
    ({"text": "x", "config": {"severity": {"han": "fatal"}}}, "bad_config", "config"),
    ({"text": "x", "config": "select=all"}, "wrong_type", "config"),
    ({"text": "x", "config": {"dates": {"reference_date": "soon"}}}, "bad_config", "config"),
    ({"text": "x", "config": {"dates": {"colour": "red"}}}, "bad_config", "config"),
    ({"text": "x", "txet": "typo"}, "unknown_field", "txet"),
])
def test_bad_check_input_is_a_400_naming_the_field(client: TestClient, body: dict, code: str,
                                                   field: str) -> None:
    assert error_of(client.post("/api/check", json=body), 400, code)["field"] == field


@pytest.mark.parametrize(("body", "code"), [
    ({"text": "x", "rules": ["no-such-rule"]}, "unknown_rule"),
    ({"text": "x", "rules": "white-president"}, "wrong_type"),
    ({"text": "x", "rules": [1]}, "wrong_type"),
    ({"text": "x", "applicability": "everything"}, "bad_applicability"),
    ({"text": "x", "findings": [None]}, "wrong_type"),
])
def test_bad_fix_input_is_a_400(pack_client: TestClient, body: dict, code: str) -> None:
    error_of(pack_client.post("/api/fix", json=body), 400, code)


@pytest.mark.parametrize(("raw", "code"), [
    (b'{"text": "caf\xe9"}', "invalid_utf8"),
    (b'{"text": ', "invalid_json"),
    (b"[1, 2]", "wrong_type"),
    (b'"just a string"', "wrong_type"),
    (b"", "invalid_json"),
    (b"[" * 100_000, "invalid_json"),
])
def test_malformed_bodies_are_400s(client: TestClient, raw: bytes, code: str) -> None:
    for url in ("/api/check", "/api/fix"):
        error_of(client.post(url, content=raw, headers={"content-type": "application/json"}), 400, code)


def test_lone_surrogates_and_control_characters_do_not_break_the_server(client: TestClient) -> None:
    raw = json.dumps({"text": "A \ud800 B\u0000C\u202e White President."}).encode()
    response = client.post("/api/check", content=raw, headers={"content-type": "application/json"})
    assert response.status_code == 200
    assert response.json()["summary"]["files"] == 1


def test_request_size_limit(pack_client: TestClient) -> None:
    small = TestClient(create_app(TEST_SETTINGS, ServeOptions(max_request_bytes=1000)))
    assert small.post("/api/check", json={"text": "a" * 900}).status_code == 200
    body = error_of(small.post("/api/check", json={"text": "a" * 2000}), 413, "too_large")
    assert body["limit"] == 1000

    def chunks():  # no Content-Length: the limit applies while the body streams in
        for _ in range(10):
            yield b"a" * 500

    error_of(small.post("/api/check", content=chunks(), headers={"content-type": "text/plain"}), 413,
             "too_large")


def test_default_size_limit_is_two_megabytes(client: TestClient) -> None:
    assert ServeOptions().max_request_bytes == 2 * 1024 * 1024
    error_of(client.post("/api/check", json={"text": "a" * (2 * 1024 * 1024)}), 413, "too_large")


def test_time_limit_is_a_json_503(pack_client: TestClient) -> None:
    hasty = TestClient(create_app(TEST_SETTINGS, ServeOptions(request_timeout=0.001)))
    error_of(hasty.post("/api/check", json={"text": ARTICLE * 2_000}), 503, "timeout")
    assert hasty.get("/healthz").status_code == 200


def test_upload_decodes_like_a_file(pack_client: TestClient) -> None:
    utf16 = "\ufeffWhite President Lukashenka".encode("utf-16-le")
    body = pack_client.post("/api/check?filename=a.txt", content=utf16,
                            headers={"content-type": "application/octet-stream"}).json()
    assert body["source"] == "White President Lukashenka"
    assert body["findings"][0]["start"] == 0
    md = b"Talks with `White President` and White President."
    body = pack_client.post("/api/check?filename=a.md", content=md, headers={"content-type": "text/markdown"})
    assert len(body.json()["findings"]) == 1
    error = error_of(pack_client.post("/api/check?filename=a.txt", content=b"caf\xe9",
                                      headers={"content-type": "text/plain"}), 400, "invalid_utf8")
    assert "0xE9" in error["message"]
    error_of(pack_client.post("/api/check?format=pdf", content=b"x", headers={"content-type": "text/plain"}),
             400, "bad_format")
    error_of(pack_client.post("/api/check?reference_date=yesterday", content=b"x",
                              headers={"content-type": "text/plain"}), 400, "bad_date")


def test_unsupported_media_type_wrong_method_and_unknown_path(client: TestClient) -> None:
    error_of(client.post("/api/check", content=b"--x--", headers={"content-type": "multipart/form-data"}),
             415, "unsupported_media_type")
    error_of(client.get("/api/check"), 405, "method_not_allowed")
    error_of(client.get("/api/nothing"), 404, "not_found")


def test_page_and_assets_are_served_locally_with_a_strict_policy(client: TestClient) -> None:
    page = client.get("/")
    assert page.status_code == 200
    policy = page.headers["content-security-policy"]
    assert "script-src 'self'" in policy and "unsafe-inline" not in policy
    assert "http://" not in page.text and "https://" not in page.text
    for asset in ("/static/app.js", "/static/app.css"):
        response = client.get(asset)
        assert response.status_code == 200
        assert "https://" not in response.text
    script = client.get("/static/app.js").text
    assert not re.search(r"\.(inner|outer)HTML|insertAdjacentHTML|document\.write|eval\(", script)


def test_readability_summary_even_without_the_readability_checks(pack_client: TestClient) -> None:
    body = pack_client.post("/api/check", json={"text": "The cat sat. The dog ran away quickly."}).json()
    readability = body["readability"]
    assert readability["words"] == 8 and readability["sentences"] == 2
    assert readability["words_per_sentence"] == 4.0
    assert readability["flesch_reading_ease"] > 80  # short words, short sentences
    empty = pack_client.post("/api/check", json={"text": ""}).json()
    assert empty["readability"]["words"] == 0 and empty["findings"] == []
