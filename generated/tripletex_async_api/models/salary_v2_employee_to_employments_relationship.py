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
    from ..models.employment import Employment
    from ..models.salary_v2_employee import SalaryV2Employee


T = TypeVar("T", bound="SalaryV2EmployeeToEmploymentsRelationship")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = (
    ("employee", dict, False),
    ("employments", list, False),
)


@_attrs_define(on_setattr=mark_assigned)
class SalaryV2EmployeeToEmploymentsRelationship(LazyModel):
    """
    Attributes:
        employee (SalaryV2Employee | Unset):
        employments (list[Employment] | Unset): [read-only] Employments
    """

    employee: SalaryV2Employee | Unset = UNSET
    employments: list[Employment] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        self._tx_load()
        _in_request = serializing_request_body()
        employee: dict[str, Any] | Unset = UNSET
        if not isinstance(self.employee, Unset):
            employee = self.employee.to_dict()

        employments: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.employments, Unset):
            employments = []
            for employments_item_data in self.employments:
                employments_item = employments_item_data.to_dict()
                employments.append(employments_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if employee is not UNSET:
            field_dict["employee"] = employee
        if employments is not UNSET and not _in_request:
            field_dict["employments"] = employments

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A SalaryV2EmployeeToEmploymentsRelationship from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:
        from ..models.employment import Employment  # noqa: PLC0415
        from ..models.salary_v2_employee import SalaryV2Employee  # noqa: PLC0415

        def _p_employee(_tx_v: Any) -> SalaryV2Employee | Unset:
            _employee = _tx_v
            employee: SalaryV2Employee | Unset
            if isinstance(_employee, Unset):
                employee = UNSET
            else:
                employee = SalaryV2Employee._tx_from_json(_employee)

            return employee

        def _p_employments(_tx_v: Any) -> list[Employment] | Unset:
            _employments = _tx_v
            employments: list[Employment] | Unset = UNSET
            if _employments is not UNSET:
                employments = []
                for employments_item_data in _employments:
                    if employments_item_data is None:
                        continue
                    employments_item = Employment._tx_from_json(employments_item_data)

                    employments.append(employments_item)

            return employments

        _tx_known: frozenset[str] = frozenset(
            (
                "employee",
                "employments",
            )
        )

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "employee": ("employee", _p_employee),
            "employments": ("employments", _p_employments),
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
