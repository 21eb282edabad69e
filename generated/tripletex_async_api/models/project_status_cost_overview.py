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
    from ..models.project_status_cost import ProjectStatusCost


T = TypeVar("T", bound="ProjectStatusCostOverview")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = (("costs", list, False),)


@_attrs_define(on_setattr=mark_assigned)
class ProjectStatusCostOverview(LazyModel):
    """
    Attributes:
        costs (list[ProjectStatusCost] | Unset): [read-only] All costs associated with the project
        total_income (float | Unset): [read-only] Total income for the project in its currency
        total_cost (float | Unset): [read-only] The total cost amount for the project in its currency
        show_income (bool | Unset): [read-only] Flag indicating if income should be visible among costs
        multiple_currencies (bool | Unset): [read-only] Flag indicating whether associated costs use different
            currencies
    """

    costs: list[ProjectStatusCost] | Unset = UNSET
    total_income: float | Unset = UNSET
    total_cost: float | Unset = UNSET
    show_income: bool | Unset = UNSET
    multiple_currencies: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        self._tx_load()
        _in_request = serializing_request_body()
        costs: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.costs, Unset):
            costs = []
            for costs_item_data in self.costs:
                costs_item = costs_item_data.to_dict()
                costs.append(costs_item)

        total_income = self.total_income

        total_cost = self.total_cost

        show_income = self.show_income

        multiple_currencies = self.multiple_currencies

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if costs is not UNSET and not _in_request:
            field_dict["costs"] = costs
        if total_income is not UNSET and not _in_request:
            field_dict["totalIncome"] = total_income
        if total_cost is not UNSET and not _in_request:
            field_dict["totalCost"] = total_cost
        if show_income is not UNSET and not _in_request:
            field_dict["showIncome"] = show_income
        if multiple_currencies is not UNSET and not _in_request:
            field_dict["multipleCurrencies"] = multiple_currencies

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A ProjectStatusCostOverview from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:
        from ..models.project_status_cost import ProjectStatusCost  # noqa: PLC0415

        def _p_costs(_tx_v: Any) -> list[ProjectStatusCost] | Unset:
            _costs = _tx_v
            costs: list[ProjectStatusCost] | Unset = UNSET
            if _costs is not UNSET:
                costs = []
                for costs_item_data in _costs:
                    if costs_item_data is None:
                        continue
                    costs_item = ProjectStatusCost._tx_from_json(costs_item_data)

                    costs.append(costs_item)

            return costs

        _tx_known: frozenset[str] = frozenset(
            (
                "costs",
                "totalIncome",
                "totalCost",
                "showIncome",
                "multipleCurrencies",
            )
        )

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "costs": ("costs", _p_costs),
            "total_income": ("totalIncome", None),
            "total_cost": ("totalCost", None),
            "show_income": ("showIncome", None),
            "multiple_currencies": ("multipleCurrencies", None),
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
