"""The base of the generated models: each property is parsed from the JSON object when first read.

Also the request-body switch (`request_body_serialization`): while it is on, models leave their
read-only properties out of `to_dict`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from contextvars import ContextVar
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from .unset import UNSET

__all__ = [
    "ADDITIONAL_PROPERTIES",
    "LazyModel",
    "ParserTable",
    "PropertyParser",
    "Shape",
    "lazy_model",
    "mark_assigned",
    "request_body_serialization",
    "serializing_request_body",
]


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


# Lazy parsing of the models (see LazyModel).
class _AdditionalProperties:
    """The key of `additional_properties` in a model's parser table (not a JSON key)."""

    __slots__ = ()

    def __repr__(self) -> str:
        return "(additional properties)"

    __str__ = __repr__


class _Parsed:
    """Replaces, in a lazy model's JSON object, the value of a property whose attribute is set."""

    __slots__ = ()

    def __repr__(self) -> str:
        return "<parsed>"


ADDITIONAL_PROPERTIES = _AdditionalProperties()
_PARSED = _Parsed()

# A property's parser: the JSON value (never null) -> the attribute's value. That of
# `additional_properties` gets the whole JSON object.
PropertyParser = Callable[[Any], Any]
# python name -> (JSON key, its parser or None for a plain JSON value); null is unset.
ParserTable = dict[str, tuple[str | _AdditionalProperties, PropertyParser | None]]
# (JSON key, JSON type its value must have or None, required): what from_dict checks.
Shape = tuple[str, type | None, bool]

_JSON_TYPE_NAMES = {
    dict: "an object",
    list: "an array",
    str: "a string",
    int: "an integer",
    float: "a number",
}

_M = TypeVar("_M", bound="LazyModel")


def lazy_model(cls: type[_M], src_dict: Mapping[str, Any], shapes: tuple[Shape, ...]) -> _M:
    """A model's `from_dict`: a new instance that keeps (a shallow copy of) the JSON object.

    Only the top-level shape is checked here: required keys, and the JSON type of each value that
    is converted (an object for a model, an array for a list, a string for an enum or a date).
    Everything below is parsed, and checked, when the property is first read.
    """
    obj = cls._tx_from_json(src_dict)
    d = _source_slot(obj)
    for key, kind, required in shapes:
        value = d.get(key)
        if value is None:
            if required:
                raise KeyError(key)
        elif kind is not None and not isinstance(value, kind):
            raise TypeError(
                f"{cls.__name__}.{key}: expected {_JSON_TYPE_NAMES.get(kind, kind.__name__)}, "
                f"got {type(value).__name__} {value!r:.80}"
            )
    return obj


def _parser_table(cls: type[LazyModel]) -> ParserTable:
    table = cls._tx_table
    if table is None:
        table = cls._tx_table = cls._tx_parsers()
    return table


def _parse(cls: type, key: str | _AdditionalProperties, raw: Any, parse: PropertyParser) -> Any:
    """One property's value from its JSON value (never null; for `additional_properties`, the whole
    JSON object). The callers handle null (unset) and plain JSON values (no parser) inline."""
    try:
        return parse(raw)
    except Exception as exc:
        raise ValueError(
            f"{cls.__name__}.{key}: could not parse the service's value: {type(exc).__name__}: {exc}"
        ) from exc


class LazyModel:
    """Base of the generated models: each property is parsed from the JSON object when first read.

    `from_dict` keeps the JSON object in `_tx_src` and sets no attribute. Reading an attribute whose
    slot is still empty ends in `__getattr__`, which parses that one property (null is unset),
    stores it in its slot and returns it; later reads are plain slot reads. The JSON value of a
    property whose attribute is set (read or assigned) is replaced by a mark, so that `to_dict`
    (which first parses what is left, then drops the JSON object) never overwrites an assignment.
    `==`, repr, `attrs.evolve` and pickling read every attribute, so they see what `__init__`
    would have built. A model built with `__init__` has no JSON object (`_tx_src` is None).
    """

    __slots__ = ("_tx_src",)

    _tx_src: dict[Any, Any] | None
    # python name -> (JSON key, parser), built by _tx_parsers on first use (each model has its own)
    _tx_table: ClassVar[ParserTable | None] = None

    @staticmethod
    def _tx_parsers() -> ParserTable:
        return {}

    @classmethod
    def _tx_from_json(cls: type[_M], src_dict: Any) -> _M:
        """`from_dict` for a value inside another model: checks that it is an object, nothing more."""
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"{cls.__name__}.from_dict expects a JSON object, got {type(src_dict).__name__}")
        obj = cls.__new__(cls)
        _set_source(obj, dict(src_dict))
        return obj

    def __attrs_pre_init__(self) -> None:
        object.__setattr__(self, "_tx_src", None)

    def _tx_load(self) -> None:
        """Parse every property not read or assigned yet, then drop the JSON object."""
        try:
            src = _source_slot(self)
        except AttributeError:  # unpickled or copied: every attribute is set
            return
        if src is None:
            return
        cls = type(self)
        set_ = object.__setattr__
        for name, (key, parse) in _parser_table(cls).items():
            raw = src.get(key)
            if raw is _PARSED:
                continue
            if raw is None and key is not ADDITIONAL_PROPERTIES:
                set_(self, name, UNSET)
            elif parse is None:
                set_(self, name, raw)
            else:
                set_(self, name, _parse(cls, key, src if key is ADDITIONAL_PROPERTIES else raw, parse))
        set_(self, "_tx_src", None)

    if not TYPE_CHECKING:  # mypy keeps checking attribute names on the models

        def __getattr__(self, name: str) -> Any:
            cls = type(self)
            table = cls._tx_table
            if table is None:
                table = _parser_table(cls)
            entry = table.get(name)
            if entry is not None:
                try:
                    src = _source_slot(self)
                except AttributeError:  # unpickled or copied: every attribute is set
                    src = None
                if src is not None:
                    key, parse = entry
                    raw = src.get(key)
                    if raw is not _PARSED:  # (else: deleted after it was set)
                        if raw is None and key is not ADDITIONAL_PROPERTIES:
                            value = UNSET
                        elif parse is None:
                            value = raw
                        else:
                            value = _parse(cls, key, src if key is ADDITIONAL_PROPERTIES else raw, parse)
                        object.__setattr__(self, name, value)
                        src[key] = _PARSED
                        return value
            raise AttributeError(f"{cls.__name__!r} object has no attribute {name!r}", name=name, obj=self)


def mark_assigned(instance: LazyModel, attribute: Any, value: Any) -> Any:
    """The models' attrs `on_setattr` hook: an assigned property is never parsed from the JSON later.

    (A hook rather than a `__setattr__`, so that attrs' `__init__` keeps setting slots directly.)
    """
    try:
        src = _source_slot(instance)
    except AttributeError:  # unpickled or copied: every attribute is set
        return value
    if src is not None:
        entry = _parser_table(type(instance)).get(attribute.name)
        if entry is not None:
            src[entry[0]] = _PARSED
    return value


_source_slot = LazyModel.__dict__["_tx_src"].__get__
_set_source = LazyModel.__dict__["_tx_src"].__set__
