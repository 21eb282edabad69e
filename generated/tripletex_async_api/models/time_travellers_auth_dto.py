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

T = TypeVar("T", bound="TimeTravellersAuthDTO")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = ()


@_attrs_define(on_setattr=mark_assigned)
class TimeTravellersAuthDTO(LazyModel):
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
        self._tx_load()
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
        """A TimeTravellersAuthDTO from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:

        _tx_known: frozenset[str] = frozenset(
            (
                "isProxy",
                "isAuthCreate",
                "authLevelWage",
                "authLevelExpense",
                "isAuthExpenseSettings",
                "isProjectManagerOnAnyProject",
            )
        )

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "is_proxy": ("isProxy", None),
            "is_auth_create": ("isAuthCreate", None),
            "auth_level_wage": ("authLevelWage", None),
            "auth_level_expense": ("authLevelExpense", None),
            "is_auth_expense_settings": ("isAuthExpenseSettings", None),
            "is_project_manager_on_any_project": ("isProjectManagerOnAnyProject", None),
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
