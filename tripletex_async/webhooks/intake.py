"""Reading a webhook delivery's body within bounds, before it is authenticated.

Nothing here trusts the sender: the body is read chunk by chunk, at most ``max_body`` bytes, within
a ``read_timeout`` for the whole body, with every chunk handed to the running signature check and
body digest as it arrives (no second copy). A declared ``Content-Length`` over the limit is refused
before one body byte is read. ``check_depth`` bounds JSON nesting before the parser recurses.
"""

from __future__ import annotations

import re
import time
from collections.abc import AsyncIterable, AsyncIterator, Callable, Mapping
from dataclasses import dataclass

import anyio

from ..errors import ClientGone, ConfigurationError, EnvelopeError, IntakeRefused

__all__ = [
    "DEFAULT_MAX_BODY",
    "DEFAULT_MAX_DEPTH",
    "DEFAULT_READ_TIMEOUT",
    "BodyLimits",
    "ClientGone",
    "IntakeRefused",
    "check_depth",
    "declared_length",
    "read_body",
]

DEFAULT_MAX_BODY = 1024 * 1024  # deliveries are a few KB; a full object with lines stays far below
DEFAULT_READ_TIMEOUT = 10.0  # seconds for the whole body
DEFAULT_MAX_DEPTH = 64  # Tripletex objects nest a handful of levels


@dataclass(frozen=True)
class BodyLimits:
    """How much of a delivery the receiver reads, how long it waits, how deep JSON may nest."""

    max_body: int = DEFAULT_MAX_BODY
    read_timeout: float = DEFAULT_READ_TIMEOUT
    max_depth: int = DEFAULT_MAX_DEPTH

    def __post_init__(self) -> None:
        if self.max_body < 1:
            raise ConfigurationError("max_body must be at least 1 byte")
        if not self.read_timeout > 0:
            raise ConfigurationError("read_timeout must be a positive number of seconds")
        if self.max_depth < 1:
            raise ConfigurationError("max_depth must be at least 1")


def declared_length(headers: Mapping[str, str], limits: BodyLimits) -> int | None:
    """The declared ``Content-Length`` (None if absent); refused at once if malformed or over the limit."""
    raw = headers.get("content-length")
    if raw is None:
        return None
    text = raw.strip()
    if not text.isdigit() or not text.isascii():
        raise IntakeRefused(400, "malformed content-length")
    length = int(text)
    if length > limits.max_body:
        raise IntakeRefused(413, f"body too large (limit {limits.max_body} bytes)")
    return length


async def read_body(
    chunks: AsyncIterable[bytes],
    limits: BodyLimits,
    consumers: tuple[Callable[[bytes], None], ...] = (),
    *,
    monotonic: Callable[[], float] = time.monotonic,
) -> bytearray:
    """Read ``chunks`` into one buffer, feeding each chunk to ``consumers`` as it arrives.

    Refuses with 413 as soon as the body passes ``max_body`` (the chunk that crosses it is not kept)
    and with 408 when the whole body has not arrived within ``read_timeout``.
    """
    body = bytearray()
    deadline = monotonic() + limits.read_timeout
    iterator: AsyncIterator[bytes] = aiter(chunks)
    while True:
        remaining = deadline - monotonic()
        if remaining <= 0:
            raise IntakeRefused(408, "body not received in time")
        try:
            with anyio.fail_after(remaining):
                chunk = await anext(iterator)
        except StopAsyncIteration:
            return body
        except TimeoutError:
            raise IntakeRefused(408, "body not received in time") from None
        if len(body) + len(chunk) > limits.max_body:
            raise IntakeRefused(413, f"body too large (limit {limits.max_body} bytes)")
        for consume in consumers:
            consume(chunk)
        body += chunk


_JSON_STRING = re.compile(rb'"[^"\\]*(?:\\.[^"\\]*)*"', re.DOTALL)
_NOT_BRACKET = re.compile(rb"[^\[\]{}]+")
_OPENING = frozenset(b"[{")


def check_depth(data: bytes | bytearray, max_depth: int) -> None:
    """``ValueError`` if the JSON text nests arrays/objects deeper than ``max_depth``.

    Strings are skipped (brackets inside them do not count), so the parser never meets a depth
    that would exhaust the interpreter's recursion limit.
    """
    brackets = _NOT_BRACKET.sub(b"", _JSON_STRING.sub(b"", data))
    depth = 0
    for byte in brackets:
        if byte in _OPENING:
            depth += 1
            if depth > max_depth:
                raise EnvelopeError(f"JSON nested deeper than {max_depth} levels")
        else:
            depth -= 1
