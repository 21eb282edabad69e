from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Model,
    ModelParsers,
    Unset,
    WireSpec,
    parse_error,
    parse_model,
)

if TYPE_CHECKING:
    from ..models.resource_messages_en import ResourceMessagesEn
    from ..models.resource_messages_no import ResourceMessagesNo


T = TypeVar("T", bound="ResourceMessages")


@_attrs_define
class ResourceMessages(Model):
    """
    Attributes:
        no (ResourceMessagesNo | Unset): Map of key value pairs for Norwegian text
        en (ResourceMessagesEn | Unset): Map of key value pairs for English text
    """

    no: ResourceMessagesNo | Unset = UNSET
    en: ResourceMessagesEn | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _v = self.no
        if _v is not UNSET:
            field_dict["no"] = _v.to_dict()
        _v = self.en
        if _v is not UNSET:
            field_dict["en"] = _v.to_dict()
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A ResourceMessages from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``ResourceMessages.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        from ..models.resource_messages_en import ResourceMessagesEn  # noqa: PLC0415
        from ..models.resource_messages_no import ResourceMessagesNo  # noqa: PLC0415

        _new = object.__new__
        _known: frozenset[str] = frozenset(
            (
                "no",
                "en",
            )
        )

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                u = UNSET
                g = d.get
                m = 0  # properties absent from d: d has additional keys if it is longer than the rest
                k = "no"
                v = g("no")
                if v is None:
                    o.no = u
                    if "no" not in d:
                        m += 1
                else:
                    o.no = ResourceMessagesNo._tx_parse(v)
                k = "en"
                v = g("en")
                if v is None:
                    o.en = u
                    if "en" not in d:
                        m += 1
                else:
                    o.en = ResourceMessagesEn._tx_parse(v)
                k = None
                o.additional_properties = (
                    {} if len(d) + m <= 2 else {key: v for key, v in d.items() if v is not None and key not in _known}
                )
                return o
            except Exception as exc:
                raise parse_error(cls, k, d, exc) from exc

        # The wire form (tripletex_async/_runtime/wire.py): a record decoded by msgspec into a Struct
        # with these fields (absent: UNSET), converted here; what does not fit goes through parse().
        _wire_fields = (
            ("no", "no"),
            ("en", "en"),
        )

        def convert(s: Any) -> Any:
            o: Any = _new(cls)
            u = UNSET
            v = s.no
            o.no = u if v is None or v is u else ResourceMessagesNo._tx_parse(v)
            v = s.en
            o.en = u if v is None or v is u else ResourceMessagesEn._tx_parse(v)
            o.additional_properties = {}
            return o

        return ModelParsers(parse, WireSpec(_wire_fields, convert))

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
