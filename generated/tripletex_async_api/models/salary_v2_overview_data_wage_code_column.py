from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    ADDITIONAL_PROPERTIES,
    UNSET,
    LazyModel,
    ParserTable,
    Shape,
    Unset,
    lazy_model,
    mark_assigned,
    serializing_request_body,
)

if TYPE_CHECKING:
    from ..models.employee import Employee


T = TypeVar("T", bound="SalaryV2OverviewDataWageCodeColumn")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = (("employee", dict, False),)


@_attrs_define(on_setattr=mark_assigned)
class SalaryV2OverviewDataWageCodeColumn(LazyModel):
    """
    Attributes:
        salary_payment_id (int | Unset): [read-only]
        display_name (str | Unset): [read-only]
        count (float | Unset): [read-only]
        amount (float | Unset): [read-only]
        is_hours (bool | Unset): [read-only]
        employee (Employee | Unset):
    """

    salary_payment_id: int | Unset = UNSET
    display_name: str | Unset = UNSET
    count: float | Unset = UNSET
    amount: float | Unset = UNSET
    is_hours: bool | Unset = UNSET
    employee: Employee | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        self._tx_load()
        _in_request = serializing_request_body()
        salary_payment_id = self.salary_payment_id

        display_name = self.display_name

        count = self.count

        amount = self.amount

        is_hours = self.is_hours

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
        if count is not UNSET and not _in_request:
            field_dict["count"] = count
        if amount is not UNSET and not _in_request:
            field_dict["amount"] = amount
        if is_hours is not UNSET and not _in_request:
            field_dict["isHours"] = is_hours
        if employee is not UNSET:
            field_dict["employee"] = employee

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A SalaryV2OverviewDataWageCodeColumn from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:
        from ..models.employee import Employee  # noqa: PLC0415

        def _p_employee(_tx_v: Any) -> Employee | Unset:
            _employee = _tx_v
            employee: Employee | Unset
            if isinstance(_employee, Unset):
                employee = UNSET
            else:
                employee = Employee._tx_from_json(_employee)

            return employee

        _tx_known: frozenset[str] = frozenset(
            (
                "salaryPaymentId",
                "displayName",
                "count",
                "amount",
                "isHours",
                "employee",
            )
        )

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "salary_payment_id": ("salaryPaymentId", None),
            "display_name": ("displayName", None),
            "count": ("count", None),
            "amount": ("amount", None),
            "is_hours": ("isHours", None),
            "employee": ("employee", _p_employee),
            "additional_properties": (ADDITIONAL_PROPERTIES, _p_additional_properties),
        }

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
