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
    from ..models.project_activity_summary import ProjectActivitySummary
    from ..models.project_status_activity import ProjectStatusActivity


T = TypeVar("T", bound="ProjectActivities")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = (
    ("activities", list, False),
    ("summary", dict, False),
)


@_attrs_define(on_setattr=mark_assigned)
class ProjectActivities(LazyModel):
    """
    Attributes:
        show_income (bool | Unset): [read-only] Whether income columns are shown
        fixed_price (bool | Unset): [read-only] Whether project is fixed price
        show_hour_cost (bool | Unset): [read-only] Whether hour cost columns are shown
        currency_code (str | Unset): [read-only] Project currency code
        activities (list[ProjectStatusActivity] | Unset): [read-only]
        summary (ProjectActivitySummary | Unset): Summary aggregation over all activities
    """

    show_income: bool | Unset = UNSET
    fixed_price: bool | Unset = UNSET
    show_hour_cost: bool | Unset = UNSET
    currency_code: str | Unset = UNSET
    activities: list[ProjectStatusActivity] | Unset = UNSET
    summary: ProjectActivitySummary | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        self._tx_load()
        _in_request = serializing_request_body()
        show_income = self.show_income

        fixed_price = self.fixed_price

        show_hour_cost = self.show_hour_cost

        currency_code = self.currency_code

        activities: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.activities, Unset):
            activities = []
            for activities_item_data in self.activities:
                activities_item = activities_item_data.to_dict()
                activities.append(activities_item)

        summary: dict[str, Any] | Unset = UNSET
        if not isinstance(self.summary, Unset):
            summary = self.summary.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if show_income is not UNSET and not _in_request:
            field_dict["showIncome"] = show_income
        if fixed_price is not UNSET and not _in_request:
            field_dict["fixedPrice"] = fixed_price
        if show_hour_cost is not UNSET and not _in_request:
            field_dict["showHourCost"] = show_hour_cost
        if currency_code is not UNSET and not _in_request:
            field_dict["currencyCode"] = currency_code
        if activities is not UNSET and not _in_request:
            field_dict["activities"] = activities
        if summary is not UNSET:
            field_dict["summary"] = summary

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A ProjectActivities from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:
        from ..models.project_activity_summary import ProjectActivitySummary  # noqa: PLC0415
        from ..models.project_status_activity import ProjectStatusActivity  # noqa: PLC0415

        def _p_activities(_tx_v: Any) -> list[ProjectStatusActivity] | Unset:
            _activities = _tx_v
            activities: list[ProjectStatusActivity] | Unset = UNSET
            if _activities is not UNSET:
                activities = []
                for activities_item_data in _activities:
                    if activities_item_data is None:
                        continue
                    activities_item = ProjectStatusActivity._tx_from_json(activities_item_data)

                    activities.append(activities_item)

            return activities

        def _p_summary(_tx_v: Any) -> ProjectActivitySummary | Unset:
            _summary = _tx_v
            summary: ProjectActivitySummary | Unset
            if isinstance(_summary, Unset):
                summary = UNSET
            else:
                summary = ProjectActivitySummary._tx_from_json(_summary)

            return summary

        _tx_known: frozenset[str] = frozenset(
            (
                "showIncome",
                "fixedPrice",
                "showHourCost",
                "currencyCode",
                "activities",
                "summary",
            )
        )

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "show_income": ("showIncome", None),
            "fixed_price": ("fixedPrice", None),
            "show_hour_cost": ("showHourCost", None),
            "currency_code": ("currencyCode", None),
            "activities": ("activities", _p_activities),
            "summary": ("summary", _p_summary),
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
