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
    from ..models.project import Project


T = TypeVar("T", bound="ProjectBudgetStatus")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = (("project", dict, False),)


@_attrs_define(on_setattr=mark_assigned)
class ProjectBudgetStatus(LazyModel):
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
        self._tx_load()
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
        """A ProjectBudgetStatus from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:
        from ..models.project import Project  # noqa: PLC0415

        def _p_project(_tx_v: Any) -> Project | Unset:
            _project = _tx_v
            project: Project | Unset
            if isinstance(_project, Unset):
                project = UNSET
            else:
                project = Project._tx_from_json(_project)

            return project

        _tx_known: frozenset[str] = frozenset(
            (
                "project",
                "totalTotalIncomeCurrency",
                "budgetTotalIncomeCurrency",
                "budgetTotalCostCurrency",
            )
        )

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "project": ("project", _p_project),
            "total_total_income_currency": ("totalTotalIncomeCurrency", None),
            "budget_total_income_currency": ("budgetTotalIncomeCurrency", None),
            "budget_total_cost_currency": ("budgetTotalCostCurrency", None),
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
