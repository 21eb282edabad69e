from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, serializing_request_body

T = TypeVar("T", bound="TimeTravellersAuthDTO")


@_attrs_define
class TimeTravellersAuthDTO:
    """
    Attributes:
        is_proxy (bool | Unset): [read-only]
        is_auth_create (bool | Unset): [read-only]
        auth_level_wage (int | Unset): [read-only]
        auth_level_expense (int | Unset): [read-only]
        is_auth_expense_settings (bool | Unset): [read-only]
        is_project_manager_on_any_project (bool | Unset): [read-only]
    """

    is_proxy: bool | Unset = UNSET
    is_auth_create: bool | Unset = UNSET
    auth_level_wage: int | Unset = UNSET
    auth_level_expense: int | Unset = UNSET
    is_auth_expense_settings: bool | Unset = UNSET
    is_project_manager_on_any_project: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _in_request = serializing_request_body()
        is_proxy = self.is_proxy

        is_auth_create = self.is_auth_create

        auth_level_wage = self.auth_level_wage

        auth_level_expense = self.auth_level_expense

        is_auth_expense_settings = self.is_auth_expense_settings

        is_project_manager_on_any_project = self.is_project_manager_on_any_project

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if is_proxy is not UNSET and not _in_request:
            field_dict["isProxy"] = is_proxy
        if is_auth_create is not UNSET and not _in_request:
            field_dict["isAuthCreate"] = is_auth_create
        if auth_level_wage is not UNSET and not _in_request:
            field_dict["authLevelWage"] = auth_level_wage
        if auth_level_expense is not UNSET and not _in_request:
            field_dict["authLevelExpense"] = auth_level_expense
        if is_auth_expense_settings is not UNSET and not _in_request:
            field_dict["isAuthExpenseSettings"] = is_auth_expense_settings
        if is_project_manager_on_any_project is not UNSET and not _in_request:
            field_dict["isProjectManagerOnAnyProject"] = is_project_manager_on_any_project

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        # The service sends null for absent values almost everywhere: treat null as unset.
        d = {k: v for k, v in src_dict.items() if v is not None}
        is_proxy = d.pop("isProxy", UNSET)

        is_auth_create = d.pop("isAuthCreate", UNSET)

        auth_level_wage = d.pop("authLevelWage", UNSET)

        auth_level_expense = d.pop("authLevelExpense", UNSET)

        is_auth_expense_settings = d.pop("isAuthExpenseSettings", UNSET)

        is_project_manager_on_any_project = d.pop("isProjectManagerOnAnyProject", UNSET)

        _obj = cls(
            is_proxy=is_proxy,
            is_auth_create=is_auth_create,
            auth_level_wage=auth_level_wage,
            auth_level_expense=auth_level_expense,
            is_auth_expense_settings=is_auth_expense_settings,
            is_project_manager_on_any_project=is_project_manager_on_any_project,
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
