from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, serializing_request_body

T = TypeVar("T", bound="PreviousSalaryAggregates")


@_attrs_define
class PreviousSalaryAggregates:
    """Previous Salaries

    Attributes:
        salary_transaction_id (int | Unset): [read-only]
        wage_payment_id_of_employee (int | Unset): [read-only]
        display_name (str | Unset): [read-only]
        is_accessible_to_logged_in_user (bool | Unset): [read-only]
    """

    salary_transaction_id: int | Unset = UNSET
    wage_payment_id_of_employee: int | Unset = UNSET
    display_name: str | Unset = UNSET
    is_accessible_to_logged_in_user: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _in_request = serializing_request_body()
        salary_transaction_id = self.salary_transaction_id

        wage_payment_id_of_employee = self.wage_payment_id_of_employee

        display_name = self.display_name

        is_accessible_to_logged_in_user = self.is_accessible_to_logged_in_user

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if salary_transaction_id is not UNSET and not _in_request:
            field_dict["salaryTransactionId"] = salary_transaction_id
        if wage_payment_id_of_employee is not UNSET and not _in_request:
            field_dict["wagePaymentIdOfEmployee"] = wage_payment_id_of_employee
        if display_name is not UNSET and not _in_request:
            field_dict["displayName"] = display_name
        if is_accessible_to_logged_in_user is not UNSET and not _in_request:
            field_dict["isAccessibleToLoggedInUser"] = is_accessible_to_logged_in_user

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        # The service sends null for absent values almost everywhere: treat null as unset.
        d = {k: v for k, v in src_dict.items() if v is not None}
        salary_transaction_id = d.pop("salaryTransactionId", UNSET)

        wage_payment_id_of_employee = d.pop("wagePaymentIdOfEmployee", UNSET)

        display_name = d.pop("displayName", UNSET)

        is_accessible_to_logged_in_user = d.pop("isAccessibleToLoggedInUser", UNSET)

        _obj = cls(
            salary_transaction_id=salary_transaction_id,
            wage_payment_id_of_employee=wage_payment_id_of_employee,
            display_name=display_name,
            is_accessible_to_logged_in_user=is_accessible_to_logged_in_user,
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
