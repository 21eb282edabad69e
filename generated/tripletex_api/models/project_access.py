from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.project_access_access_attachments import ProjectAccessAccessAttachments
from ..models.project_access_access_control_forms import ProjectAccessAccessControlForms
from ..models.project_access_access_hours import ProjectAccessAccessHours
from ..models.project_access_access_order_lines import ProjectAccessAccessOrderLines
from ..types import UNSET, Unset, serializing_request_body

T = TypeVar("T", bound="ProjectAccess")


@_attrs_define
class ProjectAccess:
    """
    Attributes:
        access_order_lines (ProjectAccessAccessOrderLines | Unset):
        access_hours (ProjectAccessAccessHours | Unset):
        access_attachments (ProjectAccessAccessAttachments | Unset):
        access_control_forms (ProjectAccessAccessControlForms | Unset):
    """

    access_order_lines: ProjectAccessAccessOrderLines | Unset = UNSET
    access_hours: ProjectAccessAccessHours | Unset = UNSET
    access_attachments: ProjectAccessAccessAttachments | Unset = UNSET
    access_control_forms: ProjectAccessAccessControlForms | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _in_request = serializing_request_body()
        access_order_lines: str | Unset = UNSET
        if not isinstance(self.access_order_lines, Unset):
            access_order_lines = self.access_order_lines.value

        access_hours: str | Unset = UNSET
        if not isinstance(self.access_hours, Unset):
            access_hours = self.access_hours.value

        access_attachments: str | Unset = UNSET
        if not isinstance(self.access_attachments, Unset):
            access_attachments = self.access_attachments.value

        access_control_forms: str | Unset = UNSET
        if not isinstance(self.access_control_forms, Unset):
            access_control_forms = self.access_control_forms.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if access_order_lines is not UNSET:
            field_dict["accessOrderLines"] = access_order_lines
        if access_hours is not UNSET:
            field_dict["accessHours"] = access_hours
        if access_attachments is not UNSET:
            field_dict["accessAttachments"] = access_attachments
        if access_control_forms is not UNSET:
            field_dict["accessControlForms"] = access_control_forms

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        # The service sends null for absent values almost everywhere: treat null as unset.
        d = {k: v for k, v in src_dict.items() if v is not None}
        _access_order_lines = d.pop("accessOrderLines", UNSET)
        access_order_lines: ProjectAccessAccessOrderLines | Unset
        if isinstance(_access_order_lines, Unset):
            access_order_lines = UNSET
        else:
            access_order_lines = ProjectAccessAccessOrderLines(_access_order_lines)

        _access_hours = d.pop("accessHours", UNSET)
        access_hours: ProjectAccessAccessHours | Unset
        if isinstance(_access_hours, Unset):
            access_hours = UNSET
        else:
            access_hours = ProjectAccessAccessHours(_access_hours)

        _access_attachments = d.pop("accessAttachments", UNSET)
        access_attachments: ProjectAccessAccessAttachments | Unset
        if isinstance(_access_attachments, Unset):
            access_attachments = UNSET
        else:
            access_attachments = ProjectAccessAccessAttachments(_access_attachments)

        _access_control_forms = d.pop("accessControlForms", UNSET)
        access_control_forms: ProjectAccessAccessControlForms | Unset
        if isinstance(_access_control_forms, Unset):
            access_control_forms = UNSET
        else:
            access_control_forms = ProjectAccessAccessControlForms(_access_control_forms)

        _obj = cls(
            access_order_lines=access_order_lines,
            access_hours=access_hours,
            access_attachments=access_attachments,
            access_control_forms=access_control_forms,
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
