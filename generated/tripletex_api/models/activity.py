from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.activity_activity_type import ActivityActivityType
from ..types import UNSET, Unset, serializing_request_body

if TYPE_CHECKING:
    from ..models.change import Change


T = TypeVar("T", bound="Activity")


@_attrs_define
class Activity:
    """Add existing project activity or create new project specific activity

    Attributes:
        id (int | Unset):
        version (int | Unset):
        changes (list[Change] | Unset): [read-only]
        url (str | Unset): [read-only]
        name (str | Unset):
        number (str | Unset):
        description (str | Unset):
        activity_type (ActivityActivityType | Unset): PROJECT_SPECIFIC_ACTIVITY are made via project/projectActivity, as
            they must be part of a project.
        is_project_activity (bool | Unset): [read-only] Manipulate these with ActivityType
        is_general (bool | Unset): [read-only] Manipulate these with ActivityType
        is_task (bool | Unset): [read-only] Manipulate these with ActivityType
        is_disabled (bool | Unset): [read-only]
        is_chargeable (bool | Unset):
        rate (float | Unset):
        cost_percentage (float | Unset):
        display_name (str | Unset):
        deletable (bool | Unset): [read-only]
    """

    id: int | Unset = UNSET
    version: int | Unset = UNSET
    changes: list[Change] | Unset = UNSET
    url: str | Unset = UNSET
    name: str | Unset = UNSET
    number: str | Unset = UNSET
    description: str | Unset = UNSET
    activity_type: ActivityActivityType | Unset = UNSET
    is_project_activity: bool | Unset = UNSET
    is_general: bool | Unset = UNSET
    is_task: bool | Unset = UNSET
    is_disabled: bool | Unset = UNSET
    is_chargeable: bool | Unset = UNSET
    rate: float | Unset = UNSET
    cost_percentage: float | Unset = UNSET
    display_name: str | Unset = UNSET
    deletable: bool | Unset = UNSET
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

        name = self.name

        number = self.number

        description = self.description

        activity_type: str | Unset = UNSET
        if not isinstance(self.activity_type, Unset):
            activity_type = self.activity_type.value

        is_project_activity = self.is_project_activity

        is_general = self.is_general

        is_task = self.is_task

        is_disabled = self.is_disabled

        is_chargeable = self.is_chargeable

        rate = self.rate

        cost_percentage = self.cost_percentage

        display_name = self.display_name

        deletable = self.deletable

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
        if name is not UNSET:
            field_dict["name"] = name
        if number is not UNSET:
            field_dict["number"] = number
        if description is not UNSET:
            field_dict["description"] = description
        if activity_type is not UNSET:
            field_dict["activityType"] = activity_type
        if is_project_activity is not UNSET and not _in_request:
            field_dict["isProjectActivity"] = is_project_activity
        if is_general is not UNSET and not _in_request:
            field_dict["isGeneral"] = is_general
        if is_task is not UNSET and not _in_request:
            field_dict["isTask"] = is_task
        if is_disabled is not UNSET and not _in_request:
            field_dict["isDisabled"] = is_disabled
        if is_chargeable is not UNSET:
            field_dict["isChargeable"] = is_chargeable
        if rate is not UNSET:
            field_dict["rate"] = rate
        if cost_percentage is not UNSET:
            field_dict["costPercentage"] = cost_percentage
        if display_name is not UNSET:
            field_dict["displayName"] = display_name
        if deletable is not UNSET and not _in_request:
            field_dict["deletable"] = deletable

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        from ..models.change import Change  # noqa: PLC0415

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

        name = d.pop("name", UNSET)

        number = d.pop("number", UNSET)

        description = d.pop("description", UNSET)

        _activity_type = d.pop("activityType", UNSET)
        activity_type: ActivityActivityType | Unset
        if isinstance(_activity_type, Unset):
            activity_type = UNSET
        else:
            activity_type = ActivityActivityType(_activity_type)

        is_project_activity = d.pop("isProjectActivity", UNSET)

        is_general = d.pop("isGeneral", UNSET)

        is_task = d.pop("isTask", UNSET)

        is_disabled = d.pop("isDisabled", UNSET)

        is_chargeable = d.pop("isChargeable", UNSET)

        rate = d.pop("rate", UNSET)

        cost_percentage = d.pop("costPercentage", UNSET)

        display_name = d.pop("displayName", UNSET)

        deletable = d.pop("deletable", UNSET)

        _obj = cls(
            id=id,
            version=version,
            changes=changes,
            url=url,
            name=name,
            number=number,
            description=description,
            activity_type=activity_type,
            is_project_activity=is_project_activity,
            is_general=is_general,
            is_task=is_task,
            is_disabled=is_disabled,
            is_chargeable=is_chargeable,
            rate=rate,
            cost_percentage=cost_percentage,
            display_name=display_name,
            deletable=deletable,
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
