"""A LanguageTool server started from a local directory (``LTP_JAR_DIR_PATH``, as language-tool-python
names it). Nothing is ever downloaded: without the directory and Java there is simply no server."""

from __future__ import annotations

import atexit
import os
import shutil
import socket
import subprocess
import time
import urllib.request
from pathlib import Path

JAR_NAMES = ("languagetool-server.jar", "languagetool.jar")


class LocalServerError(Exception):
    """The directory has no LanguageTool jar, Java is missing, or the server did not come up."""


def find_jar(directory: str) -> Path:
    for name in JAR_NAMES:
        path = Path(directory) / name
        if path.is_file():
            return path
    raise LocalServerError(f"no {' or '.join(JAR_NAMES)} in {directory!r} (LTP_JAR_DIR_PATH)")


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_local_server(directory: str, wait: float = 60.0) -> str:
    """Start ``org.languagetool.server.HTTPServer`` on a free loopback port; return its URL.

    The process is stopped when lintnews exits.
    """
    jar = find_jar(directory)
    java = shutil.which("java")
    if not java:
        raise LocalServerError("Java 17 or newer is needed to run LanguageTool, and 'java' is not on PATH")
    port = _free_port()
    process = subprocess.Popen(  # noqa: S603 - fixed command, local jar chosen by the user
        [java, "-cp", str(jar), "org.languagetool.server.HTTPServer", "--port", str(port)],
        stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        cwd=os.fspath(jar.parent),
    )
    atexit.register(_stop, process)
    url = f"http://127.0.0.1:{port}/v2/"
    deadline = time.monotonic() + wait
    while time.monotonic() < deadline:
        if process.poll() is not None:
            code = process.returncode
            raise LocalServerError(f"the LanguageTool server in {directory!r} exited with code {code}")
        try:
            with urllib.request.urlopen(url + "languages", timeout=2):  # noqa: S310 - loopback
                return url
        except OSError:
            time.sleep(0.25)
    _stop(process)
    raise LocalServerError(f"the LanguageTool server in {directory!r} did not answer within {wait:g} s")


def _stop(process: subprocess.Popen[bytes]) -> None:
    if process.poll() is None:
        process.terminate()
        try:
            process.wait(5)
        except subprocess.TimeoutExpired:
            process.kill()
