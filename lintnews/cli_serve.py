"""``lintnews serve``: the editor's web page and the HTTP API, under uvicorn.

Starlette and uvicorn are imported inside the command, so no other command pays for them.
"""

from __future__ import annotations

import os

import click

from .clitools import fail, settings_from_options, shared_options

LOOPBACK = ("127.0.0.1", "::1", "localhost")


@click.command()
@click.option("--host", default=None, help="Address to listen on [default: 127.0.0.1, or serve.host].")
@click.option("--port", type=int, default=None, help="Port to listen on [default: 8080, or serve.port].")
@click.option("--workers", type=click.IntRange(1, 64), default=1, show_default=True,
              help="Server processes (each with its own linting threads).")
@click.option("--threads", type=click.IntRange(1, 256), default=None,
              help="Linting threads per process [default: CPUs, 2 to 8].")
@click.option("--log-level", type=click.Choice(["critical", "error", "warning", "info", "debug"]),
              default="info", show_default=True)
@shared_options
def serve(host: str | None, port: int | None, workers: int, threads: int | None, log_level: str,
          **options: object) -> None:
    """Serve the web page and HTTP API (same configuration and rule packs as 'check')."""
    import uvicorn

    from .serve.app import SETTINGS_ENV, app_from_environment, create_app, settings_to_env
    from .serve.options import ServeOptions

    settings = settings_from_options((), **options)
    try:
        serve_options = ServeOptions.from_settings(settings, host=host, port=port, threads=threads)
        app = create_app(settings, serve_options) if workers == 1 else None
    except Exception as exc:  # noqa: BLE001 - a bad pack or config is one line, exit 2
        fail(exc)
    if serve_options.host not in LOOPBACK:
        click.echo(f"lintnews: warning: listening on {serve_options.host}, not only this machine; "
                   "put it behind your newsroom's authentication", err=True)
    shown = f"[{serve_options.host}]" if ":" in serve_options.host else serve_options.host
    click.echo(f"lintnews serve: http://{shown}:{serve_options.port}/  (API: /openapi.json)", err=True)
    common = {"host": serve_options.host, "port": serve_options.port, "log_level": log_level,
              "server_header": False, "timeout_keep_alive": 5, "limit_concurrency": 256}
    if app is not None:
        uvicorn.run(app, **common)
    else:
        os.environ[SETTINGS_ENV] = settings_to_env(settings, serve_options)
        uvicorn.run(f"{app_from_environment.__module__}:{app_from_environment.__name__}", factory=True,
                    workers=workers, **common)
