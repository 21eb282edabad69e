from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, serializing_request_body

T = TypeVar("T", bound="ClientForRemit")


@_attrs_define
class ClientForRemit:
    """
    Attributes:
        client_id (int | Unset): [read-only]
        client_name (str | Unset): [read-only]
        customer_id (int | Unset): [read-only]
        authorized (bool | Unset): [read-only]
        for_payment_count (int | Unset): [read-only]
        url (str | Unset): [read-only]
    """

    client_id: int | Unset = UNSET
    client_name: str | Unset = UNSET
    customer_id: int | Unset = UNSET
    authorized: bool | Unset = UNSET
    for_payment_count: int | Unset = UNSET
    url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _in_request = serializing_request_body()
        client_id = self.client_id

        client_name = self.client_name

        customer_id = self.customer_id

        authorized = self.authorized

        for_payment_count = self.for_payment_count

        url = self.url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if client_id is not UNSET and not _in_request:
            field_dict["clientId"] = client_id
        if client_name is not UNSET and not _in_request:
            field_dict["clientName"] = client_name
        if customer_id is not UNSET and not _in_request:
            field_dict["customerId"] = customer_id
        if authorized is not UNSET and not _in_request:
            field_dict["authorized"] = authorized
        if for_payment_count is not UNSET and not _in_request:
            field_dict["forPaymentCount"] = for_payment_count
        if url is not UNSET and not _in_request:
            field_dict["url"] = url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        # The service sends null for absent values almost everywhere: treat null as unset.
        d = {k: v for k, v in src_dict.items() if v is not None}
        client_id = d.pop("clientId", UNSET)

        client_name = d.pop("clientName", UNSET)

        customer_id = d.pop("customerId", UNSET)

        authorized = d.pop("authorized", UNSET)

        for_payment_count = d.pop("forPaymentCount", UNSET)

        url = d.pop("url", UNSET)

        _obj = cls(
            client_id=client_id,
            client_name=client_name,
            customer_id=customer_id,
            authorized=authorized,
            for_payment_count=for_payment_count,
            url=url,
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
