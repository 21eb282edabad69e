from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.project_access_access_attachments import ProjectAccessAccessAttachments
from ..models.project_access_access_control_forms import ProjectAccessAccessControlForms
from ..models.project_access_access_hours import ProjectAccessAccessHours
from ..models.project_access_access_order_lines import ProjectAccessAccessOrderLines
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

T = TypeVar("T", bound="ProjectAccess")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = (
    ("accessOrderLines", str, False),
    ("accessHours", str, False),
    ("accessAttachments", str, False),
    ("accessControlForms", str, False),
)


@_attrs_define(on_setattr=mark_assigned)
class ProjectAccess(LazyModel):
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
        self._tx_load()
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
        """A ProjectAccess from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:

        def _p_access_order_lines(_tx_v: Any) -> ProjectAccessAccessOrderLines | Unset:
            _access_order_lines = _tx_v
            access_order_lines: ProjectAccessAccessOrderLines | Unset
            if isinstance(_access_order_lines, Unset):
                access_order_lines = UNSET
            else:
                access_order_lines = ProjectAccessAccessOrderLines(_access_order_lines)

            return access_order_lines

        def _p_access_hours(_tx_v: Any) -> ProjectAccessAccessHours | Unset:
            _access_hours = _tx_v
            access_hours: ProjectAccessAccessHours | Unset
            if isinstance(_access_hours, Unset):
                access_hours = UNSET
            else:
                access_hours = ProjectAccessAccessHours(_access_hours)

            return access_hours

        def _p_access_attachments(_tx_v: Any) -> ProjectAccessAccessAttachments | Unset:
            _access_attachments = _tx_v
            access_attachments: ProjectAccessAccessAttachments | Unset
            if isinstance(_access_attachments, Unset):
                access_attachments = UNSET
            else:
                access_attachments = ProjectAccessAccessAttachments(_access_attachments)

            return access_attachments

        def _p_access_control_forms(_tx_v: Any) -> ProjectAccessAccessControlForms | Unset:
            _access_control_forms = _tx_v
            access_control_forms: ProjectAccessAccessControlForms | Unset
            if isinstance(_access_control_forms, Unset):
                access_control_forms = UNSET
            else:
                access_control_forms = ProjectAccessAccessControlForms(_access_control_forms)

            return access_control_forms

        _tx_known: frozenset[str] = frozenset(
            (
                "accessOrderLines",
                "accessHours",
                "accessAttachments",
                "accessControlForms",
            )
        )

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "access_order_lines": ("accessOrderLines", _p_access_order_lines),
            "access_hours": ("accessHours", _p_access_hours),
            "access_attachments": ("accessAttachments", _p_access_attachments),
            "access_control_forms": ("accessControlForms", _p_access_control_forms),
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
