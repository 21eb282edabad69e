from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Model,
    ModelParsers,
    Unset,
    WireSpec,
    parse_error,
    parse_model,
)

T = TypeVar("T", bound="RP2Permissions")


@_attrs_define
class RP2Permissions(Model):
    """
    Attributes:
        can_view_employees (bool | Unset):
        can_view_projects (bool | Unset):
        can_see_other_employees (bool | Unset):
        can_open_jobs (bool | Unset):
        can_edit (bool | Unset):
        can_create (bool | Unset):
        can_delete (bool | Unset):
        can_filter (bool | Unset):
        can_batch_edit (bool | Unset):
        can_batch_select (bool | Unset):
        can_batch_delete (bool | Unset):
        can_assign_own_projects (bool | Unset):
        can_assign_all_projects (bool | Unset):
    """

    can_view_employees: bool | Unset = UNSET
    can_view_projects: bool | Unset = UNSET
    can_see_other_employees: bool | Unset = UNSET
    can_open_jobs: bool | Unset = UNSET
    can_edit: bool | Unset = UNSET
    can_create: bool | Unset = UNSET
    can_delete: bool | Unset = UNSET
    can_filter: bool | Unset = UNSET
    can_batch_edit: bool | Unset = UNSET
    can_batch_select: bool | Unset = UNSET
    can_batch_delete: bool | Unset = UNSET
    can_assign_own_projects: bool | Unset = UNSET
    can_assign_all_projects: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _v = self.can_view_employees
        if _v is not UNSET:
            field_dict["canViewEmployees"] = _v
        _v = self.can_view_projects
        if _v is not UNSET:
            field_dict["canViewProjects"] = _v
        _v = self.can_see_other_employees
        if _v is not UNSET:
            field_dict["canSeeOtherEmployees"] = _v
        _v = self.can_open_jobs
        if _v is not UNSET:
            field_dict["canOpenJobs"] = _v
        _v = self.can_edit
        if _v is not UNSET:
            field_dict["canEdit"] = _v
        _v = self.can_create
        if _v is not UNSET:
            field_dict["canCreate"] = _v
        _v = self.can_delete
        if _v is not UNSET:
            field_dict["canDelete"] = _v
        _v = self.can_filter
        if _v is not UNSET:
            field_dict["canFilter"] = _v
        _v = self.can_batch_edit
        if _v is not UNSET:
            field_dict["canBatchEdit"] = _v
        _v = self.can_batch_select
        if _v is not UNSET:
            field_dict["canBatchSelect"] = _v
        _v = self.can_batch_delete
        if _v is not UNSET:
            field_dict["canBatchDelete"] = _v
        _v = self.can_assign_own_projects
        if _v is not UNSET:
            field_dict["canAssignOwnProjects"] = _v
        _v = self.can_assign_all_projects
        if _v is not UNSET:
            field_dict["canAssignAllProjects"] = _v
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A RP2Permissions from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``RP2Permissions.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        _new = object.__new__
        _known: frozenset[str] = frozenset(
            (
                "canViewEmployees",
                "canViewProjects",
                "canSeeOtherEmployees",
                "canOpenJobs",
                "canEdit",
                "canCreate",
                "canDelete",
                "canFilter",
                "canBatchEdit",
                "canBatchSelect",
                "canBatchDelete",
                "canAssignOwnProjects",
                "canAssignAllProjects",
            )
        )

        # A reference ({"id": 1, "url": "..."}) or another object with few keys, all plain values:
        # every slot UNSET, then the keys present (cheaper than looking up every property).
        _sparse: dict[str, str] = {
            "canViewEmployees": "can_view_employees",
            "canViewProjects": "can_view_projects",
            "canSeeOtherEmployees": "can_see_other_employees",
            "canOpenJobs": "can_open_jobs",
            "canEdit": "can_edit",
            "canCreate": "can_create",
            "canDelete": "can_delete",
            "canFilter": "can_filter",
            "canBatchEdit": "can_batch_edit",
            "canBatchSelect": "can_batch_select",
            "canBatchDelete": "can_batch_delete",
            "canAssignOwnProjects": "can_assign_own_projects",
            "canAssignAllProjects": "can_assign_all_projects",
        }
        _sparse_keys = frozenset(_sparse)
        _setattr = setattr

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                if len(d) <= 4 and _sparse_keys.issuperset(d):
                    o.can_view_employees = o.can_view_projects = o.can_see_other_employees = o.can_open_jobs = (
                        o.can_edit
                    ) = o.can_create = o.can_delete = o.can_filter = o.can_batch_edit = o.can_batch_select = (
                        o.can_batch_delete
                    ) = o.can_assign_own_projects = o.can_assign_all_projects = UNSET
                    for key, v in d.items():
                        if v is not None:
                            _setattr(o, _sparse[key], v)
                    o.additional_properties = {}
                    return o
                u = UNSET
                g = d.get
                m = 0  # properties absent from d: d has additional keys if it is longer than the rest
                v = g("canViewEmployees")
                if v is None:
                    o.can_view_employees = u
                    if "canViewEmployees" not in d:
                        m += 1
                else:
                    o.can_view_employees = v
                v = g("canViewProjects")
                if v is None:
                    o.can_view_projects = u
                    if "canViewProjects" not in d:
                        m += 1
                else:
                    o.can_view_projects = v
                v = g("canSeeOtherEmployees")
                if v is None:
                    o.can_see_other_employees = u
                    if "canSeeOtherEmployees" not in d:
                        m += 1
                else:
                    o.can_see_other_employees = v
                v = g("canOpenJobs")
                if v is None:
                    o.can_open_jobs = u
                    if "canOpenJobs" not in d:
                        m += 1
                else:
                    o.can_open_jobs = v
                v = g("canEdit")
                if v is None:
                    o.can_edit = u
                    if "canEdit" not in d:
                        m += 1
                else:
                    o.can_edit = v
                v = g("canCreate")
                if v is None:
                    o.can_create = u
                    if "canCreate" not in d:
                        m += 1
                else:
                    o.can_create = v
                v = g("canDelete")
                if v is None:
                    o.can_delete = u
                    if "canDelete" not in d:
                        m += 1
                else:
                    o.can_delete = v
                v = g("canFilter")
                if v is None:
                    o.can_filter = u
                    if "canFilter" not in d:
                        m += 1
                else:
                    o.can_filter = v
                v = g("canBatchEdit")
                if v is None:
                    o.can_batch_edit = u
                    if "canBatchEdit" not in d:
                        m += 1
                else:
                    o.can_batch_edit = v
                v = g("canBatchSelect")
                if v is None:
                    o.can_batch_select = u
                    if "canBatchSelect" not in d:
                        m += 1
                else:
                    o.can_batch_select = v
                v = g("canBatchDelete")
                if v is None:
                    o.can_batch_delete = u
                    if "canBatchDelete" not in d:
                        m += 1
                else:
                    o.can_batch_delete = v
                v = g("canAssignOwnProjects")
                if v is None:
                    o.can_assign_own_projects = u
                    if "canAssignOwnProjects" not in d:
                        m += 1
                else:
                    o.can_assign_own_projects = v
                v = g("canAssignAllProjects")
                if v is None:
                    o.can_assign_all_projects = u
                    if "canAssignAllProjects" not in d:
                        m += 1
                else:
                    o.can_assign_all_projects = v
                k = None
                o.additional_properties = (
                    {} if len(d) + m <= 13 else {key: v for key, v in d.items() if v is not None and key not in _known}
                )
                return o
            except Exception as exc:
                raise parse_error(cls, k, d, exc) from exc

        # The wire form (tripletex_async/_runtime/wire.py): a record decoded by msgspec into a Struct
        # with these fields (absent: UNSET), converted here; what does not fit goes through parse().
        _wire_fields = (
            ("can_view_employees", "canViewEmployees"),
            ("can_view_projects", "canViewProjects"),
            ("can_see_other_employees", "canSeeOtherEmployees"),
            ("can_open_jobs", "canOpenJobs"),
            ("can_edit", "canEdit"),
            ("can_create", "canCreate"),
            ("can_delete", "canDelete"),
            ("can_filter", "canFilter"),
            ("can_batch_edit", "canBatchEdit"),
            ("can_batch_select", "canBatchSelect"),
            ("can_batch_delete", "canBatchDelete"),
            ("can_assign_own_projects", "canAssignOwnProjects"),
            ("can_assign_all_projects", "canAssignAllProjects"),
        )

        def convert(s: Any) -> Any:
            o: Any = _new(cls)
            u = UNSET
            v = s.can_view_employees
            o.can_view_employees = u if v is None else v
            v = s.can_view_projects
            o.can_view_projects = u if v is None else v
            v = s.can_see_other_employees
            o.can_see_other_employees = u if v is None else v
            v = s.can_open_jobs
            o.can_open_jobs = u if v is None else v
            v = s.can_edit
            o.can_edit = u if v is None else v
            v = s.can_create
            o.can_create = u if v is None else v
            v = s.can_delete
            o.can_delete = u if v is None else v
            v = s.can_filter
            o.can_filter = u if v is None else v
            v = s.can_batch_edit
            o.can_batch_edit = u if v is None else v
            v = s.can_batch_select
            o.can_batch_select = u if v is None else v
            v = s.can_batch_delete
            o.can_batch_delete = u if v is None else v
            v = s.can_assign_own_projects
            o.can_assign_own_projects = u if v is None else v
            v = s.can_assign_all_projects
            o.can_assign_all_projects = u if v is None else v
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
