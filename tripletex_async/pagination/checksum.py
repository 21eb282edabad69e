"""Conditional list reads: ``await tx.fetch_if_changed(tx.customer.search, digest=previous, ...)``.

Tripletex answers ``If-None-Match: <versionDigest>`` with 304 when the list is unchanged. Real
answers often carry sentences in ``versionDigest`` ("'If-None-Match' header not specified",
"Checksum not yet supported for this endpoint") or null: those are not digests. This module only
ever sends a real digest (or a value that never matches, which makes the service answer with a
real digest), reports ``unchanged`` only on an actual 304, and exposes a digest only when it is one.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, Generic, TypeVar

from ..bound_operation import resolve_operation
from ..errors import ResponseParseError
from .page import NO_MATCH_DIGEST, Page, build_page, decode_list_body, real_digest

__all__ = ["ChecksumResult", "fetch_if_changed"]

T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class ChecksumResult(Generic[T]):
    """The answer to a conditional read.

    ``unchanged`` is True only when the service answered 304 to the real digest we sent; then
    ``digest`` is that digest and ``page`` is None. Otherwise ``page`` holds the answer and
    ``digest`` is its real digest, or None when the service sent a sentence or null (then the
    endpoint cannot be checked this way, and the next call fetches again).
    """

    unchanged: bool
    digest: str | None
    page: Page[T] | None
    status: int
    sent_digest: str | None = None
    raw_digest: str | None = field(default=None, repr=False)

    @property
    def changed(self) -> bool:
        return not self.unchanged

    @property
    def items(self) -> list[T]:
        """The values of the page (empty when unchanged)."""
        return list(self.page.values) if self.page is not None else []

    @property
    def supported(self) -> bool:
        """False when the endpoint gave no real digest (a sentence or null)."""
        return self.digest is not None


async def fetch_if_changed(
    operation: Callable[..., Any], *, digest: str | None = None, raw: bool = False, **params: Any
) -> ChecksumResult[Any]:
    """Fetch one page of a list operation unless it is unchanged since ``digest``.

    ``digest`` is a previous result's ``.digest`` (None, or a sentence, means "fetch"). Other keyword
    arguments are the operation's parameters (``from_``, ``count``, ``fields``, filters...).
    """
    op = resolve_operation(operation, paginated=True)
    params = op.check_params(params)
    sent = real_digest(digest)
    kwargs = op.build(params)
    response = await op.executor.send(kwargs, headers={"If-None-Match": sent or NO_MATCH_DIGEST})
    if response.status_code == 304:
        if sent is None:
            raise ResponseParseError.from_response(
                response, "304 Not Modified although no previous digest was sent"
            )
        return ChecksumResult(True, sent, None, 304, sent_digest=sent, raw_digest=sent)
    data = decode_list_body(response)
    start = params.get("from_", 0)
    size = params.get("count", 1000)
    page = build_page(
        data,
        response,
        None if raw else op.response_model,
        index=0,
        from_=start if isinstance(start, int) else 0,
        requested_count=size if isinstance(size, int) else len(data["values"]),
        count=len(data["values"]),
    )
    return ChecksumResult(
        False,
        page.version_digest,
        page,
        response.status_code,
        sent_digest=sent,
        raw_digest=page.raw_version_digest,
    )
