"""The ASGI application: routes, request limits, JSON errors, and linting off the event loop.

Starlette rather than FastAPI: the API is five routes with hand-validated bodies whose error messages
are part of the product, so FastAPI's pydantic layer would add a large dependency and a second error
format without removing any code; the OpenAPI document is written out in ``openapi.py``.
"""

from __future__ import annotations

import asyncio
import contextlib
import dataclasses
import functools
import json
import logging
import os
from collections.abc import AsyncIterator, Callable
from concurrent.futures import ThreadPoolExecutor
from importlib import resources
from typing import Any, TypeVar

from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from .. import __version__
from ..config import Settings
from .errors import ApiError
from .openapi import openapi_document
from .options import ServeOptions
from .payload import decode_json, parse_check, parse_fix, parse_upload
from .service import LintService

log = logging.getLogger("lintnews.serve")
T = TypeVar("T")
#: The page loads only its own files: no CDN, no inline script, so article text can never run.
SECURITY_HEADERS = [
    (b"content-security-policy", b"default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' "
     b"data:; connect-src 'self'; form-action 'none'; base-uri 'none'; frame-ancestors 'none'"),
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"no-referrer"),
    (b"x-frame-options", b"DENY"),
]
UPLOAD_TYPES = ("text/", "application/octet-stream")
SETTINGS_ENV = "LINTNEWS_SERVE_SETTINGS"


class JSONResponse(Response):
    """UTF-8 JSON; falls back to ASCII escapes when a string holds a lone surrogate from the client."""

    media_type = "application/json"

    def render(self, content: Any) -> bytes:
        try:
            return json.dumps(content, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
        except UnicodeEncodeError:
            return json.dumps(content, separators=(",", ":")).encode("ascii")


def error_response(status: int, code: str, message: str, **details: Any) -> JSONResponse:
    return JSONResponse(ApiError(status, code, message, **details).body(), status_code=status)


class SecurityHeaders:
    """Adds ``SECURITY_HEADERS`` to every response (pure ASGI, so streaming is untouched)."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                message.setdefault("headers", [])
                message["headers"] = [*message["headers"], *SECURITY_HEADERS]
            await send(message)

        await self.app(scope, receive, send_with_headers)


class Api:
    """Route handlers bound to one service, one thread pool and the request limits."""

    def __init__(self, service: LintService, options: ServeOptions) -> None:
        self.service = service
        self.options = options
        self.pool = ThreadPoolExecutor(max_workers=options.threads, thread_name_prefix="lintnews")
        self.page = resources.files(__package__).joinpath("static", "index.html").read_bytes()

    async def run(self, fn: Callable[..., T], *args: Any, budget: float) -> T:
        """Run CPU-bound ``fn`` in the pool; past ``budget`` seconds the client gets a 503."""
        future = asyncio.get_running_loop().run_in_executor(self.pool, functools.partial(fn, *args))
        try:
            return await asyncio.wait_for(future, max(budget, 0.001))
        except asyncio.TimeoutError:
            limit = self.options.request_timeout
            raise ApiError(503, "timeout", f"the request took longer than {limit:g} s; "
                           "try a shorter article or try again later") from None

    async def body(self, request: Request) -> bytes:
        """The request body, refused with 413 as soon as it exceeds ``max_request_bytes``."""
        limit = self.options.max_request_bytes
        declared = request.headers.get("content-length")
        if declared is not None and (not declared.isdigit() or int(declared) > limit):
            raise ApiError(413, "too_large", f"request body is larger than {limit} bytes", limit=limit)
        chunks: list[bytes] = []
        size = 0
        async for chunk in request.stream():
            size += len(chunk)
            if size > limit:
                raise ApiError(413, "too_large", f"request body is larger than {limit} bytes", limit=limit)
            chunks.append(chunk)
        return b"".join(chunks)

    async def timed_body(self, request: Request) -> tuple[bytes, float]:
        """The body and the seconds left of the request's time budget."""
        loop = asyncio.get_running_loop()
        started = loop.time()
        try:
            data = await asyncio.wait_for(self.body(request), self.options.request_timeout)
        except asyncio.TimeoutError:
            raise ApiError(408, "timeout", "the request body was not received in time") from None
        return data, self.options.request_timeout - (loop.time() - started)

    async def index(self, request: Request) -> Response:
        return Response(self.page, media_type="text/html; charset=utf-8",
                        headers={"cache-control": "no-cache"})

    async def healthz(self, request: Request) -> JSONResponse:
        rules = len(self.service.default.rules)
        return JSONResponse({"status": "ok", "version": __version__, "rules": rules})

    async def openapi(self, request: Request) -> JSONResponse:
        return JSONResponse(openapi_document(__version__, self.options.max_request_bytes))

    async def rules(self, request: Request) -> JSONResponse:
        return JSONResponse({"rules": self.service.rules()})

    async def check(self, request: Request) -> JSONResponse:
        data, budget = await self.timed_body(request)
        kind = request.headers.get("content-type", "").split(";")[0].strip().lower()
        if kind.startswith(UPLOAD_TYPES):
            parsed = parse_upload(data, dict(request.query_params))
        elif kind in ("", "application/json", "application/x-www-form-urlencoded") or kind.endswith("+json"):
            parsed = parse_check(decode_json(data))
        else:
            raise ApiError(415, "unsupported_media_type", f"send application/json (or the article itself as "
                           f"text/plain, text/markdown, text/html), not {kind}")
        return JSONResponse(await self.run(self.service.check, parsed, budget=budget))

    async def fix(self, request: Request) -> JSONResponse:
        data, budget = await self.timed_body(request)
        parsed = parse_fix(decode_json(data))
        return JSONResponse(await self.run(self.service.fix, parsed, budget=budget))


async def _api_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, ApiError)
    return JSONResponse(exc.body(), status_code=exc.status)


