"""The ``serve`` command's wiring: only it pays for the web stack, and its options are validated."""

from __future__ import annotations

import subprocess
import sys

import pytest

from lintnews.config import Settings
from lintnews.errors import ConfigError
from lintnews.serve.options import ServeOptions

WEB_STACK = ("starlette", "uvicorn", "httpx", "anyio")


def test_other_commands_do_not_import_the_web_stack() -> None:
    code = ("import sys\nfrom click.testing import CliRunner\nfrom lintnews.cli import main\n"
            "CliRunner().invoke(main, ['check', '--isolated', '-'], input='White President Lukashenka.')\n"
            "CliRunner().invoke(main, ['rules', 'list', '--isolated'])\n"
            f"print(sorted(m for m in sys.modules if m.split('.')[0] in {WEB_STACK!r}))\n")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120,
                          check=True)
    assert done.stdout.strip() == "[]"


def test_serve_help_lists_its_options(cli) -> None:
    result = cli("serve", "--help")
    assert result.exit_code == 0
    for option in ("--host", "--port", "--workers", "--threads", "--config", "--isolated", "--select"):
        assert option in result.stdout


def test_options_come_from_the_serve_section_with_flags_on_top() -> None:
    settings = Settings(sections={"serve": {"port": 9001, "max_request_bytes": 1000, "request_timeout": 2}})
    options = ServeOptions.from_settings(settings, port=9002, host=None)
    assert (options.host, options.port, options.max_request_bytes, options.request_timeout) == \
        ("127.0.0.1", 9002, 1000, 2.0)
    assert ServeOptions.from_settings(Settings()) == ServeOptions()


@pytest.mark.parametrize("section", [
    {"port": "8080"}, {"port": 70000}, {"port": True}, {"max_request_bytes": 0}, {"max_request_bytes": 1.5},
    {"request_timeout": 0}, {"request_timeout": "ten"}, {"host": ""}, {"host": 127},
])
def test_bad_serve_options_name_the_key(section: dict) -> None:
    with pytest.raises(ConfigError, match=r"serve\." + next(iter(section))):
        ServeOptions.from_settings(Settings(sections={"serve": section}))
