"""The delivery signature: ``x-request-signature = base64(HMAC-SHA512(secret, idempotency-key + "&" + body))``.

As the spec describes ``Subscription.hmacSharedSecret``: the message is the ``idempotency-key``
header's value, ``&`` and the raw request body, keyed with the shared secret.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import secrets

from ..errors import ConfigurationError

__all__ = [
    "IDEMPOTENCY_HEADER",
    "SIGNATURE_HEADER",
    "SignatureCheck",
    "generate_secret",
    "sign",
    "verify_signature",
]

SIGNATURE_HEADER = "x-request-signature"
IDEMPOTENCY_HEADER = "idempotency-key"


def generate_secret(nbytes: int = 32) -> str:
    """A fresh random shared secret for ``hmacSharedSecret`` (URL-safe text, ``nbytes`` of entropy)."""
    if nbytes < 16:
        raise ConfigurationError("a webhook secret needs at least 16 random bytes")
    return secrets.token_urlsafe(nbytes)


def _started(secret: str | bytes, idempotency_key: str) -> hmac.HMAC:
    key = secret.encode() if isinstance(secret, str) else secret
    mac = hmac.new(key, digestmod=hashlib.sha512)
    mac.update(idempotency_key.encode())
    mac.update(b"&")
    return mac


def sign(secret: str | bytes, idempotency_key: str, body: bytes) -> str:
    """The ``x-request-signature`` value for one delivery."""
    mac = _started(secret, idempotency_key)
    mac.update(body)
    return base64.b64encode(mac.digest()).decode("ascii")


def _matches(mac: hmac.HMAC, signature: str | None) -> bool:
    if not signature:
        return False
    expected = base64.b64encode(mac.digest())
    try:
        given = signature.strip().encode("ascii")
    except UnicodeEncodeError:
        return False
    return hmac.compare_digest(expected, given)


def verify_signature(secret: str | bytes, idempotency_key: str, body: bytes, signature: str | None) -> bool:
    """Whether ``signature`` is the signature of ``body`` (constant-time comparison)."""
    mac = _started(secret, idempotency_key)
    mac.update(body)
    return _matches(mac, signature)


class SignatureCheck:
    """The signature of a body that arrives in chunks: ``update`` each chunk, then ``verify``.

    One HMAC per secret (rotation), fed as the bytes arrive: no copy of the key and body
    concatenated, and nothing kept but the running digests.
    """

    def __init__(self, secrets: list[bytes], idempotency_key: str) -> None:
        self._macs = [_started(s, idempotency_key) for s in secrets]

    def update(self, chunk: bytes) -> None:
        for mac in self._macs:
            mac.update(chunk)

    def verify(self, signature: str | None) -> bool:
        # every secret is checked (no early exit on the first match) to keep timing uniform
        results = [_matches(mac, signature) for mac in self._macs]
        return any(results)
