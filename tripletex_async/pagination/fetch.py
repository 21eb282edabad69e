"""The page fetcher: build one page request, send it, read the envelope, check offset and size.

A page comes back as :class:`Fetched`: decoded, or (a full page by its envelope, when the walk
allows it) with decoding deferred so that parsing overlaps the next requests. :meth:`PageFetcher.page`
turns it into a :class:`~tripletex_async.pagination.page.Page` (typed or raw). Nothing here knows
about rounds, windows or consistency.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import httpx

from .._runtime import RequestArgs
from .._runtime.wire import Converter
from ..errors import ResponseParseError
from .options import WalkOptions
from .page import (
    NO_MATCH_DIGEST,
    Page,
    build_page,
    decode_list_body,
    decode_typed_body,
    envelope_int,
    parse_in_steps,
    peek_envelope,
)

__all__ = ["Fetched", "PageFetcher"]


@dataclass(slots=True)
class Fetched:
    """One page answer as it came off the wire."""

    index: int
    from_: int
    response: httpx.Response
    data: dict[str, Any] | None  # None: JSON decoding deferred (a full page by its envelope)
    size: int  # values on the page (from the envelope's count while decoding is deferred)
    total: int | None  # fullResultSize
    not_modified: bool = False  # a 304 to the conditional first page (``if_none_match``)
    unpaged: bool = False  # page 0 held more values than asked: the service ignored ``count``
    model: Any = None  # the parsed ListResponseX, once parse_in_steps ran
    convert: Converter | None = None  # the values are wire-form records (typed walks): their converter


class PageFetcher:
    """Fetches page ``index`` of one walk (offset ``start + index * page_size``)."""

    def __init__(self, options: WalkOptions) -> None:
        self.options = options
        self.label = options.op.label
        self.model: Any = None if options.raw else options.op.response_model
        #: a never-matching digest makes the service send real digests (consistency checks)
        self.headers = {"If-None-Match": NO_MATCH_DIGEST} if options.checks_ids else None

    def _request(self, offset: int) -> RequestArgs:
        """The one place a page request is built from the generated operation."""
        options = self.options
        return options.op.build({**options.params, "from_": offset, "count": options.page_size})

    async def fetch(self, index: int, *, conditional: str | None, defer: bool) -> Fetched:
        """Send page ``index`` (with ``If-None-Match: conditional`` when given; a 304 is then
        ``not_modified``). ``defer``: a full page by its envelope is returned undecoded."""
        offset = self.options.start + index * self.options.page_size
        headers = self.headers
        if conditional is not None:
            headers = {**(headers or {}), "If-None-Match": conditional}
        response = await self.options.op.executor.send(self._request(offset), headers=headers)
        if response.status_code == 304:
            if conditional is not None:
                return Fetched(index, offset, response, None, 0, None, not_modified=True)
            raise ResponseParseError.from_response(response, "304 Not Modified to a page request")
        size, total, echoed = peek_envelope(response.content)
        if size:
            self._check_offset(response, offset, echoed)
        if defer and size is not None and size == self.options.page_size:
            # A full page by its envelope: decoded while the next requests are in flight. A short page
            # (the end of the walk) is always decoded now, so the end never rests on `count` alone.
            return Fetched(index, offset, response, None, size, total)
        fetched = Fetched(index, offset, response, None, 0, None)
        self.decode(fetched)
        return fetched

    def decode(self, fetched: Fetched) -> None:
        """Decode the body of ``fetched`` (if not yet) and check its offset and size."""
        if fetched.data is not None:
            return
        if self.model is None:
            data = decode_list_body(fetched.response)
        else:
            data, fetched.convert = decode_typed_body(fetched.response, self.model)
        if data["values"]:
            self._check_offset(fetched.response, fetched.from_, envelope_int(data, "from"))
        fetched.data = data
        fetched.size = self._check_size(fetched, len(data["values"]))
        fetched.total = envelope_int(data, "fullResultSize")

    def page(self, fetched: Fetched) -> Page[Any]:
        """The decoded page, its values parsed into the operation's model (or kept as dicts)."""
        self.decode(fetched)
        assert fetched.data is not None
        return build_page(
            fetched.data,
            fetched.response,
            self.model,
            index=fetched.index,
            from_=fetched.from_,
            requested_count=self.options.page_size,
            count=fetched.size,
            model=fetched.model,
        )

    async def parse(self, fetched: Fetched) -> None:
        """Parse the decoded page into the operation's model a step at a time (typed walks)."""
        if self.model is not None and fetched.model is None and fetched.data is not None:
            fetched.model = await parse_in_steps(fetched.data, fetched.response, self.model, fetched.convert)
            # the JSON records are not needed any more: fewer objects for the cyclic GC to traverse
            fetched.data["values"] = []

    def _check_offset(self, response: httpx.Response, offset: int, echoed: int | None) -> None:
        """A page with values whose envelope names another offset than asked: the service does not
        page this list by ``from``, and walking on would repeat records (or never end). Empty pages
        are not checked: they end the walk, whatever offset they name."""
        if echoed is not None and echoed != offset:
            raise ResponseParseError.from_response(
                response,
                f"asked {self.label} for from={offset}, the answer says from={echoed}: "
                "the service does not page this list by offset",
            )

    def _check_size(self, fetched: Fetched, size: int) -> int:
        """More values than ``count`` asked for: on the first page the service ignored ``count``
        and sent the whole list (kept as ``unpaged``; the walk ends there); on a later page it
        cannot be placed, so it is an error rather than records repeated."""
        page_size = self.options.page_size
        if size <= page_size:
            return size
        if fetched.index > 0:
            raise ResponseParseError.from_response(
                fetched.response,
                f"{size} values for count={page_size} on page {fetched.index} of {self.label}: "
                "the service ignores count for this list",
            )
        fetched.unpaged = True
        return size
