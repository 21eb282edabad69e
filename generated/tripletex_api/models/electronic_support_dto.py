from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.electronic_support_dto_type import ElectronicSupportDTOType
from ..types import UNSET, Unset, serializing_request_body

T = TypeVar("T", bound="ElectronicSupportDTO")


@_attrs_define
class ElectronicSupportDTO:
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
        # The service sends null for absent values almost everywhere: treat null as unset.
        d = {k: v for k, v in src_dict.items() if v is not None}
        bank_id = d.pop("bankId", UNSET)

        bank_name = d.pop("bankName", UNSET)

        _type_ = d.pop("type", UNSET)
        type_: ElectronicSupportDTOType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = ElectronicSupportDTOType(_type_)

        bank_url = d.pop("bankUrl", UNSET)

        _obj = cls(
            bank_id=bank_id,
            bank_name=bank_name,
            type_=type_,
            bank_url=bank_url,
        )

        _obj.additional_properties = d
        return _obj

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
