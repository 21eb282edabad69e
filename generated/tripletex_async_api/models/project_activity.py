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
    from ..models.activity import Activity
    from ..models.change import Change
    from ..models.project import Project


T = TypeVar("T", bound="ProjectActivity")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = (
    ("changes", list, False),
    ("activity", dict, False),
    ("project", dict, False),
)


@_attrs_define(on_setattr=mark_assigned)
class ProjectActivity(LazyModel):
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
        self._tx_load()
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
        """A ProjectActivity from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:
        from ..models.activity import Activity  # noqa: PLC0415
        from ..models.change import Change  # noqa: PLC0415
        from ..models.project import Project  # noqa: PLC0415

        def _p_changes(_tx_v: Any) -> list[Change] | Unset:
            _changes = _tx_v
            changes: list[Change] | Unset = UNSET
            if _changes is not UNSET:
                changes = []
                for changes_item_data in _changes:
                    if changes_item_data is None:
                        continue
                    changes_item = Change._tx_from_json(changes_item_data)

                    changes.append(changes_item)

            return changes

        def _p_activity(_tx_v: Any) -> Activity | Unset:
            _activity = _tx_v
            activity: Activity | Unset
            if isinstance(_activity, Unset):
                activity = UNSET
            else:
                activity = Activity._tx_from_json(_activity)

            return activity

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
                "id",
                "version",
                "changes",
                "url",
                "activity",
                "project",
                "startDate",
                "endDate",
                "isClosed",
                "budgetHours",
                "budgetHourlyRateCurrency",
                "budgetFeeCurrency",
            )
        )

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "id": ("id", None),
            "version": ("version", None),
            "changes": ("changes", _p_changes),
            "url": ("url", None),
            "activity": ("activity", _p_activity),
            "project": ("project", _p_project),
            "start_date": ("startDate", None),
            "end_date": ("endDate", None),
            "is_closed": ("isClosed", None),
            "budget_hours": ("budgetHours", None),
            "budget_hourly_rate_currency": ("budgetHourlyRateCurrency", None),
            "budget_fee_currency": ("budgetFeeCurrency", None),
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
