from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, serializing_request_body

if TYPE_CHECKING:
    from ..models.project_activity_summary import ProjectActivitySummary
    from ..models.project_status_activity import ProjectStatusActivity


T = TypeVar("T", bound="ProjectActivities")


@_attrs_define
class ProjectActivities:
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
        from ..models.project_activity_summary import ProjectActivitySummary  # noqa: PLC0415
        from ..models.project_status_activity import ProjectStatusActivity  # noqa: PLC0415

        # The service sends null for absent values almost everywhere: treat null as unset.
        d = {k: v for k, v in src_dict.items() if v is not None}
        show_income = d.pop("showIncome", UNSET)

        fixed_price = d.pop("fixedPrice", UNSET)

        show_hour_cost = d.pop("showHourCost", UNSET)

        currency_code = d.pop("currencyCode", UNSET)

        _activities = d.pop("activities", UNSET)
        activities: list[ProjectStatusActivity] | Unset = UNSET
        if _activities is not UNSET:
            activities = []
            for activities_item_data in _activities:
                if activities_item_data is None:
                    continue
                activities_item = ProjectStatusActivity.from_dict(activities_item_data)

                activities.append(activities_item)

        _summary = d.pop("summary", UNSET)
        summary: ProjectActivitySummary | Unset
        if isinstance(_summary, Unset):
            summary = UNSET
        else:
            summary = ProjectActivitySummary.from_dict(_summary)

        _obj = cls(
            show_income=show_income,
            fixed_price=fixed_price,
            show_hour_cost=show_hour_cost,
            currency_code=currency_code,
            activities=activities,
            summary=summary,
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
