"""``lintnews serve`` started as a user starts it (a separate process on a loopback port): the same
findings as the command line, its configuration file, limits, hostile input and concurrent requests."""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from urllib.parse import urlsplit

import httpx
import pytest
from serve_support import SEED, TEST_PACKS, running_server

HOSTILE = ('<script>alert("x")</script><img src=x onerror="alert(1)">\n'
           "White President Lukashenka said <b>hello</b>.\n")


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    with running_server("--isolated") as base:
        yield base


def test_server_answers_like_the_command_line(server: str, cli, tmp_path: Path) -> None:
    article = tmp_path / "seed.txt"
    article.write_text(SEED.read_text(encoding="utf-8"), encoding="utf-8")
    expected = cli("check", "--isolated", "--format", "json", str(article)).json()
    response = httpx.post(f"{server}/api/check", timeout=30,
                          json={"text": article.read_text(encoding="utf-8"), "path": str(article)})
    assert response.status_code == 200
    assert response.json()["findings"] == expected["findings"]
    assert httpx.get(f"{server}/api/rules").json()["rules"]
    assert httpx.get(f"{server}/openapi.json").json()["paths"]


def _listening(port: int) -> list[str]:
    """Local addresses (hex, as the kernel lists them) of sockets listening on ``port``."""
    out = []
    for table in ("/proc/net/tcp", "/proc/net/tcp6"):
        for line in Path(table).read_text().splitlines()[1:]:
            local, state = line.split()[1], line.split()[3]
            address, hexport = local.rsplit(":", 1)
            if state == "0A" and int(hexport, 16) == port:
                out.append(address)
    return out


def test_server_binds_to_loopback_only(server: str) -> None:
    assert _listening(urlsplit(server).port) == ["0100007F"]  # 127.0.0.1, and nothing else


def test_server_refuses_bad_input_with_json_errors(server: str) -> None:
    big = httpx.post(f"{server}/api/check", json={"text": "a" * (3 * 1024 * 1024)}, timeout=30)
    assert big.status_code == 413 and big.json()["error"]["code"] == "too_large"
    bad = httpx.post(f"{server}/api/check", content=b'{"text": "\xff"}',
                     headers={"content-type": "application/json"})
    assert bad.status_code == 400 and bad.json()["error"]["code"] == "invalid_utf8"
    date = httpx.post(f"{server}/api/check", json={"text": "x", "reference_date": "2023-13-01"})
    assert date.status_code == 400 and date.json()["error"]["code"] == "bad_date"
    rule = httpx.post(f"{server}/api/fix", json={"text": "x", "rules": ["calques/none"]})
    assert rule.status_code == 400 and rule.json()["error"]["code"] == "unknown_rule"


def test_hostile_article_comes_back_as_data(server: str) -> None:
    response = httpx.post(f"{server}/api/check", json={"text": HOSTILE, "format": "html"})
    assert response.status_code == 200
    assert response.headers["content-type"] == "application/json"
    assert "script-src 'self'" in response.headers["content-security-policy"]
    assert response.headers["x-content-type-options"] == "nosniff"


def test_concurrent_requests_all_succeed_with_the_same_answer(server: str) -> None:
    text = SEED.read_text(encoding="utf-8")

    def one(i: int) -> tuple[int, str]:
        body = {"text": text} if i % 2 else {"text": HOSTILE, "format": "html"}
        r = httpx.post(f"{server}/api/check", json=body, timeout=60)
        return r.status_code, json.dumps(r.json()["findings"])

    with ThreadPoolExecutor(max_workers=12) as pool:
        results = list(pool.map(one, range(48)))
    assert {status for status, _ in results} == {200}
    assert len({findings for i, (_, findings) in enumerate(results) if i % 2}) == 1
    assert len({findings for i, (_, findings) in enumerate(results) if not i % 2}) == 1


def test_server_reads_its_configuration_file(tmp_path: Path) -> None:
    (tmp_path / "lintnews.toml").write_text(
        f'builtin_packs = false\nextra_packs = ["{TEST_PACKS.as_posix()}"]\nignore = ["han"]\n\n'
        "[serve]\nmax_request_bytes = 400\n", encoding="utf-8")
    with running_server(cwd=tmp_path) as base:
        rules = [r["id"] for r in httpx.get(f"{base}/api/rules").json()["rules"]]
        assert rules == ["core-test/white-president", "core-test/doubled-punct", "core-test/widget"]
        assert httpx.post(f"{base}/api/check", json={"text": "x" * 500}).status_code == 413
        fixed = httpx.post(f"{base}/api/fix", json={"text": "White President Lukashenka"}).json()
        assert fixed["text"] == "Belarusian President Lukashenka"


def test_several_worker_processes(tmp_path: Path) -> None:
    with running_server("--isolated", "--workers", "2", cwd=tmp_path) as base:
        responses = [httpx.post(f"{base}/api/check", json={"text": "White President Lukashenka"})
                     for _ in range(6)]
        assert {r.status_code for r in responses} == {200}


@pytest.mark.parametrize(("config", "message"), [
    ("[serve]\nport = \"eighty\"\n", "serve.port"),
    ("[serve]\nmax_request_bytes = 0\n", "serve.max_request_bytes"),
    ("[serve]\nworkers = 3\n", "serve.workers"),
])
def test_bad_serve_configuration_is_one_line_and_exit_2(tmp_path: Path, config: str, message: str) -> None:
    (tmp_path / "lintnews.toml").write_text(config, encoding="utf-8")
    done = subprocess.run([sys.executable, "-m", "lintnews", "serve"], cwd=tmp_path, capture_output=True,
                          text=True, timeout=60)
    assert done.returncode == 2
    assert message in done.stderr and "Traceback" not in done.stderr
