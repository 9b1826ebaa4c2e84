"""Start ``lintnews serve`` as a new user would (a separate process on a loopback port) for the server
and browser tests, and stop it afterwards."""

from __future__ import annotations

import contextlib
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import IO

import httpx

REPO = Path(__file__).resolve().parents[1]
DATA = Path(__file__).resolve().parent / "data"
SEED = DATA / "seed-article.txt"
#: The core tests' own small pack: findings that do not change when the built-in packs do.
TEST_PACKS = DATA / "packs"


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _wait_healthy(process: subprocess.Popen[bytes], base: str, log: IO[bytes], startup: float) -> None:
    deadline = time.monotonic() + startup
    while True:
        if process.poll() is not None:
            log.seek(0)
            raise RuntimeError(f"lintnews serve exited with {process.returncode}: "
                               f"{log.read().decode(errors='replace')}")
        try:
            if httpx.get(f"{base}/healthz", timeout=2).status_code == 200:
                return
        except httpx.TransportError:
            pass
        if time.monotonic() > deadline:
            raise RuntimeError("lintnews serve did not answer /healthz")
        time.sleep(0.1)


@contextlib.contextmanager
def running_server(*args: str, cwd: Path | None = None, startup: float = 60.0) -> Iterator[str]:
    """Yield the base URL of a ``lintnews serve`` subprocess; its output is shown if it fails to start."""
    port = free_port()
    command = [sys.executable, "-m", "lintnews", "serve", "--port", str(port), "--log-level", "warning",
               *args]
    with tempfile.TemporaryFile() as log:
        process = subprocess.Popen(command, cwd=cwd or REPO, stdout=log, stderr=subprocess.STDOUT)
        try:
            base = f"http://127.0.0.1:{port}"
            _wait_healthy(process, base, log, startup)
            yield base
        finally:
            process.terminate()
            try:
                process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()
