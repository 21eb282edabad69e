from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, serializing_request_body

T = TypeVar("T", bound="WagePaymentBuilder")


@_attrs_define
class WagePaymentBuilder:
    """
    Attributes:
        company_id (int | Unset):
        employee_id (int | Unset):
        description (str | Unset):
        vacation_allowance_extra_amount (int | Unset):
        wage_transaction_id (int | Unset):
    """

    company_id: int | Unset = UNSET
    employee_id: int | Unset = UNSET
    description: str | Unset = UNSET
    vacation_allowance_extra_amount: int | Unset = UNSET
    wage_transaction_id: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _in_request = serializing_request_body()
        company_id = self.company_id

        employee_id = self.employee_id

        description = self.description

        vacation_allowance_extra_amount = self.vacation_allowance_extra_amount

        wage_transaction_id = self.wage_transaction_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if company_id is not UNSET:
            field_dict["companyId"] = company_id
        if employee_id is not UNSET:
            field_dict["employeeId"] = employee_id
        if description is not UNSET:
            field_dict["description"] = description
        if vacation_allowance_extra_amount is not UNSET:
            field_dict["vacationAllowanceExtraAmount"] = vacation_allowance_extra_amount
        if wage_transaction_id is not UNSET:
            field_dict["wageTransactionId"] = wage_transaction_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        # The service sends null for absent values almost everywhere: treat null as unset.
        d = {k: v for k, v in src_dict.items() if v is not None}
        company_id = d.pop("companyId", UNSET)

        employee_id = d.pop("employeeId", UNSET)

        description = d.pop("description", UNSET)

        vacation_allowance_extra_amount = d.pop("vacationAllowanceExtraAmount", UNSET)

        wage_transaction_id = d.pop("wageTransactionId", UNSET)

        _obj = cls(
            company_id=company_id,
            employee_id=employee_id,
            description=description,
            vacation_allowance_extra_amount=vacation_allowance_extra_amount,
            wage_transaction_id=wage_transaction_id,
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
