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
    UNSET,
    Model,
    ModelParsers,
    Unset,
    WireSpec,
    enum_members,
    enum_value,
    parse_error,
    parse_model,
)

T = TypeVar("T", bound="ProjectAccess")


@_attrs_define
class ProjectAccess(Model):
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
        _v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _v = self.access_order_lines
        if _v is not UNSET:
            field_dict["accessOrderLines"] = _v._value_
        _v = self.access_hours
        if _v is not UNSET:
            field_dict["accessHours"] = _v._value_
        _v = self.access_attachments
        if _v is not UNSET:
            field_dict["accessAttachments"] = _v._value_
        _v = self.access_control_forms
        if _v is not UNSET:
            field_dict["accessControlForms"] = _v._value_
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A ProjectAccess from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``ProjectAccess.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        _new = object.__new__
        _e_access_order_lines: dict[Any, Any] = enum_members(ProjectAccessAccessOrderLines)
        _e_access_hours: dict[Any, Any] = enum_members(ProjectAccessAccessHours)
        _e_access_attachments: dict[Any, Any] = enum_members(ProjectAccessAccessAttachments)
        _e_access_control_forms: dict[Any, Any] = enum_members(ProjectAccessAccessControlForms)
        _known: frozenset[str] = frozenset(
            (
                "accessOrderLines",
                "accessHours",
                "accessAttachments",
                "accessControlForms",
            )
        )

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                u = UNSET
                g = d.get
                m = 0  # properties absent from d: d has additional keys if it is longer than the rest
                k = "accessOrderLines"
                v = g("accessOrderLines")
                if v is None:
                    o.access_order_lines = u
                    if "accessOrderLines" not in d:
                        m += 1
                else:
                    o.access_order_lines = (
                        e_
                        if (e_ := _e_access_order_lines.get(v)) is not None
                        else enum_value(ProjectAccessAccessOrderLines, v)
                    )
                k = "accessHours"
                v = g("accessHours")
                if v is None:
                    o.access_hours = u
                    if "accessHours" not in d:
                        m += 1
                else:
                    o.access_hours = (
                        e_ if (e_ := _e_access_hours.get(v)) is not None else enum_value(ProjectAccessAccessHours, v)
                    )
                k = "accessAttachments"
                v = g("accessAttachments")
                if v is None:
                    o.access_attachments = u
                    if "accessAttachments" not in d:
                        m += 1
                else:
                    o.access_attachments = (
                        e_
                        if (e_ := _e_access_attachments.get(v)) is not None
                        else enum_value(ProjectAccessAccessAttachments, v)
                    )
                k = "accessControlForms"
                v = g("accessControlForms")
                if v is None:
                    o.access_control_forms = u
                    if "accessControlForms" not in d:
                        m += 1
                else:
                    o.access_control_forms = (
                        e_
                        if (e_ := _e_access_control_forms.get(v)) is not None
                        else enum_value(ProjectAccessAccessControlForms, v)
                    )
                k = None
                o.additional_properties = (
                    {} if len(d) + m <= 4 else {key: v for key, v in d.items() if v is not None and key not in _known}
                )
                return o
            except Exception as exc:
                raise parse_error(cls, k, d, exc) from exc

        # The wire form (tripletex_async/_runtime/wire.py): a record decoded by msgspec into a Struct
        # with these fields (absent: UNSET), converted here; what does not fit goes through parse().
        _wire_fields = (
            ("access_order_lines", "accessOrderLines"),
            ("access_hours", "accessHours"),
            ("access_attachments", "accessAttachments"),
            ("access_control_forms", "accessControlForms"),
        )

        def convert(s: Any) -> Any:
            o: Any = _new(cls)
            u = UNSET
            v = s.access_order_lines
            o.access_order_lines = (
                u
                if v is None or v is u
                else e_
                if (e_ := _e_access_order_lines.get(v)) is not None
                else enum_value(ProjectAccessAccessOrderLines, v)
            )
            v = s.access_hours
            o.access_hours = (
                u
                if v is None or v is u
                else e_
                if (e_ := _e_access_hours.get(v)) is not None
                else enum_value(ProjectAccessAccessHours, v)
            )
            v = s.access_attachments
            o.access_attachments = (
                u
                if v is None or v is u
                else e_
                if (e_ := _e_access_attachments.get(v)) is not None
                else enum_value(ProjectAccessAccessAttachments, v)
            )
            v = s.access_control_forms
            o.access_control_forms = (
                u
                if v is None or v is u
                else e_
                if (e_ := _e_access_control_forms.get(v)) is not None
                else enum_value(ProjectAccessAccessControlForms, v)
            )
            o.additional_properties = {}
            return o

        return ModelParsers(parse, WireSpec(_wire_fields, convert))

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
