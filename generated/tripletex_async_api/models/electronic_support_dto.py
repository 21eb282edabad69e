from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.electronic_support_dto_type import ElectronicSupportDTOType
from ..types import (
    UNSET,
    Model,
    ModelParsers,
    Unset,
    WireSpec,
    enum_members,
    enum_value,
    parse_error,
    parse_model,
    serializing_request_body,
)

T = TypeVar("T", bound="ElectronicSupportDTO")


@_attrs_define
class ElectronicSupportDTO(Model):
    """
    Attributes:
        bank_id (int | Unset): Bank ID
        bank_name (str | Unset): Name of the bank
        type_ (ElectronicSupportDTOType | Unset): Type of electronic agreement creation is supported by this
            bank.COMPLETE: Supports creating the agreement towards AutoPay and Tripletex though the bank.PARTIAL: Supports
            creating the agreement towards AutoPay only.
        bank_url (str | Unset): Bank url for ordering electronic agreements for ElectronicSupportDTO of type PARTIAL.
    """

    bank_id: int | Unset = UNSET
    bank_name: str | Unset = UNSET
    type_: ElectronicSupportDTOType | Unset = UNSET
    bank_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _in_request = serializing_request_body()
        _v = self.bank_id
        if _v is not UNSET and not _in_request:
            field_dict["bankId"] = _v
        _v = self.bank_name
        if _v is not UNSET and not _in_request:
            field_dict["bankName"] = _v
        _v = self.type_
        if _v is not UNSET and not _in_request:
            field_dict["type"] = _v._value_
        _v = self.bank_url
        if _v is not UNSET and not _in_request:
            field_dict["bankUrl"] = _v
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A ElectronicSupportDTO from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``ElectronicSupportDTO.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        _new = object.__new__
        _e_type_: dict[Any, Any] = enum_members(ElectronicSupportDTOType)
        _known: frozenset[str] = frozenset(
            (
                "bankId",
                "bankName",
                "type",
                "bankUrl",
            )
        )

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                u = UNSET
                g = d.get
                m = 0  # properties absent from d: d has additional keys if it is longer than the rest
                v = g("bankId")
                if v is None:
                    o.bank_id = u
                    if "bankId" not in d:
                        m += 1
                else:
                    o.bank_id = v
                v = g("bankName")
                if v is None:
                    o.bank_name = u
                    if "bankName" not in d:
                        m += 1
                else:
                    o.bank_name = v
                k = "type"
                v = g("type")
                if v is None:
                    o.type_ = u
                    if "type" not in d:
                        m += 1
                else:
                    o.type_ = e_ if (e_ := _e_type_.get(v)) is not None else enum_value(ElectronicSupportDTOType, v)
                v = g("bankUrl")
                if v is None:
                    o.bank_url = u
                    if "bankUrl" not in d:
                        m += 1
                else:
                    o.bank_url = v
                k = None
                o.additional_properties = (
                    {} if len(d) + m <= 4 else {key: v for key, v in d.items() if v is not None and key not in _known}
                )
                return o
            except Exception as exc:
                raise parse_error(cls, k, d, exc) from exc

        # The wire form (tripletex_async/_runtime/wire.py): a record decoded by msgspec into a Struct
        # with these fields (absent: UNSET), converted here; what does not fit goes through parse().
        _wire_fields = (
            ("bank_id", "bankId"),
            ("bank_name", "bankName"),
            ("type_", "type"),
            ("bank_url", "bankUrl"),
        )

        def convert(s: Any) -> Any:
            o: Any = _new(cls)
            u = UNSET
            v = s.bank_id
            o.bank_id = u if v is None else v
            v = s.bank_name
            o.bank_name = u if v is None else v
            v = s.type_
            o.type_ = (
                u
                if v is None or v is u
                else e_
                if (e_ := _e_type_.get(v)) is not None
                else enum_value(ElectronicSupportDTOType, v)
            )
            v = s.bank_url
            o.bank_url = u if v is None else v
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
