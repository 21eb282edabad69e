"""Handler results: status + pre-serialized body + headers (turned into an ASGI response by the app)."""

from __future__ import annotations

from dataclasses import dataclass, field

from .errors import ApiError
from .store import dumps

JSON = "application/json; charset=utf-8"
HTML = "text/html; charset=utf-8"


@dataclass
class Reply:
    status: int
    body: bytes = b""
    content_type: str | None = JSON
    headers: dict[str, str] = field(default_factory=dict)


def value_reply(value: object, status: int = 200) -> Reply:
    return Reply(status, b'{"value":' + dumps(value) + b"}")


def value_reply_raw(value_json: bytes, status: int = 200) -> Reply:
    return Reply(status, b'{"value":' + value_json + b"}")


def list_reply(
    values_json: list[bytes],
    *,
    full_result_size: int,
    start: int,
    digest: str | None,
    status: int = 200,
    extra: dict[str, object] | None = None,
) -> Reply:
    head = (
        b'{"fullResultSize":'
        + str(full_result_size).encode()
        + b',"from":'
        + str(start).encode()
        + b',"count":'
        + str(len(values_json)).encode()
        + b',"versionDigest":'
        + dumps(digest)
    )
    if extra:
        for key, val in extra.items():
            head += b"," + dumps(key) + b":" + dumps(val)
    return Reply(status, head + b',"values":[' + b",".join(values_json) + b"]}")


def error_reply(err: ApiError, request_id: str, *, realistic_nulls: bool) -> Reply:
    """The service's JSON error envelope for ``err`` (with its headers)."""
    envelope = err.envelope(request_id, realistic_nulls=realistic_nulls)
    return Reply(err.status, dumps(envelope), headers=dict(err.headers))


def no_content() -> Reply:
    return Reply(204, b"", None)


def not_modified() -> Reply:
    return Reply(304, b"", None)


HTML_ERROR_PAGE = (
    "<!DOCTYPE html>\n<html><head><title>Tripletex - Error</title></head>\n"
    "<body><h1>{status} {reason}</h1><p>Something went wrong. Please try again later.</p>"
    "<p>Request id: {request_id}</p></body></html>\n"
)


def html_error(status: int, reason: str, request_id: str) -> Reply:
    body = HTML_ERROR_PAGE.format(status=status, reason=reason, request_id=request_id).encode()
    return Reply(status, body, HTML)
