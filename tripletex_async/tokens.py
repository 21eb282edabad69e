"""What a consumer or employee token says about its environment, read the way Tripletex issues them.

Tokens are commonly handed out as base64 of ``{"tokenId": <int>, "token": "<inner token>"}``; in the
test environment the *inner* token starts with ``test-``. Older tokens are the raw string. Pasted
tokens often carry surrounding whitespace or line breaks (a wrapped base64 block); those are not part
of the token and are removed.
"""

from __future__ import annotations

import base64
import binascii
import json
from typing import Literal

__all__ = ["TEST_TOKEN_PREFIX", "TokenEnvironment", "clean_token", "inner_token", "token_environment"]

TEST_TOKEN_PREFIX = "test-"  # noqa: S105 - a prefix, not a secret
#: Longer values are not decoded (a real token is well under 1 KiB): bounded work on any input.
_MAX_DECODED_LENGTH = 4096

TokenEnvironment = Literal["test", "production"]


def clean_token(value: str) -> str:
    """``value`` without whitespace or line breaks (never part of a token, often part of a paste)."""
    return "".join(value.split())


def inner_token(value: str) -> str | None:
    """The ``token`` inside a base64-wrapped ``{"tokenId", "token"}`` value; None for a raw token."""
    text = clean_token(value)
    if not text or len(text) > _MAX_DECODED_LENGTH:
        return None
    padded = text + "=" * (-len(text) % 4)
    for altchars in (None, b"-_"):  # standard and URL-safe alphabets
        try:
            decoded = base64.b64decode(padded, altchars=altchars, validate=True)
            data = json.loads(decoded.decode("utf-8"))
        except (binascii.Error, ValueError, UnicodeError):
            continue
        if isinstance(data, dict) and "tokenId" in data and isinstance(data.get("token"), str):
            inner: str = data["token"].strip()
            return inner or None
    return None


def token_environment(value: str) -> TokenEnvironment | None:
    """Where a token certainly belongs: ``"test"`` when its inner (or raw) value starts with ``test-``,
    ``"production"`` when it is wrapped and its inner value does not; None when it cannot be told (a
    raw token without the prefix: older tokens of either environment look like that)."""
    inner = inner_token(value)
    if inner is not None:
        return "test" if inner.startswith(TEST_TOKEN_PREFIX) else "production"
    return "test" if clean_token(value).startswith(TEST_TOKEN_PREFIX) else None
