from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, serializing_request_body

T = TypeVar("T", bound="IncomingInvoiceDuplicateCheckerResult")


@_attrs_define
class IncomingInvoiceDuplicateCheckerResult:
    """
    Attributes:
        voucher_id (int | Unset): [read-only]
        voucher_number (int | Unset): [read-only]
        number_as_string (str | Unset): [read-only]
        year (int | Unset): [read-only]
        url (str | Unset): [read-only]
    """

    voucher_id: int | Unset = UNSET
    voucher_number: int | Unset = UNSET
    number_as_string: str | Unset = UNSET
    year: int | Unset = UNSET
    url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _in_request = serializing_request_body()
        voucher_id = self.voucher_id

        voucher_number = self.voucher_number

        number_as_string = self.number_as_string

        year = self.year

        url = self.url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if voucher_id is not UNSET and not _in_request:
            field_dict["voucherId"] = voucher_id
        if voucher_number is not UNSET and not _in_request:
            field_dict["voucherNumber"] = voucher_number
        if number_as_string is not UNSET and not _in_request:
            field_dict["numberAsString"] = number_as_string
        if year is not UNSET and not _in_request:
            field_dict["year"] = year
        if url is not UNSET and not _in_request:
            field_dict["url"] = url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        # The service sends null for absent values almost everywhere: treat null as unset.
        d = {k: v for k, v in src_dict.items() if v is not None}
        voucher_id = d.pop("voucherId", UNSET)

        voucher_number = d.pop("voucherNumber", UNSET)

        number_as_string = d.pop("numberAsString", UNSET)

        year = d.pop("year", UNSET)

        url = d.pop("url", UNSET)

        _obj = cls(
            voucher_id=voucher_id,
            voucher_number=voucher_number,
            number_as_string=number_as_string,
            year=year,
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
