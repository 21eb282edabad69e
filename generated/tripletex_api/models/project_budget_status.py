from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, serializing_request_body

if TYPE_CHECKING:
    from ..models.project import Project


T = TypeVar("T", bound="ProjectBudgetStatus")


@_attrs_define
class ProjectBudgetStatus:
    """
    Attributes:
        project (Project | Unset):
        total_total_income_currency (float | Unset): [read-only]
        budget_total_income_currency (float | Unset): [read-only]
        budget_total_cost_currency (float | Unset): [read-only]
    """

    project: Project | Unset = UNSET
    total_total_income_currency: float | Unset = UNSET
    budget_total_income_currency: float | Unset = UNSET
    budget_total_cost_currency: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _in_request = serializing_request_body()
        project: dict[str, Any] | Unset = UNSET
        if not isinstance(self.project, Unset):
            project = self.project.to_dict()

        total_total_income_currency = self.total_total_income_currency

        budget_total_income_currency = self.budget_total_income_currency

        budget_total_cost_currency = self.budget_total_cost_currency

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if project is not UNSET:
            field_dict["project"] = project
        if total_total_income_currency is not UNSET and not _in_request:
            field_dict["totalTotalIncomeCurrency"] = total_total_income_currency
        if budget_total_income_currency is not UNSET and not _in_request:
            field_dict["budgetTotalIncomeCurrency"] = budget_total_income_currency
        if budget_total_cost_currency is not UNSET and not _in_request:
            field_dict["budgetTotalCostCurrency"] = budget_total_cost_currency

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        from ..models.project import Project  # noqa: PLC0415

        # The service sends null for absent values almost everywhere: treat null as unset.
        d = {k: v for k, v in src_dict.items() if v is not None}
        _project = d.pop("project", UNSET)
        project: Project | Unset
        if isinstance(_project, Unset):
            project = UNSET
        else:
            project = Project.from_dict(_project)

        total_total_income_currency = d.pop("totalTotalIncomeCurrency", UNSET)

        budget_total_income_currency = d.pop("budgetTotalIncomeCurrency", UNSET)

        budget_total_cost_currency = d.pop("budgetTotalCostCurrency", UNSET)

        _obj = cls(
            project=project,
            total_total_income_currency=total_total_income_currency,
            budget_total_income_currency=budget_total_income_currency,
            budget_total_cost_currency=budget_total_cost_currency,
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
