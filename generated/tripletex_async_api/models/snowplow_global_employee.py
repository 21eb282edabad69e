from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import Any, TypeVar, cast

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

T = TypeVar("T", bound="SnowplowGlobalEmployee")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = (("roleIds", list, False),)


@_attrs_define(on_setattr=mark_assigned)
class SnowplowGlobalEmployee(LazyModel):
    """
    Attributes:
        user_id (int | Unset): [read-only]
        employee_id (int | Unset): [read-only]
        tripletex_employee_id (int | Unset): [read-only]
        is_accountant (bool | Unset): [read-only]
        role_ids (list[int] | Unset): [read-only]
    """

    user_id: int | Unset = UNSET
    employee_id: int | Unset = UNSET
    tripletex_employee_id: int | Unset = UNSET
    is_accountant: bool | Unset = UNSET
    role_ids: list[int] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        self._tx_load()
        _in_request = serializing_request_body()
        user_id = self.user_id

        employee_id = self.employee_id

        tripletex_employee_id = self.tripletex_employee_id

        is_accountant = self.is_accountant

        role_ids: list[int] | Unset = UNSET
        if not isinstance(self.role_ids, Unset):
            role_ids = self.role_ids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if user_id is not UNSET and not _in_request:
            field_dict["userId"] = user_id
        if employee_id is not UNSET and not _in_request:
            field_dict["employeeId"] = employee_id
        if tripletex_employee_id is not UNSET and not _in_request:
            field_dict["tripletexEmployeeId"] = tripletex_employee_id
        if is_accountant is not UNSET and not _in_request:
            field_dict["isAccountant"] = is_accountant
        if role_ids is not UNSET and not _in_request:
            field_dict["roleIds"] = role_ids

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A SnowplowGlobalEmployee from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:

        def _p_role_ids(_tx_v: Any) -> list[int] | Unset:
            role_ids = cast(list[int], _tx_v)

            return role_ids

        _tx_known: frozenset[str] = frozenset(
            (
                "userId",
                "employeeId",
                "tripletexEmployeeId",
                "isAccountant",
                "roleIds",
            )
        )

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "user_id": ("userId", None),
            "employee_id": ("employeeId", None),
            "tripletex_employee_id": ("tripletexEmployeeId", None),
            "is_accountant": ("isAccountant", None),
            "role_ids": ("roleIds", _p_role_ids),
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
