from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import Any, TypeVar

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
    serializing_request_body,
)

T = TypeVar("T", bound="CashRegisterCode")


@_attrs_define
class CashRegisterCode(Model):
    """
    Attributes:
        enum_name (str | Unset):
        number (str | Unset):
        display_name (str | Unset):
    """

    enum_name: str | Unset = UNSET
    number: str | Unset = UNSET
    display_name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _in_request = serializing_request_body()
        _v = self.enum_name
        if _v is not UNSET and not _in_request:
            field_dict["enumName"] = _v
        _v = self.number
        if _v is not UNSET and not _in_request:
            field_dict["number"] = _v
        _v = self.display_name
        if _v is not UNSET and not _in_request:
            field_dict["displayName"] = _v
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A CashRegisterCode from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``CashRegisterCode.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        _new = object.__new__
        _known: frozenset[str] = frozenset(
            (
                "enumName",
                "number",
                "displayName",
            )
        )

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                u = UNSET
                g = d.get
                m = 0  # properties absent from d: d has additional keys if it is longer than the rest
                v = g("enumName")
                if v is None:
                    o.enum_name = u
                    if "enumName" not in d:
                        m += 1
                else:
                    o.enum_name = v
                v = g("number")
                if v is None:
                    o.number = u
                    if "number" not in d:
                        m += 1
                else:
                    o.number = v
                v = g("displayName")
                if v is None:
                    o.display_name = u
                    if "displayName" not in d:
                        m += 1
                else:
                    o.display_name = v
                k = None
                o.additional_properties = (
                    {} if len(d) + m <= 3 else {key: v for key, v in d.items() if v is not None and key not in _known}
                )
                return o
            except Exception as exc:
                raise parse_error(cls, k, d, exc) from exc

        # The wire form (tripletex_async/_runtime/wire.py): a record decoded by msgspec into a Struct
        # with these fields (absent: UNSET), converted here; what does not fit goes through parse().
        _wire_fields = (
            ("enum_name", "enumName"),
            ("number", "number"),
            ("display_name", "displayName"),
        )

        def convert(s: Any) -> Any:
            o: Any = _new(cls)
            u = UNSET
            v = s.enum_name
            o.enum_name = u if v is None else v
            v = s.number
            o.number = u if v is None else v
            v = s.display_name
            o.display_name = u if v is None else v
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
