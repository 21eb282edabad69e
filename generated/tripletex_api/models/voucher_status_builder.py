from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, serializing_request_body

T = TypeVar("T", bound="VoucherStatusBuilder")


@_attrs_define
class VoucherStatusBuilder:
    """
    Attributes:
        company_id (int | Unset):
        voucher_id (int | Unset):
        status (int | Unset):
        type_ (int | Unset):
        timestamp (str | Unset):
        process_owner (int | Unset):
    """

    company_id: int | Unset = UNSET
    voucher_id: int | Unset = UNSET
    status: int | Unset = UNSET
    type_: int | Unset = UNSET
    timestamp: str | Unset = UNSET
    process_owner: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _in_request = serializing_request_body()
        company_id = self.company_id

        voucher_id = self.voucher_id

        status = self.status

        type_ = self.type_

        timestamp = self.timestamp

        process_owner = self.process_owner

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if company_id is not UNSET:
            field_dict["companyId"] = company_id
        if voucher_id is not UNSET:
            field_dict["voucherId"] = voucher_id
        if status is not UNSET:
            field_dict["status"] = status
        if type_ is not UNSET:
            field_dict["type"] = type_
        if timestamp is not UNSET:
            field_dict["timestamp"] = timestamp
        if process_owner is not UNSET:
            field_dict["processOwner"] = process_owner

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        # The service sends null for absent values almost everywhere: treat null as unset.
        d = {k: v for k, v in src_dict.items() if v is not None}
        company_id = d.pop("companyId", UNSET)

        voucher_id = d.pop("voucherId", UNSET)

        status = d.pop("status", UNSET)

        type_ = d.pop("type", UNSET)

        timestamp = d.pop("timestamp", UNSET)

        process_owner = d.pop("processOwner", UNSET)

        _obj = cls(
            company_id=company_id,
            voucher_id=voucher_id,
            status=status,
            type_=type_,
            timestamp=timestamp,
            process_owner=process_owner,
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