async def _http_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, HTTPException)
    code = {404: "not_found", 405: "method_not_allowed"}.get(exc.status_code, "http_error")
    return error_response(exc.status_code, code, str(exc.detail), path=request.url.path)


async def _internal_error(request: Request, exc: Exception) -> Response:
    log.exception("internal error on %s", request.url.path, exc_info=exc)
    return error_response(500, "internal_error", f"internal error: {type(exc).__name__}")


def create_app(settings: Settings | None = None, options: ServeOptions | None = None) -> Starlette:
    """The application for ``settings`` (rule packs are loaded here, once)."""
    settings = settings or Settings()
    options = options or ServeOptions.from_settings(settings)
    api = Api(LintService(settings), options)

    @contextlib.asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        yield
        api.pool.shutdown(wait=False, cancel_futures=True)

    routes = [
        Route("/", api.index, methods=["GET"]),
        Route("/healthz", api.healthz, methods=["GET"]),
        Route("/openapi.json", api.openapi, methods=["GET"]),
        Route("/api/rules", api.rules, methods=["GET"]),
        Route("/api/check", api.check, methods=["POST"]),
        Route("/api/fix", api.fix, methods=["POST"]),
        Mount("/static", StaticFiles(packages=[(__package__, "static")]), name="static"),
    ]
    app = Starlette(routes=routes, lifespan=lifespan, exception_handlers={
        ApiError: _api_error, HTTPException: _http_error, Exception: _internal_error})
    app.add_middleware(SecurityHeaders)
    app.state.api = api
    return app


def settings_to_env(settings: Settings, options: ServeOptions) -> str:
    """Settings and options as JSON, for worker processes started by uvicorn (``--workers``)."""
    return json.dumps({"settings": dataclasses.asdict(settings), "options": dataclasses.asdict(options)})


def app_from_environment() -> Starlette:
    """Factory for ``uvicorn --factory lintnews.serve.app:app_from_environment`` and for worker processes."""
    raw = os.environ.get(SETTINGS_ENV)
    if not raw:
        return create_app()
    data = json.loads(raw)
    fields = {k: tuple(v) if isinstance(v, list) else v for k, v in data["settings"].items()}
    return create_app(Settings(**fields), ServeOptions(**data["options"]))
