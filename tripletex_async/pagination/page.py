"""One page of a list answer, the list envelope, and what counts as a real ``versionDigest``."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any, Generic, TypeVar

import httpx

from .._runtime.decode import loads
from .._runtime.wire import Converter, convert_records, decode_page, envelope_model
from ..errors import ResponseParseError
from .yielding import yield_to_waiting

__all__ = ["NO_MATCH_DIGEST", "Page", "decode_list_body", "is_real_digest", "real_digest"]

T = TypeVar("T")

#: Sent as ``If-None-Match`` when there is no previous digest: it never matches, and it makes the
#: service answer with a real ``versionDigest`` instead of "'If-None-Match' header not specified".
NO_MATCH_DIGEST = "tripletex-async-no-match"

# A digest is one token (hex, base64, an ETag): no spaces, no sentence punctuation.
_DIGEST_RE = re.compile(r'(?:W/)?"?[A-Za-z0-9+/=_:.\-]{1,200}"?')

#: Envelope keys; anything else in the answer (e.g. ``sumAllHours``) is kept in ``Page.extra``.
ENVELOPE_KEYS = frozenset({"fullResultSize", "from", "count", "versionDigest", "values"})


def is_real_digest(value: object) -> bool:
    """True for an actual checksum; False for None, "" and the service's explanatory sentences
    ("'If-None-Match' header not specified", "Checksum not yet supported for this endpoint")."""
    return isinstance(value, str) and value != NO_MATCH_DIGEST and _DIGEST_RE.fullmatch(value) is not None


def real_digest(value: object) -> str | None:
    """``value`` if it is a real digest, else None."""
    return value if is_real_digest(value) else None  # type: ignore[return-value]


@dataclass(slots=True)
class Page(Generic[T]):
    """A page of results with its envelope.

    ``from_`` and ``requested_count`` are what was asked; ``count`` is how many values came back.
    ``full_result_size`` is the service's (documented as inexact) total, None if absent;
    ``version_digest`` is set only for a real digest (``raw_version_digest`` is the text as sent).
    ``model`` is the parsed envelope (``ListResponseX``) in typed mode, None in raw mode.
    """

    index: int
    from_: int
    requested_count: int
    values: list[T]
    count: int
    full_result_size: int | None
    version_digest: str | None
    raw_version_digest: str | None
    extra: dict[str, Any] = field(default_factory=dict)
    model: Any = None

    @property
    def is_short(self) -> bool:
        """Fewer values than asked for: the last page of the list."""
        return self.count < self.requested_count

    def __iter__(self) -> Iterator[T]:
        return iter(self.values)

    def __len__(self) -> int:
        return len(self.values)

    def __repr__(self) -> str:
        return (
            f"Page(index={self.index}, from_={self.from_}, count={self.count}, "
            f"full_result_size={self.full_result_size}, version_digest={self.version_digest!r})"
        )


def decode_list_body(response: httpx.Response) -> dict[str, Any]:
    """The JSON object of a list answer (``values`` always a list); ResponseParseError otherwise."""
    try:
        data = loads(response.content)
    except ValueError as exc:
        raise ResponseParseError.from_response(response, f"invalid JSON: {exc}") from exc
    if isinstance(data, list):  # a bare array: treat it as the values
        data = {"values": data}
    if not isinstance(data, dict):
        raise ResponseParseError.from_response(response, "expected a JSON object with 'values'")
    values = data.get("values")
    if values is None:
        data["values"] = []
    elif not isinstance(values, list):
        raise ResponseParseError.from_response(response, "'values' is not a list")
    return data


def decode_typed_body(response: httpx.Response, model_class: Any) -> tuple[dict[str, Any], Converter | None]:
    """A list answer decoded for a typed walk: through its records' wire form when the page fits it
    (the values are then Structs, and the converter turns one into its model), otherwise as
    :func:`decode_list_body` does (converter None)."""
    page = decode_page(model_class, response.content)
    if page is None:
        return decode_list_body(response), None
    return {**page.envelope, "values": page.values}, page.convert


#: Records parsed per step by :func:`parse_in_steps`.
PARSE_STEP = 200


async def parse_in_steps(
    data: dict[str, Any], response: httpx.Response, model_class: Any, convert: Converter | None = None
) -> Any:
    """``model_class.from_dict(data)`` of a decoded list body, PARSE_STEP values at a time with a
    yield to the loop between steps (:func:`~.yielding.yield_to_waiting`): parsing a 1,000-record page of real customers takes several
    milliseconds (several times that on a loaded machine), too long to hold the event loop.
    ``convert``: the values are wire-form records (:func:`decode_typed_body`); one that does not
    convert sends the whole page through ``from_dict``, which names what does not fit."""
    values = data["values"]
    if convert is not None:
        try:
            parsed: list[Any] = []
            for start in range(0, len(values), PARSE_STEP):
                if start:
                    await yield_to_waiting()
                parsed += convert_records(convert, values[start : start + PARSE_STEP])
            with ResponseParseError.guard(response):
                return envelope_model(model_class, data, parsed)  # its values replaced by those parsed
        except ResponseParseError:
            raise
        except Exception:
            data = decode_list_body(response)
            values = data["values"]
    with ResponseParseError.guard(response):
        model = model_class.from_dict({**data, "values": values[:PARSE_STEP]})
    parsed = model.values
    if not isinstance(parsed, list):
        return model
    for start in range(PARSE_STEP, len(values), PARSE_STEP):
        await yield_to_waiting()
        with ResponseParseError.guard(response):
            parsed.extend(model_class.from_dict({"values": values[start : start + PARSE_STEP]}).values)
    return model


_PEEK_COUNT = re.compile(rb'"count"\s*:\s*(\d+)')
_PEEK_TOTAL = re.compile(rb'"fullResultSize"\s*:\s*(\d+)')
_PEEK_FROM = re.compile(rb'"from"\s*:\s*(\d+)')
_PEEK_BYTES = 512


def peek_envelope(content: bytes) -> tuple[int | None, int | None, int | None]:
    """``(count, fullResultSize, from)`` from the envelope before ``"values"`` without decoding the
    page (Tripletex writes the envelope first); all None when that is not the layout."""
    head = content[:_PEEK_BYTES]
    cut = head.find(b'"values"')
    if cut < 0 or not head.lstrip().startswith(b"{"):
        return None, None, None
    head = head[:cut]
    found = [pattern.search(head) for pattern in (_PEEK_COUNT, _PEEK_TOTAL, _PEEK_FROM)]
    count, total, start = (int(match.group(1)) if match else None for match in found)
    return count, total, start


def envelope_int(data: dict[str, Any], key: str) -> int | None:
    value = data.get(key)
    return value if isinstance(value, int) and not isinstance(value, bool) else None


def build_page(
    data: dict[str, Any],
    response: httpx.Response,
    model_class: Any,
    *,
    index: int,
    from_: int,
    requested_count: int,
    count: int,
    model: Any = None,
) -> Page[Any]:
    """A :class:`Page` from a decoded list body (:func:`decode_list_body`): ``values`` parsed into
    ``model_class`` (``ListResponseX``; ResponseParseError on a bad shape) unless ``model`` is that
    parse already (:func:`parse_in_steps`), or kept as dicts when ``model_class`` is None; the
    digest kept only when it is a real one."""
    if model_class is None:
        values: list[Any] = data["values"]
    else:
        if model is None:
            with ResponseParseError.guard(response):
                model = model_class.from_dict(data)
        values = model.values if isinstance(model.values, list) else []
    raw_digest = data.get("versionDigest")
    return Page(
        index=index,
        from_=from_,
        requested_count=requested_count,
        values=values,
        count=count,
        full_result_size=envelope_int(data, "fullResultSize"),
        version_digest=real_digest(raw_digest),
        raw_version_digest=raw_digest if isinstance(raw_digest, str) else None,
        extra={k: v for k, v in data.items() if k not in ENVELOPE_KEYS},
        model=model,
    )
