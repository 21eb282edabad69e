from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.vat_payment_status_status import VatPaymentStatusStatus
from ..types import UNSET, Unset, serializing_request_body

if TYPE_CHECKING:
    from ..models.employee import Employee


T = TypeVar("T", bound="VatPaymentStatus")


@_attrs_define
class VatPaymentStatus:
    """The payment status

    Attributes:
        status (VatPaymentStatusStatus | Unset): [read-only] The payment status of the VAT
        total_amount (float | Unset): [read-only] Total amount in NOK
        remaining_amount (float | Unset): [read-only] Remaining amount in NOK
        employee (Employee | Unset):
        time (str | Unset): [read-only] Date and time the delivery status was updated
    """

    status: VatPaymentStatusStatus | Unset = UNSET
    total_amount: float | Unset = UNSET
    remaining_amount: float | Unset = UNSET
    employee: Employee | Unset = UNSET
    time: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _in_request = serializing_request_body()
        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        total_amount = self.total_amount

        remaining_amount = self.remaining_amount

        employee: dict[str, Any] | Unset = UNSET
        if not isinstance(self.employee, Unset):
            employee = self.employee.to_dict()

        time = self.time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if status is not UNSET and not _in_request:
            field_dict["status"] = status
        if total_amount is not UNSET and not _in_request:
            field_dict["totalAmount"] = total_amount
        if remaining_amount is not UNSET and not _in_request:
            field_dict["remainingAmount"] = remaining_amount
        if employee is not UNSET:
            field_dict["employee"] = employee
        if time is not UNSET and not _in_request:
            field_dict["time"] = time

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        from ..models.employee import Employee  # noqa: PLC0415

        # The service sends null for absent values almost everywhere: treat null as unset.
        d = {k: v for k, v in src_dict.items() if v is not None}
        _status = d.pop("status", UNSET)
        status: VatPaymentStatusStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = VatPaymentStatusStatus(_status)

        total_amount = d.pop("totalAmount", UNSET)

        remaining_amount = d.pop("remainingAmount", UNSET)

        _employee = d.pop("employee", UNSET)
        employee: Employee | Unset
        if isinstance(_employee, Unset):
            employee = UNSET
        else:
            employee = Employee.from_dict(_employee)

        time = d.pop("time", UNSET)

        _obj = cls(
            status=status,
            total_amount=total_amount,
            remaining_amount=remaining_amount,
            employee=employee,
            time=time,
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
