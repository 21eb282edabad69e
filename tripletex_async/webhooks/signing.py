"""The delivery signature: ``x-request-signature = base64(HMAC-SHA512(secret, idempotency-key + "&" + body))``.

As the spec describes ``Subscription.hmacSharedSecret``: the message is the ``idempotency-key``
header's value, ``&`` and the raw request body, keyed with the shared secret.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import secrets

__all__ = [
    "IDEMPOTENCY_HEADER",
    "SIGNATURE_HEADER",
    "generate_secret",
    "sign",
    "verify_signature",
]

SIGNATURE_HEADER = "x-request-signature"
IDEMPOTENCY_HEADER = "idempotency-key"


def generate_secret(nbytes: int = 32) -> str:
    """A fresh random shared secret for ``hmacSharedSecret`` (URL-safe text, ``nbytes`` of entropy)."""
    if nbytes < 16:
        raise ValueError("a webhook secret needs at least 16 random bytes")
    return secrets.token_urlsafe(nbytes)


def sign(secret: str | bytes, idempotency_key: str, body: bytes) -> str:
    """The ``x-request-signature`` value for one delivery."""
    key = secret.encode() if isinstance(secret, str) else secret
    message = idempotency_key.encode() + b"&" + body
    return base64.b64encode(hmac.new(key, message, hashlib.sha512).digest()).decode("ascii")


def verify_signature(secret: str | bytes, idempotency_key: str, body: bytes, signature: str | None) -> bool:
    """Whether ``signature`` is the signature of ``body`` (constant-time comparison)."""
    if not signature:
        return False
    expected = sign(secret, idempotency_key, body).encode("ascii")
    try:
        given = signature.strip().encode("ascii")
    except UnicodeEncodeError:
        return False
    return hmac.compare_digest(expected, given)
