from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.electronic_support_dto_type import ElectronicSupportDTOType
from ..types import (
    ADDITIONAL_PROPERTIES,
    UNSET,
    LazyModel,
    ParserTable,
    Shape,
    Unset,
    lazy_model,
    mark_assigned,
    serializing_request_body,
)

T = TypeVar("T", bound="ElectronicSupportDTO")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = (("type", str, False),)


@_attrs_define(on_setattr=mark_assigned)
class ElectronicSupportDTO(LazyModel):
    """
    Attributes:
        bank_id (int | Unset): [read-only] Bank ID
        bank_name (str | Unset): [read-only] Name of the bank
        type_ (ElectronicSupportDTOType | Unset): [read-only] Type of electronic agreement creation is supported by this
            bank.COMPLETE: Supports creating the agreement towards AutoPay and Tripletex though the bank.PARTIAL: Supports
            creating the agreement towards AutoPay only.
        bank_url (str | Unset): [read-only] Bank url for ordering electronic agreements for ElectronicSupportDTO of type
            PARTIAL.
    """

    bank_id: int | Unset = UNSET
    bank_name: str | Unset = UNSET
    type_: ElectronicSupportDTOType | Unset = UNSET
    bank_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        self._tx_load()
        _in_request = serializing_request_body()
        bank_id = self.bank_id

        bank_name = self.bank_name

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        bank_url = self.bank_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if bank_id is not UNSET and not _in_request:
            field_dict["bankId"] = bank_id
        if bank_name is not UNSET and not _in_request:
            field_dict["bankName"] = bank_name
        if type_ is not UNSET and not _in_request:
            field_dict["type"] = type_
        if bank_url is not UNSET and not _in_request:
            field_dict["bankUrl"] = bank_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A ElectronicSupportDTO from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:

        def _p_type_(_tx_v: Any) -> ElectronicSupportDTOType | Unset:
            _type_ = _tx_v
            type_: ElectronicSupportDTOType | Unset
            if isinstance(_type_, Unset):
                type_ = UNSET
            else:
                type_ = ElectronicSupportDTOType(_type_)

            return type_

        _tx_known: frozenset[str] = frozenset(
            (
                "bankId",
                "bankName",
                "type",
                "bankUrl",
            )
        )

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "bank_id": ("bankId", None),
            "bank_name": ("bankName", None),
            "type_": ("type", _p_type_),
            "bank_url": ("bankUrl", None),
            "additional_properties": (ADDITIONAL_PROPERTIES, _p_additional_properties),
        }

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
