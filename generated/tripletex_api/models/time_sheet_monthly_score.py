from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, serializing_request_body

if TYPE_CHECKING:
    from ..models.employee import Employee


T = TypeVar("T", bound="TimeSheetMonthlyScore")


@_attrs_define
class TimeSheetMonthlyScore:
    """
    Attributes:
        employee_id (Employee | Unset):
        score (float | Unset):
        date (str | Unset):
    """

    employee_id: Employee | Unset = UNSET
    score: float | Unset = UNSET
    date: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _in_request = serializing_request_body()
        employee_id: dict[str, Any] | Unset = UNSET
        if not isinstance(self.employee_id, Unset):
            employee_id = self.employee_id.to_dict()

        score = self.score

        date = self.date

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if employee_id is not UNSET:
            field_dict["employeeId"] = employee_id
        if score is not UNSET:
            field_dict["score"] = score
        if date is not UNSET:
            field_dict["date"] = date

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        from ..models.employee import Employee  # noqa: PLC0415

        # The service sends null for absent values almost everywhere: treat null as unset.
        d = {k: v for k, v in src_dict.items() if v is not None}
        _employee_id = d.pop("employeeId", UNSET)
        employee_id: Employee | Unset
        if isinstance(_employee_id, Unset):
            employee_id = UNSET
        else:
            employee_id = Employee.from_dict(_employee_id)

        score = d.pop("score", UNSET)

        date = d.pop("date", UNSET)

        _obj = cls(
            employee_id=employee_id,
            score=score,
            date=date,
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
