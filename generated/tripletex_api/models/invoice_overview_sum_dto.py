from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, serializing_request_body

T = TypeVar("T", bound="InvoiceOverviewSumDTO")


@_attrs_define
class InvoiceOverviewSumDTO:
    """
    Attributes:
        count (int | Unset): [read-only]
        sum_total (float | Unset): [read-only]
        sum_total_excl_vat (float | Unset): [read-only]
        sum_paid (float | Unset): [read-only]
        sum_outstanding (float | Unset): [read-only]
    """

    count: int | Unset = UNSET
    sum_total: float | Unset = UNSET
    sum_total_excl_vat: float | Unset = UNSET
    sum_paid: float | Unset = UNSET
    sum_outstanding: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _in_request = serializing_request_body()
        count = self.count

        sum_total = self.sum_total

        sum_total_excl_vat = self.sum_total_excl_vat

        sum_paid = self.sum_paid

        sum_outstanding = self.sum_outstanding

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if count is not UNSET and not _in_request:
            field_dict["count"] = count
        if sum_total is not UNSET and not _in_request:
            field_dict["sumTotal"] = sum_total
        if sum_total_excl_vat is not UNSET and not _in_request:
            field_dict["sumTotalExclVat"] = sum_total_excl_vat
        if sum_paid is not UNSET and not _in_request:
            field_dict["sumPaid"] = sum_paid
        if sum_outstanding is not UNSET and not _in_request:
            field_dict["sumOutstanding"] = sum_outstanding

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        # The service sends null for absent values almost everywhere: treat null as unset.
        d = {k: v for k, v in src_dict.items() if v is not None}
        count = d.pop("count", UNSET)

        sum_total = d.pop("sumTotal", UNSET)

        sum_total_excl_vat = d.pop("sumTotalExclVat", UNSET)

        sum_paid = d.pop("sumPaid", UNSET)

        sum_outstanding = d.pop("sumOutstanding", UNSET)

        _obj = cls(
            count=count,
            sum_total=sum_total,
            sum_total_excl_vat=sum_total_excl_vat,
            sum_paid=sum_paid,
            sum_outstanding=sum_outstanding,
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
