from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, serializing_request_body

if TYPE_CHECKING:
    from ..models.activity import Activity
    from ..models.change import Change
    from ..models.project import Project


T = TypeVar("T", bound="ProjectActivity")


@_attrs_define
class ProjectActivity:
    """Project Activities

    Attributes:
        id (int | Unset):
        version (int | Unset):
        changes (list[Change] | Unset): [read-only]
        url (str | Unset): [read-only]
        activity (Activity | Unset): Add existing project activity or create new project specific activity
        project (Project | Unset):
        start_date (str | Unset):
        end_date (str | Unset):
        is_closed (bool | Unset):
        budget_hours (float | Unset): Set budget hours
        budget_hourly_rate_currency (float | Unset): Set budget hourly rate
        budget_fee_currency (float | Unset): Set budget fee
    """

    id: int | Unset = UNSET
    version: int | Unset = UNSET
    changes: list[Change] | Unset = UNSET
    url: str | Unset = UNSET
    activity: Activity | Unset = UNSET
    project: Project | Unset = UNSET
    start_date: str | Unset = UNSET
    end_date: str | Unset = UNSET
    is_closed: bool | Unset = UNSET
    budget_hours: float | Unset = UNSET
    budget_hourly_rate_currency: float | Unset = UNSET
    budget_fee_currency: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _in_request = serializing_request_body()
        id = self.id

        version = self.version

        changes: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.changes, Unset):
            changes = []
            for changes_item_data in self.changes:
                changes_item = changes_item_data.to_dict()
                changes.append(changes_item)

        url = self.url

        activity: dict[str, Any] | Unset = UNSET
        if not isinstance(self.activity, Unset):
            activity = self.activity.to_dict()

        project: dict[str, Any] | Unset = UNSET
        if not isinstance(self.project, Unset):
            project = self.project.to_dict()

        start_date = self.start_date

        end_date = self.end_date

        is_closed = self.is_closed

        budget_hours = self.budget_hours

        budget_hourly_rate_currency = self.budget_hourly_rate_currency

        budget_fee_currency = self.budget_fee_currency

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if version is not UNSET:
            field_dict["version"] = version
        if changes is not UNSET and not _in_request:
            field_dict["changes"] = changes
        if url is not UNSET and not _in_request:
            field_dict["url"] = url
        if activity is not UNSET:
            field_dict["activity"] = activity
        if project is not UNSET:
            field_dict["project"] = project
        if start_date is not UNSET:
            field_dict["startDate"] = start_date
        if end_date is not UNSET:
            field_dict["endDate"] = end_date
        if is_closed is not UNSET:
            field_dict["isClosed"] = is_closed
        if budget_hours is not UNSET:
            field_dict["budgetHours"] = budget_hours
        if budget_hourly_rate_currency is not UNSET:
            field_dict["budgetHourlyRateCurrency"] = budget_hourly_rate_currency
        if budget_fee_currency is not UNSET:
            field_dict["budgetFeeCurrency"] = budget_fee_currency

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        from ..models.activity import Activity  # noqa: PLC0415
        from ..models.change import Change  # noqa: PLC0415
        from ..models.project import Project  # noqa: PLC0415

        # The service sends null for absent values almost everywhere: treat null as unset.
        d = {k: v for k, v in src_dict.items() if v is not None}
        id = d.pop("id", UNSET)

        version = d.pop("version", UNSET)

        _changes = d.pop("changes", UNSET)
        changes: list[Change] | Unset = UNSET
        if _changes is not UNSET:
            changes = []
            for changes_item_data in _changes:
                if changes_item_data is None:
                    continue
                changes_item = Change.from_dict(changes_item_data)

                changes.append(changes_item)

        url = d.pop("url", UNSET)

        _activity = d.pop("activity", UNSET)
        activity: Activity | Unset
        if isinstance(_activity, Unset):
            activity = UNSET
        else:
            activity = Activity.from_dict(_activity)

        _project = d.pop("project", UNSET)
        project: Project | Unset
        if isinstance(_project, Unset):
            project = UNSET
        else:
            project = Project.from_dict(_project)

        start_date = d.pop("startDate", UNSET)

        end_date = d.pop("endDate", UNSET)

        is_closed = d.pop("isClosed", UNSET)

        budget_hours = d.pop("budgetHours", UNSET)

        budget_hourly_rate_currency = d.pop("budgetHourlyRateCurrency", UNSET)

        budget_fee_currency = d.pop("budgetFeeCurrency", UNSET)

        _obj = cls(
            id=id,
            version=version,
            changes=changes,
            url=url,
            activity=activity,
            project=project,
            start_date=start_date,
            end_date=end_date,
            is_closed=is_closed,
            budget_hours=budget_hours,
            budget_hourly_rate_currency=budget_hourly_rate_currency,
            budget_fee_currency=budget_fee_currency,
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
