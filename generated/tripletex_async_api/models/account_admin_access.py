from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.account_admin_access_access_type import AccountAdminAccessAccessType
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

T = TypeVar("T", bound="AccountAdminAccess")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = (
    ("accessType", str, False),
    ("specificAdminIds", list, False),
)


@_attrs_define(on_setattr=mark_assigned)
class AccountAdminAccess(LazyModel):
    """Account admin access for the customer. If not set, the default access will be used which is all admins from the
    accountant company.

        Attributes:
            access_type (AccountAdminAccessAccessType | Unset): Decides who will get admin access.
            specific_admin_ids (list[int] | Unset): Specific admin IDs to grant access to.
    """

    access_type: AccountAdminAccessAccessType | Unset = UNSET
    specific_admin_ids: list[int] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        self._tx_load()
        _in_request = serializing_request_body()
        access_type: str | Unset = UNSET
        if not isinstance(self.access_type, Unset):
            access_type = self.access_type.value

        specific_admin_ids: list[int] | Unset = UNSET
        if not isinstance(self.specific_admin_ids, Unset):
            specific_admin_ids = self.specific_admin_ids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if access_type is not UNSET:
            field_dict["accessType"] = access_type
        if specific_admin_ids is not UNSET:
            field_dict["specificAdminIds"] = specific_admin_ids

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A AccountAdminAccess from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:

        def _p_access_type(_tx_v: Any) -> AccountAdminAccessAccessType | Unset:
            _access_type = _tx_v
            access_type: AccountAdminAccessAccessType | Unset
            if isinstance(_access_type, Unset):
                access_type = UNSET
            else:
                access_type = AccountAdminAccessAccessType(_access_type)

            return access_type

        def _p_specific_admin_ids(_tx_v: Any) -> list[int] | Unset:
            specific_admin_ids = cast(list[int], _tx_v)

            return specific_admin_ids

        _tx_known: frozenset[str] = frozenset(
            (
                "accessType",
                "specificAdminIds",
            )
        )

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "access_type": ("accessType", _p_access_type),
            "specific_admin_ids": ("specificAdminIds", _p_specific_admin_ids),
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
