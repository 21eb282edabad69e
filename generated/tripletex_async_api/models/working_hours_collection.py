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
    from ..models.working_hours import WorkingHours


T = TypeVar("T", bound="WorkingHoursCollection")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = (
    ("employeeWorkingHours", list, False),
    ("companyWorkingHours", list, False),
)


@_attrs_define(on_setattr=mark_assigned)
class WorkingHoursCollection(LazyModel):
    """
    Attributes:
        employee_working_hours (list[WorkingHours] | Unset): [read-only]
        company_working_hours (list[WorkingHours] | Unset): [read-only]
    """

    employee_working_hours: list[WorkingHours] | Unset = UNSET
    company_working_hours: list[WorkingHours] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        self._tx_load()
        _in_request = serializing_request_body()
        employee_working_hours: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.employee_working_hours, Unset):
            employee_working_hours = []
            for employee_working_hours_item_data in self.employee_working_hours:
                employee_working_hours_item = employee_working_hours_item_data.to_dict()
                employee_working_hours.append(employee_working_hours_item)

        company_working_hours: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.company_working_hours, Unset):
            company_working_hours = []
            for company_working_hours_item_data in self.company_working_hours:
                company_working_hours_item = company_working_hours_item_data.to_dict()
                company_working_hours.append(company_working_hours_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if employee_working_hours is not UNSET and not _in_request:
            field_dict["employeeWorkingHours"] = employee_working_hours
        if company_working_hours is not UNSET and not _in_request:
            field_dict["companyWorkingHours"] = company_working_hours

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A WorkingHoursCollection from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:
        from ..models.working_hours import WorkingHours  # noqa: PLC0415

        def _p_employee_working_hours(_tx_v: Any) -> list[WorkingHours] | Unset:
            _employee_working_hours = _tx_v
            employee_working_hours: list[WorkingHours] | Unset = UNSET
            if _employee_working_hours is not UNSET:
                employee_working_hours = []
                for employee_working_hours_item_data in _employee_working_hours:
                    if employee_working_hours_item_data is None:
                        continue
                    employee_working_hours_item = WorkingHours._tx_from_json(employee_working_hours_item_data)

                    employee_working_hours.append(employee_working_hours_item)

            return employee_working_hours

        def _p_company_working_hours(_tx_v: Any) -> list[WorkingHours] | Unset:
            _company_working_hours = _tx_v
            company_working_hours: list[WorkingHours] | Unset = UNSET
            if _company_working_hours is not UNSET:
                company_working_hours = []
                for company_working_hours_item_data in _company_working_hours:
                    if company_working_hours_item_data is None:
                        continue
                    company_working_hours_item = WorkingHours._tx_from_json(company_working_hours_item_data)

                    company_working_hours.append(company_working_hours_item)

            return company_working_hours

        _tx_known: frozenset[str] = frozenset(
            (
                "employeeWorkingHours",
                "companyWorkingHours",
            )
        )

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "employee_working_hours": ("employeeWorkingHours", _p_employee_working_hours),
            "company_working_hours": ("companyWorkingHours", _p_company_working_hours),
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
