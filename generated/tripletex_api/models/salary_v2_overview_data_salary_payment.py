from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, serializing_request_body

if TYPE_CHECKING:
    from ..models.employee import Employee


T = TypeVar("T", bound="SalaryV2OverviewDataSalaryPayment")


@_attrs_define
class SalaryV2OverviewDataSalaryPayment:
    """
    Attributes:
        salary_payment_id (int | Unset): [read-only]
        display_name (str | Unset): [read-only]
        payment_amount (float | Unset): [read-only]
        payroll_tax_basis_amount (float | Unset): [read-only]
        employee (Employee | Unset):
    """

    salary_payment_id: int | Unset = UNSET
    display_name: str | Unset = UNSET
    payment_amount: float | Unset = UNSET
    payroll_tax_basis_amount: float | Unset = UNSET
    employee: Employee | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _in_request = serializing_request_body()
        salary_payment_id = self.salary_payment_id

        display_name = self.display_name

        payment_amount = self.payment_amount

        payroll_tax_basis_amount = self.payroll_tax_basis_amount

        employee: dict[str, Any] | Unset = UNSET
        if not isinstance(self.employee, Unset):
            employee = self.employee.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if salary_payment_id is not UNSET and not _in_request:
            field_dict["salaryPaymentId"] = salary_payment_id
        if display_name is not UNSET and not _in_request:
            field_dict["displayName"] = display_name
        if payment_amount is not UNSET and not _in_request:
            field_dict["paymentAmount"] = payment_amount
        if payroll_tax_basis_amount is not UNSET and not _in_request:
            field_dict["payrollTaxBasisAmount"] = payroll_tax_basis_amount
        if employee is not UNSET:
            field_dict["employee"] = employee

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        from ..models.employee import Employee  # noqa: PLC0415

        # The service sends null for absent values almost everywhere: treat null as unset.
        d = {k: v for k, v in src_dict.items() if v is not None}
        salary_payment_id = d.pop("salaryPaymentId", UNSET)

        display_name = d.pop("displayName", UNSET)

        payment_amount = d.pop("paymentAmount", UNSET)

        payroll_tax_basis_amount = d.pop("payrollTaxBasisAmount", UNSET)

        _employee = d.pop("employee", UNSET)
        employee: Employee | Unset
        if isinstance(_employee, Unset):
            employee = UNSET
        else:
            employee = Employee.from_dict(_employee)

        _obj = cls(
            salary_payment_id=salary_payment_id,
            display_name=display_name,
            payment_amount=payment_amount,
            payroll_tax_basis_amount=payroll_tax_basis_amount,
            employee=employee,
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
