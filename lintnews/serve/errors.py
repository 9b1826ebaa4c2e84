"""API errors: every failure a client can cause is a 4xx with a JSON body naming what was wrong."""

from __future__ import annotations

from typing import Any


class ApiError(Exception):
    """A request the server refuses; rendered as ``{"error": {"code", "message", ...}}``."""

    def __init__(self, status: int, code: str, message: str, **details: Any) -> None:
        super().__init__(message)
        self.status = status
        self.code = code
        self.message = message
        self.details = details

    def body(self) -> dict[str, Any]:
        return {"error": {"code": self.code, "message": self.message, **self.details}}


def bad_request(code: str, message: str, **details: Any) -> ApiError:
    return ApiError(400, code, message, **details)
