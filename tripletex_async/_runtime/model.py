"""What the generated models are built on: the base class, the generated parsers' entry point and
error, enum lookups and the masked repr of secrets.

Each generated model has a ``_tx_build_parser`` classmethod that returns one straight-line function
(JSON object -> instance): it creates the instance without ``__init__``, sets every slot directly
(null and absent are UNSET), parses nested models with their own parser and tolerates enum values
the spec does not list. The function is built on a model's first parse (so that importing a model
does not import every model it refers to) and kept on the class as ``_tx_parse``.
"""

from __future__ import annotations

import gc
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from contextvars import ContextVar
from enum import Enum
from typing import TYPE_CHECKING, Any, TypeVar

if TYPE_CHECKING:
    from .wire import ModelParsers, WireSpec

__all__ = [
    "Model",
    "ModelParseError",
    "enum_members",
    "enum_value",
    "gc_paused",
    "not_an_array",
    "parse_error",
    "parse_model",
    "request_body_serialization",
    "required",
    "secret_repr",
    "serializing_request_body",
    "url_credentials_repr",
    "wire_spec",
]

_M = TypeVar("_M", bound="Model")
_E = TypeVar("_E", bound=Enum)

Parser = Callable[[Any], Any]

_REQUEST_BODY: ContextVar[bool] = ContextVar("tripletex_request_body", default=False)


def serializing_request_body() -> bool:
    """True while a model is serialized as a request body: read-only properties are then left out."""
    return _REQUEST_BODY.get()


@contextmanager
def request_body_serialization() -> Iterator[None]:
    """Serialize models as request bodies (without read-only properties) inside this block."""
    token = _REQUEST_BODY.set(True)
    try:
        yield
    finally:
        _REQUEST_BODY.reset(token)


_JSON_TYPE_NAMES = {
    dict: "an object",
    list: "an array",
    str: "a string",
    int: "an integer",
    float: "a number",
    bool: "a boolean",
}


class ModelParseError(ValueError):
    """A JSON value that does not fit its model; ``path`` names where (``("Customer",
    "postalAddress", "Address", "country")`` reads ``Customer.postalAddress -> Address.country``)."""

    def __init__(self, path: tuple[str, ...], detail: str) -> None:
        self.path = path
        self.detail = detail
        super().__init__(f"{_render(path)}: {detail}")

    def __reduce__(self) -> tuple[Any, ...]:
        return (type(self), (self.path, self.detail))


def _render(path: tuple[str, ...]) -> str:
    pairs = [".".join(path[i : i + 2]) for i in range(0, len(path), 2)]
    return " -> ".join(pairs)


def _describe(value: Any) -> str:
    kind = _JSON_TYPE_NAMES.get(type(value), type(value).__name__)
    return f"{kind} {value!r:.80}"


def parse_error(cls: type, key: str | None, src: Any, exc: Exception) -> ModelParseError:
    """The error a generated parser raises: names ``Model.property`` (and, for a nested model, the
    path down to the property that did not fit)."""
    if key is None:  # the value itself is not an object
        if not isinstance(src, Mapping):
            return ModelParseError((cls.__name__,), f"expected a JSON object, got {_describe(src)}")
        return ModelParseError((cls.__name__,), f"{type(exc).__name__}: {exc}")
    if isinstance(exc, ModelParseError):
        return ModelParseError((cls.__name__, key, *exc.path), exc.detail)
    value = src.get(key) if isinstance(src, Mapping) else None
    if isinstance(exc, KeyError) and value is None:
        return ModelParseError((cls.__name__, key), "required, but absent or null")
    return ModelParseError(
        (cls.__name__, key),
        f"could not parse the service's value ({_describe(value)}): {type(exc).__name__}: {exc}",
    )


def not_an_array(value: Any) -> Any:
    """A list property whose JSON value is not an array (called from the generated parsers)."""
    raise TypeError(f"expected an array, got {_describe(value)}")


def required(key: str) -> Any:
    """A required property that is absent or null (called from the generated parsers)."""
    raise KeyError(key)


