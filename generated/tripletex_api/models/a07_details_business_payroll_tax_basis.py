from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, serializing_request_body

T = TypeVar("T", bound="A07DetailsBusinessPayrollTaxBasis")


@_attrs_define
class A07DetailsBusinessPayrollTaxBasis:
    """
    Attributes:
        zone (str | Unset): [read-only]
        basis_amount (float | Unset): [read-only]
        percentage_rate (float | Unset): [read-only]
    """

    zone: str | Unset = UNSET
    basis_amount: float | Unset = UNSET
    percentage_rate: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _in_request = serializing_request_body()
        zone = self.zone

        basis_amount = self.basis_amount

        percentage_rate = self.percentage_rate

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if zone is not UNSET and not _in_request:
            field_dict["zone"] = zone
        if basis_amount is not UNSET and not _in_request:
            field_dict["basisAmount"] = basis_amount
        if percentage_rate is not UNSET and not _in_request:
            field_dict["percentageRate"] = percentage_rate

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        # The service sends null for absent values almost everywhere: treat null as unset.
        d = {k: v for k, v in src_dict.items() if v is not None}
        zone = d.pop("zone", UNSET)

        basis_amount = d.pop("basisAmount", UNSET)

        percentage_rate = d.pop("percentageRate", UNSET)

        _obj = cls(
            zone=zone,
            basis_amount=basis_amount,
            percentage_rate=percentage_rate,
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
