from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, serializing_request_body

T = TypeVar("T", bound="InvoiceSendType")


@_attrs_define
class InvoiceSendType:
    """
    Attributes:
        customer_id (int | Unset): [read-only]
        phone_number (str | Unset): [read-only]
        can_receive_ehf (bool | Unset): [read-only]
        can_receive_e_faktura (bool | Unset): [read-only]
        elma_lookup_alive (bool | Unset): [read-only]
    """

    customer_id: int | Unset = UNSET
    phone_number: str | Unset = UNSET
    can_receive_ehf: bool | Unset = UNSET
    can_receive_e_faktura: bool | Unset = UNSET
    elma_lookup_alive: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _in_request = serializing_request_body()
        customer_id = self.customer_id

        phone_number = self.phone_number

        can_receive_ehf = self.can_receive_ehf

        can_receive_e_faktura = self.can_receive_e_faktura

        elma_lookup_alive = self.elma_lookup_alive

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if customer_id is not UNSET and not _in_request:
            field_dict["customerId"] = customer_id
        if phone_number is not UNSET and not _in_request:
            field_dict["phoneNumber"] = phone_number
        if can_receive_ehf is not UNSET and not _in_request:
            field_dict["canReceiveEHF"] = can_receive_ehf
        if can_receive_e_faktura is not UNSET and not _in_request:
            field_dict["canReceiveEFaktura"] = can_receive_e_faktura
        if elma_lookup_alive is not UNSET and not _in_request:
            field_dict["elmaLookupAlive"] = elma_lookup_alive

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        # The service sends null for absent values almost everywhere: treat null as unset.
        d = {k: v for k, v in src_dict.items() if v is not None}
        customer_id = d.pop("customerId", UNSET)

        phone_number = d.pop("phoneNumber", UNSET)

        can_receive_ehf = d.pop("canReceiveEHF", UNSET)

        can_receive_e_faktura = d.pop("canReceiveEFaktura", UNSET)

        elma_lookup_alive = d.pop("elmaLookupAlive", UNSET)

        _obj = cls(
            customer_id=customer_id,
            phone_number=phone_number,
            can_receive_ehf=can_receive_ehf,
            can_receive_e_faktura=can_receive_e_faktura,
            elma_lookup_alive=elma_lookup_alive,
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
