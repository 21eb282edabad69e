"""Keeping secrets out of URLs, log lines and error texts.

Secrets travel in several places of a request: the deprecated ``PUT /token/session/:create`` sends
the consumer and employee tokens in the query string, ``DELETE /token/session/{token}`` has a
session token in the path, ``POST /token/session/:create`` has both tokens in its JSON body, and
every authenticated request carries the session token in its Basic ``Authorization`` header. A
server may echo any of them back in an error. ``request_secrets`` collects them from a request, so
an error built from its response can be scrubbed of each (``scrub_secrets``) at construction.
"""

from __future__ import annotations

import base64
import binascii
import contextlib
import json
import re
from collections.abc import Iterable, Iterator, Mapping
from typing import Any

import httpx

__all__ = [
    "MASK",
    "redact_path",
    "redact_text",
    "redact_url",
    "request_secrets",
    "scrub",
    "scrub_secrets",
]

MASK = "***"
_SENSITIVE_QUERY_KEYS = frozenset(
    {"consumertoken", "employeetoken", "token", "sessiontoken", "password", "secret", "apikey"}
)
# JSON body fields holding secrets (lower-cased): session creation, webhook subscriptions
_SENSITIVE_BODY_KEYS = _SENSITIVE_QUERY_KEYS | {"hmacsharedsecret", "authheadervalue"}
# /token/session/<token>: anything but the ":create" / ">whoAmI" style actions is a token.
_SESSION_PATH_RE = re.compile(r"(/token/session/)(?![:>]|%3[EeAa])[^/?#\s\"']+")
_QUERY_SECRET_RE = re.compile(
    r"(?i)\b(consumerToken|employeeToken|sessionToken|token|password)=[^&\s\"'#]*",
)
_USERINFO_RE = re.compile(r"(?i)\b(https?://)[^/@\s\"']+@")
_MIN_SECRET = 4  # shorter values ("0", "abc") would mask ordinary text without protecting anything
_MAX_BODY_SCAN = 64 * 1024  # request bodies larger than this are not searched for secret fields


def redact_url(url: httpx.URL | str) -> str:
    """Return ``url`` without credentials: no userinfo, secret query values and session-token
    path segments replaced by ``***``. Other query parameters are kept."""
    try:
        parsed = url if isinstance(url, httpx.URL) else httpx.URL(url)
    except Exception:  # unparseable: fall back to regex redaction of the raw text
        return redact_text(str(url))
    path = _SESSION_PATH_RE.sub(r"\1" + MASK, parsed.path)
    params: list[tuple[str, str | int | float | bool | None]] = [
        (key, MASK if key.lower() in _SENSITIVE_QUERY_KEYS else value)
        for key, value in parsed.params.multi_items()
    ]
    clean = parsed.copy_with(username=None, password=None, path=path, query=None, fragment=None)
    text = str(clean)
    if params:
        text += "?" + str(httpx.QueryParams(params)).replace("%2A%2A%2A", MASK)
    return text


def redact_path(url: httpx.URL | str) -> str:
    """The path of ``url`` only (no query string), with session tokens masked: for logs."""
    try:
        path = url.path if isinstance(url, httpx.URL) else httpx.URL(url).path
    except Exception:
        return MASK
    return _SESSION_PATH_RE.sub(r"\1" + MASK, path)


def redact_text(text: str) -> str:
    """Mask secrets in free text that may contain Tripletex URLs (log messages, bodies)."""
    text = _USERINFO_RE.sub(r"\1" + MASK + "@", text)
    text = _QUERY_SECRET_RE.sub(lambda m: f"{m.group(1)}={MASK}", text)
    return _SESSION_PATH_RE.sub(r"\1" + MASK, text)


def scrub_secrets(text: str, secrets: Iterable[str]) -> str:
    """Replace every occurrence of each (non-trivial) secret in ``text`` by ``***``."""
    for secret in sorted({s for s in secrets if s and len(s) >= _MIN_SECRET}, key=len, reverse=True):
        text = text.replace(secret, MASK)
    return text


def scrub(text: str | None, secrets: Iterable[str]) -> str | None:
    """``text`` with the given secrets and any token-shaped URL parts masked (None stays None)."""
    if text is None:
        return None
    return redact_text(scrub_secrets(text, secrets))


def _body_values(value: Any) -> Iterator[str]:
    if isinstance(value, Mapping):
        for key, item in value.items():
            if isinstance(key, str) and key.lower() in _SENSITIVE_BODY_KEYS and isinstance(item, str):
                yield item
            else:
                yield from _body_values(item)
    elif isinstance(value, list):
        for item in value:
            yield from _body_values(item)


def _basic_password(header: str) -> str | None:
    scheme, _, encoded = header.partition(" ")
    if scheme.lower() != "basic" or not encoded:
        return None
    try:
        decoded = base64.b64decode(encoded.strip(), validate=True).decode("utf-8")
    except (binascii.Error, UnicodeDecodeError):
        return None
    return decoded.partition(":")[2] or None


def request_secrets(request: httpx.Request | None) -> list[str]:
    """Every secret ``request`` carries: the session token in its path or Basic auth (and the
    header's encoded form), secret query values, secret fields of a JSON body."""
    if request is None:
        return []
    found: list[str] = []
    match = _SESSION_PATH_RE.search(request.url.raw_path.decode("ascii", "replace"))
    if match:
        raw = match.group(0)[len(match.group(1)) :]
        found += [raw, httpx.URL("/" + raw).path.lstrip("/")]  # as sent and percent-decoded
    found += [v for k, v in request.url.params.multi_items() if k.lower() in _SENSITIVE_QUERY_KEYS]
    authorization = request.headers.get("authorization")
    if authorization:
        password = _basic_password(authorization)
        if password:
            found += [password, authorization.partition(" ")[2].strip()]
    try:
        content = request.content
    except httpx.RequestNotRead:
        content = b""
    if content and len(content) <= _MAX_BODY_SCAN and content.lstrip()[:1] in (b"{", b"["):
        with contextlib.suppress(ValueError, RecursionError):  # not JSON: nothing to look for
            found += _body_values(json.loads(content))
    return found
