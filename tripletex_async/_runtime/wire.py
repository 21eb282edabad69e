"""The wire form of a model: its JSON objects decoded straight from the bytes into msgspec Structs.

Decoding a page into plain dicts and then looking up every property of every dict costs about as
much again as the decode itself. msgspec (already the decoder, see decode.py) can instead decode
each record of a list page into a Struct whose fields are the model's properties under their JSON
names: the key lookup and renaming happen in C, absent properties come out as ``UNSET``, and the
Structs are not tracked by the cyclic GC. The model's generated converter then copies the fields
into the model's slots (null becomes ``UNSET``, nested objects and enums are parsed as usual).

The wire form only takes what it can represent exactly: an unknown key (a property the spec does
not know, kept by ``from_dict`` in ``additional_properties``), a null record, a record that is not
an object, an envelope key other than the list envelope's own, or anything msgspec itself refuses
makes :func:`decode_page` return None, and the caller decodes the page the ordinary way
(:func:`~.decode.loads` + ``from_dict``), so results and errors are exactly those of ``from_dict``.
A converter that fails on a value (a nested object that does not fit) is retried the same way.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, NamedTuple, Protocol, TypeVar, cast

from .decode import loads
from .model import gc_paused, parse_model, wire_spec
from .unset import UNSET

if TYPE_CHECKING:
    from .model import Model

__all__ = [
    "Converter",
    "ListEnvelope",
    "ModelParsers",
    "WireForm",
    "WirePage",
    "WireSpec",
    "convert_records",
    "decode_page",
    "envelope_model",
    "parse_json",
    "wire_form",
]

_M = TypeVar("_M", bound="Model")

Converter = Callable[[Any], Any]
#: ``(python_name, json_name)`` of each property of a model
Fields = tuple[tuple[str, str], ...]


class WireSpec(NamedTuple):
    """What a generated model declares of its wire form: its properties and its converter."""

    fields: Fields
    convert: Converter


class ModelParsers(NamedTuple):
    """What a generated model's ``_tx_build_parser`` returns: the parser of a decoded JSON object and
    the wire form's declaration (None for a model that has none: envelopes, models with required
    properties)."""

    parse: Converter
    wire: WireSpec | None


class WireForm(NamedTuple):
    """A model's Struct type (one field per property, JSON names) and its converter to the model."""

    struct: type
    convert: Converter


class WirePage(NamedTuple):
    """A list page decoded through its records' wire form.

    ``envelope`` holds the envelope keys the page had (``fullResultSize``, ``from``, ``count``,
    ``versionDigest``, as sent); ``values`` the records as Structs, ``convert`` turns one into the
    model.
    """

    envelope: dict[str, Any]
    values: list[Any]
    convert: Converter


def _struct(name: str, fields: Fields, *more: tuple[str, Any, Any]) -> type:
    """A wire Struct: every field of ``fields`` takes any JSON value (absent: UNSET), then ``more``
    fields as given; an unknown key is refused; not tracked by the cyclic GC."""
    import msgspec

    return msgspec.defstruct(
        f"{name}Wire",
        [*((python, Any, UNSET) for python, _json in fields), *more],
        rename=dict(fields),
        gc=False,
        forbid_unknown_fields=True,
        module=__name__,
    )


_forms: dict[type, WireForm | None] = {}


def wire_form(cls: type[Model]) -> WireForm | None:
    """The model's wire form, its Struct built on first use; None when the model has none."""
    if cls not in _forms:
        spec = wire_spec(cls)
        _forms[cls] = WireForm(_struct(cls.__name__, spec.fields), spec.convert) if spec else None
    return _forms[cls]


class _PageDecoder(NamedTuple):
    decode: Callable[[Any], Any]
    fields: Callable[[Any], tuple[Any, ...]]  # a decoded page's field values, in order
    keys: tuple[str, ...]  # the JSON names of the envelope's properties other than values
    convert: Converter


_decoders: dict[type, _PageDecoder | None] = {}


def _page_decoder(envelope_cls: type[Model]) -> _PageDecoder | None:
    """The typed decoder of ``envelope_cls`` pages (None when its records have no wire form)."""
    if envelope_cls in _decoders:
        return _decoders[envelope_cls]
    found: _PageDecoder | None = None
    form = envelope_cls._tx_list_envelope()
    wire = wire_form(form[0]) if form is not None else None
    if form is not None and wire is not None:
        import msgspec

        keys = form[1]
        records: Any = list.__class_getitem__(wire.struct)  # list[<the records' Struct>]
        envelope = _struct(envelope_cls.__name__, keys, ("values", records | None, None))
        found = _PageDecoder(
            msgspec.json.Decoder(envelope).decode,
            msgspec.structs.astuple,
            tuple(json for _python, json in keys),
            wire.convert,
        )
    _decoders[envelope_cls] = found
    return found


def decode_page(envelope_cls: type[Model], content: bytes | bytearray | memoryview) -> WirePage | None:
    """The page ``content`` of a list answer (``envelope_cls`` is its ``ListResponseX``) decoded
    through its records' wire form; None when it does not fit (decode it the ordinary way)."""
    decoder = _page_decoder(envelope_cls)
    if decoder is None:
        return None
    try:
        page = decoder.decode(content)
    except ValueError:  # msgspec's DecodeError/ValidationError: not the exact shape, or not JSON
        return None
    *sent, values = decoder.fields(page)
    envelope = {json: value for json, value in zip(decoder.keys, sent, strict=True) if value is not UNSET}
    return WirePage(envelope, values or [], decoder.convert)


class ListEnvelope(Protocol):
    """A list envelope model (``ListResponseX``): its records in ``values``."""

    values: list[Any]


def envelope_model(cls: type[_M], envelope: dict[str, Any], values: list[Any]) -> _M:
    """The ``cls`` envelope model of a wire page: its envelope keys parsed by ``from_dict``, then
    the records already converted."""
    model = parse_model(cls, {**envelope, "values": []})
    cast("ListEnvelope", model).values = values
    return model


def convert_records(convert: Converter, records: list[Any]) -> list[Any]:
    """``records`` (wire form) converted into their model, with the cyclic GC paused meanwhile
    (see :func:`~.model.gc_paused`)."""
    with gc_paused():
        return list(map(convert, records))


def parse_json(cls: type[_M], content: bytes | bytearray | memoryview) -> _M:
    """A model from the JSON bytes of an answer (``Model.from_json``): a list page through its
    records' wire form when it fits, otherwise decoded and parsed by ``from_dict``. ValueError if
    the bytes are not JSON, ModelParseError if the value does not fit the model."""
    page = decode_page(cls, content)
    if page is not None:
        try:
            values = convert_records(page.convert, page.values)
        except Exception:  # a value that does not fit: from_dict below names it
            values = None
        if values is not None:
            return envelope_model(cls, page.envelope, values)
    return parse_model(cls, loads(content))
