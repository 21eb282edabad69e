"""Building the right :class:`APIError` from an error response.

:func:`error_from_response` copes with complete or partial JSON envelopes, HTML error pages and empty
bodies. Every error built from a response is scrubbed at construction: of the secrets the caller
names (the client's tokens) and of every secret the request carried (``redaction.request_secrets``:
a session token in the path or Authorization header, tokens in the query string or JSON body), in its
message, developer message, validation messages, link, URL and raw body.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

import httpx

from ..rate_headers import parse_retry_after
from ..redaction import redact_url, request_secrets, scrub, scrub_secrets
from .api import (
    MAX_RAW_BODY,
    APIError,
    RateLimitError,
    ValidationMessage,
    error_class_for,
    reason_phrase,
)

__all__ = ["error_from_response", "raise_for_status"]


def _as_str(value: object) -> str | None:
    if value is None:
        return None
    if isinstance(value, str):
        return value if value.strip() else None
    if isinstance(value, int | float | bool):
        return str(value)
    return None


def _as_int(value: object) -> int | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, str):
        try:
            return int(value.strip())
        except ValueError:
            return None
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return None


def _validation_messages(value: object) -> tuple[ValidationMessage, ...]:
    if not isinstance(value, list):
        return ()
    out: list[ValidationMessage] = []
    for item in value:
        if isinstance(item, Mapping):
            out.append(
                ValidationMessage(
                    field=_as_str(item.get("field")),
                    message=_as_str(item.get("message")),
                    path=_as_str(item.get("path")),
                )
            )
        elif isinstance(item, str) and item.strip():
            out.append(ValidationMessage(field=None, message=item.strip()))
    return tuple(out)


_TITLE_RE = re.compile(r"<title[^>]*>(.*?)</title>", re.IGNORECASE | re.DOTALL)
_TAG_RE = re.compile(r"<[^>]+>")


def _html_summary(text: str) -> str | None:
    match = _TITLE_RE.search(text)
    candidate = match.group(1) if match else None
    if not candidate:
        h1 = re.search(r"<h1[^>]*>(.*?)</h1>", text, re.IGNORECASE | re.DOTALL)
        candidate = h1.group(1) if h1 else None
    if not candidate:
        return None
    cleaned = " ".join(_TAG_RE.sub(" ", candidate).split())
    return cleaned[:200] or None


def _response_text(response: httpx.Response) -> str:
    try:
        return response.text
    except Exception:  # not read yet (streaming), undecodable, ...
        try:
            return response.content.decode("utf-8", errors="replace")
        except Exception:
            return ""


def _request_of(response: httpx.Response) -> httpx.Request | None:
    try:
        return response.request
    except RuntimeError:  # a hand-made response without a request
        return None


def error_from_response(response: httpx.Response, secrets: Iterable[str] = ()) -> APIError:
    """Build the right :class:`APIError` subclass from an error response. Never raises.

    Every text on the error is scrubbed of ``secrets`` (pass every secret the caller holds) and of
    the secrets the request itself carried. The response should have been read
    (``await response.aread()``); if not, the body is ignored.
    """
    status = response.status_code
    text = _response_text(response)
    headers = response.headers
    request = _request_of(response)
    hidden = [*secrets, *request_secrets(request)]

    method: str | None = None
    url: str | None = None
    if request is not None:
        method = request.method
        url = scrub_secrets(redact_url(request.url), hidden)

    envelope: Mapping[str, Any] | None = None
    stripped = text.lstrip()
    if stripped[:1] in ("{", "["):
        try:
            parsed = json.loads(stripped)
        except ValueError:
            parsed = None
        if isinstance(parsed, Mapping):
            envelope = parsed
        elif isinstance(parsed, list) and parsed and isinstance(parsed[0], Mapping):
            envelope = parsed[0]

    code: int | None = None
    message: str | None = None
    developer_message: str | None = None
    link: str | None = None
    validation: tuple[ValidationMessage, ...] = ()
    request_id: str | None = None
    if envelope is not None:
        code = _as_int(envelope.get("code"))
        message = _as_str(envelope.get("message"))
        developer_message = _as_str(envelope.get("developerMessage"))
        link = _as_str(envelope.get("link"))
        validation = _validation_messages(envelope.get("validationMessages"))
        request_id = _as_str(envelope.get("requestId"))
        if message is None and developer_message is None and validation == ():
            # Some gateways answer {"error": "..."} or {"detail": "..."}.
            for key in ("error", "detail", "title", "error_description"):
                message = _as_str(envelope.get(key))
                if message:
                    break
    elif "<html" in text[:2000].lower() or "<!doctype" in text[:200].lower():
        summary = _html_summary(text)
        reason = response.reason_phrase or reason_phrase(status)
        message = f"Tripletex answered HTTP {status} {reason} with an HTML page".rstrip()
        if summary:
            message += f" ({summary!r})"
    elif stripped:
        first_line = stripped.splitlines()[0][:200]
        message = f"HTTP {status}: {first_line}" if first_line else None

    if request_id is None:
        request_id = headers.get("x-tlx-request-id") or None

    cls = error_class_for(status, code)
    message = scrub(message, hidden)
    kwargs: dict[str, Any] = {
        "status": status,
        "code": code,
        "developer_message": scrub(developer_message, hidden),
        "validation_messages": _scrubbed_messages(validation, hidden),
        "request_id": scrub(request_id, hidden),
        "method": method,
        "url": url,
        "link": scrub(link, hidden),
        "raw_body": (scrub(text[: MAX_RAW_BODY * 2], hidden) or "")[:MAX_RAW_BODY],
        "reason": response.reason_phrase or None,
    }
    try:
        if issubclass(cls, RateLimitError):
            return cls(message, retry_after=parse_retry_after(headers), **kwargs)
        return cls(message, **kwargs)
    except Exception:  # pragma: no cover - defensive: never fail while reporting a failure
        return APIError(None, status=status, request_id=request_id)


def _scrubbed_messages(
    messages: Sequence[ValidationMessage], hidden: list[str]
) -> tuple[ValidationMessage, ...]:
    return tuple(
        ValidationMessage(
            field=scrub(v.field, hidden), message=scrub(v.message, hidden), path=scrub(v.path, hidden)
        )
        for v in messages
    )


def raise_for_status(response: httpx.Response, secrets: Iterable[str] = ()) -> None:
    """Raise the matching :class:`APIError` if ``response`` is an HTTP error (status >= 400).

    The response must have been read (``await response.aread()``) for the body to be used.
    """
    if response.status_code >= 400:
        raise error_from_response(response, secrets)