class Model:
    """Base of the generated models (attrs classes with slots).

    ``from_dict`` parses the whole JSON object at once with the model's generated parser; reading
    a property afterwards is a plain slot read, whatever and however much the caller reads.
    """

    __slots__ = ()

    @classmethod
    def from_json(cls: type[_M], content: bytes | bytearray | memoryview) -> _M:
        """The instance parsed from JSON bytes (a service's answer body): like
        ``from_dict(json.loads(content))``, and for list pages without building the dicts first.
        ValueError if ``content`` is not JSON; ModelParseError (a ValueError) if it does not fit."""
        from .wire import parse_json

        return parse_json(cls, content)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        raise NotImplementedError(f"{cls.__name__} has no generated parser")

    @classmethod
    def _tx_list_envelope(cls) -> tuple[type[Model], tuple[tuple[str, str], ...]] | None:
        """For a list envelope (``ListResponseX``, generated): the model of its records and its
        other properties as ``(python_name, json_name)``; None for every other model."""
        return None

    @classmethod
    def _tx_parse(cls, src: Any) -> Any:
        """The first parse of a model: build its parser and keep it on the class as ``_tx_parse``
        (the generated parsers call ``Nested._tx_parse(value)``), then use it."""
        return _parser(cls)(src)


_wire_specs: dict[type, WireSpec | None] = {}


def _parser(cls: type[Model]) -> Parser:
    entry = cls.__dict__.get("_tx_parse")
    if isinstance(entry, staticmethod):
        return entry.__func__
    parsers = cls._tx_build_parser()
    _wire_specs[cls] = parsers.wire
    setattr(cls, "_tx_parse", staticmethod(parsers.parse))  # noqa: B010 (a class-level cache)
    return parsers.parse


def wire_spec(cls: type[Model]) -> WireSpec | None:
    """What the model declares of its wire form (see wire.py), read with its parser on first use;
    None if it has none."""
    if cls not in _wire_specs:
        _parser(cls)
    return _wire_specs.get(cls)


@contextmanager
def gc_paused() -> Iterator[None]:
    """The cyclic GC paused for a parse (then enabled again; left alone if the caller turned it off).

    A parse allocates only acyclic objects (models, lists) that all survive it: the collector would
    traverse them again and again while a page is parsed (about 40% of the time of a 1,000-record
    page). It runs again right after."""
    if not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()


def parse_model(cls: type[_M], src: Mapping[str, Any]) -> _M:
    """A model's ``from_dict``: the instance parsed from a JSON object (ModelParseError if it does
    not fit; the error names ``Model.property``)."""
    parse = _parser(cls)
    with gc_paused():
        obj = parse(src)
    return obj  # type: ignore[no-any-return]


def enum_members(cls: type[_E]) -> dict[Any, _E]:
    """value -> member of an enum, for the generated parsers' fast lookup."""
    return {member.value: member for member in cls}


def enum_value(cls: type[_E], value: Any) -> _E:
    """The member for a value the lookup did not hold: a value the spec does not list is kept
    (the generated enums' ``_missing_``), a value of the wrong JSON type is an error."""
    if type(value) not in (str, int):
        raise TypeError(f"expected {cls.__name__}, got {_describe(value)}")
    return cls(value)


def secret_repr(value: Any) -> str:
    """repr of a write-only secret (an HMAC secret, an auth header value): never its text."""
    return repr(value) if not isinstance(value, str) else "'***'"


def url_credentials_repr(value: Any) -> str:
    """repr of a URL that may carry credentials (``https://user:password@host/...``): the password
    is masked, the rest shown."""
    if not isinstance(value, str):
        return repr(value)
    scheme, sep, rest = value.partition("://")
    if not sep:
        return repr(value)
    authority, slash, path = rest.partition("/")
    userinfo, at, host = authority.rpartition("@")
    if not at:
        return repr(value)
    user = userinfo.partition(":")[0]
    return repr(f"{scheme}://{user}:***@{host}{slash}{path}")
