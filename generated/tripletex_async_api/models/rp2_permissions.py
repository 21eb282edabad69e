from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import Any, TypeVar

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

T = TypeVar("T", bound="RP2Permissions")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = ()


@_attrs_define(on_setattr=mark_assigned)
class RP2Permissions(LazyModel):
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
        self._tx_load()
        _in_request = serializing_request_body()
        can_view_employees = self.can_view_employees

        can_view_projects = self.can_view_projects

        can_see_other_employees = self.can_see_other_employees

        can_open_jobs = self.can_open_jobs

        can_edit = self.can_edit

        can_create = self.can_create

        can_delete = self.can_delete

        can_filter = self.can_filter

        can_batch_edit = self.can_batch_edit

        can_batch_select = self.can_batch_select

        can_batch_delete = self.can_batch_delete

        can_assign_own_projects = self.can_assign_own_projects

        can_assign_all_projects = self.can_assign_all_projects

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if can_view_employees is not UNSET:
            field_dict["canViewEmployees"] = can_view_employees
        if can_view_projects is not UNSET:
            field_dict["canViewProjects"] = can_view_projects
        if can_see_other_employees is not UNSET:
            field_dict["canSeeOtherEmployees"] = can_see_other_employees
        if can_open_jobs is not UNSET:
            field_dict["canOpenJobs"] = can_open_jobs
        if can_edit is not UNSET:
            field_dict["canEdit"] = can_edit
        if can_create is not UNSET:
            field_dict["canCreate"] = can_create
        if can_delete is not UNSET:
            field_dict["canDelete"] = can_delete
        if can_filter is not UNSET:
            field_dict["canFilter"] = can_filter
        if can_batch_edit is not UNSET:
            field_dict["canBatchEdit"] = can_batch_edit
        if can_batch_select is not UNSET:
            field_dict["canBatchSelect"] = can_batch_select
        if can_batch_delete is not UNSET:
            field_dict["canBatchDelete"] = can_batch_delete
        if can_assign_own_projects is not UNSET:
            field_dict["canAssignOwnProjects"] = can_assign_own_projects
        if can_assign_all_projects is not UNSET:
            field_dict["canAssignAllProjects"] = can_assign_all_projects

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A RP2Permissions from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:

        _tx_known: frozenset[str] = frozenset(
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

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "can_view_employees": ("canViewEmployees", None),
            "can_view_projects": ("canViewProjects", None),
            "can_see_other_employees": ("canSeeOtherEmployees", None),
            "can_open_jobs": ("canOpenJobs", None),
            "can_edit": ("canEdit", None),
            "can_create": ("canCreate", None),
            "can_delete": ("canDelete", None),
            "can_filter": ("canFilter", None),
            "can_batch_edit": ("canBatchEdit", None),
            "can_batch_select": ("canBatchSelect", None),
            "can_batch_delete": ("canBatchDelete", None),
            "can_assign_own_projects": ("canAssignOwnProjects", None),
            "can_assign_all_projects": ("canAssignAllProjects", None),
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
