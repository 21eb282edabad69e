from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, serializing_request_body

T = TypeVar("T", bound="SalesForceUserOverview")


@_attrs_define
class SalesForceUserOverview:
    """
    Attributes:
        customer_id (int | Unset): [read-only] Customer Id
        number_of_users (int | Unset): [read-only] Number of users
        number_of_payslip_only_users (int | Unset): [read-only] Number of payslip only users
    """

    customer_id: int | Unset = UNSET
    number_of_users: int | Unset = UNSET
    number_of_payslip_only_users: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _in_request = serializing_request_body()
        customer_id = self.customer_id

        number_of_users = self.number_of_users

        number_of_payslip_only_users = self.number_of_payslip_only_users

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if customer_id is not UNSET and not _in_request:
            field_dict["customerId"] = customer_id
        if number_of_users is not UNSET and not _in_request:
            field_dict["numberOfUsers"] = number_of_users
        if number_of_payslip_only_users is not UNSET and not _in_request:
            field_dict["numberOfPayslipOnlyUsers"] = number_of_payslip_only_users

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        # The service sends null for absent values almost everywhere: treat null as unset.
        d = {k: v for k, v in src_dict.items() if v is not None}
        customer_id = d.pop("customerId", UNSET)

        number_of_users = d.pop("numberOfUsers", UNSET)

        number_of_payslip_only_users = d.pop("numberOfPayslipOnlyUsers", UNSET)

        _obj = cls(
            customer_id=customer_id,
            number_of_users=number_of_users,
            number_of_payslip_only_users=number_of_payslip_only_users,
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
