from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, serializing_request_body

T = TypeVar("T", bound="ActivityBuilder")


@_attrs_define
class ActivityBuilder:
    """
    Attributes:
        company_id (int | Unset):
        name (str | Unset):
        description (str | Unset):
        number (int | Unset):
        general (bool | Unset):
        project_activity (bool | Unset):
        allow_timetracking (bool | Unset):
        task (bool | Unset):
        chargeable (bool | Unset):
        disabled (bool | Unset):
    """

    company_id: int | Unset = UNSET
    name: str | Unset = UNSET
    description: str | Unset = UNSET
    number: int | Unset = UNSET
    general: bool | Unset = UNSET
    project_activity: bool | Unset = UNSET
    allow_timetracking: bool | Unset = UNSET
    task: bool | Unset = UNSET
    chargeable: bool | Unset = UNSET
    disabled: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _in_request = serializing_request_body()
        company_id = self.company_id

        name = self.name

        description = self.description

        number = self.number

        general = self.general

        project_activity = self.project_activity

        allow_timetracking = self.allow_timetracking

        task = self.task

        chargeable = self.chargeable

        disabled = self.disabled

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if company_id is not UNSET:
            field_dict["companyId"] = company_id
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if number is not UNSET:
            field_dict["number"] = number
        if general is not UNSET:
            field_dict["general"] = general
        if project_activity is not UNSET:
            field_dict["projectActivity"] = project_activity
        if allow_timetracking is not UNSET:
            field_dict["allowTimetracking"] = allow_timetracking
        if task is not UNSET:
            field_dict["task"] = task
        if chargeable is not UNSET:
            field_dict["chargeable"] = chargeable
        if disabled is not UNSET:
            field_dict["disabled"] = disabled

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        # The service sends null for absent values almost everywhere: treat null as unset.
        d = {k: v for k, v in src_dict.items() if v is not None}
        company_id = d.pop("companyId", UNSET)

        name = d.pop("name", UNSET)

        description = d.pop("description", UNSET)

        number = d.pop("number", UNSET)

        general = d.pop("general", UNSET)

        project_activity = d.pop("projectActivity", UNSET)

        allow_timetracking = d.pop("allowTimetracking", UNSET)

        task = d.pop("task", UNSET)

        chargeable = d.pop("chargeable", UNSET)

        disabled = d.pop("disabled", UNSET)

        _obj = cls(
            company_id=company_id,
            name=name,
            description=description,
            number=number,
            general=general,
            project_activity=project_activity,
            allow_timetracking=allow_timetracking,
            task=task,
            chargeable=chargeable,
            disabled=disabled,
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
