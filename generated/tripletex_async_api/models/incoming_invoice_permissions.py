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

T = TypeVar("T", bound="IncomingInvoicePermissions")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = ()


@_attrs_define(on_setattr=mark_assigned)
class IncomingInvoicePermissions(LazyModel):
    """The user rights for invoice.

    Attributes:
        has_read_permission (bool | Unset): [read-only]
        has_update_permission (bool | Unset): [read-only]
        has_send_to_non_posted_permission (bool | Unset): [read-only]
        has_send_to_ledger_permission (bool | Unset): [read-only]
        has_restricted_wage_info (bool | Unset): [read-only]
    """

    has_read_permission: bool | Unset = UNSET
    has_update_permission: bool | Unset = UNSET
    has_send_to_non_posted_permission: bool | Unset = UNSET
    has_send_to_ledger_permission: bool | Unset = UNSET
    has_restricted_wage_info: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        self._tx_load()
        _in_request = serializing_request_body()
        has_read_permission = self.has_read_permission

        has_update_permission = self.has_update_permission

        has_send_to_non_posted_permission = self.has_send_to_non_posted_permission

        has_send_to_ledger_permission = self.has_send_to_ledger_permission

        has_restricted_wage_info = self.has_restricted_wage_info

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if has_read_permission is not UNSET and not _in_request:
            field_dict["hasReadPermission"] = has_read_permission
        if has_update_permission is not UNSET and not _in_request:
            field_dict["hasUpdatePermission"] = has_update_permission
        if has_send_to_non_posted_permission is not UNSET and not _in_request:
            field_dict["hasSendToNonPostedPermission"] = has_send_to_non_posted_permission
        if has_send_to_ledger_permission is not UNSET and not _in_request:
            field_dict["hasSendToLedgerPermission"] = has_send_to_ledger_permission
        if has_restricted_wage_info is not UNSET and not _in_request:
            field_dict["hasRestrictedWageInfo"] = has_restricted_wage_info

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A IncomingInvoicePermissions from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:

        _tx_known: frozenset[str] = frozenset(
            (
                "hasReadPermission",
                "hasUpdatePermission",
                "hasSendToNonPostedPermission",
                "hasSendToLedgerPermission",
                "hasRestrictedWageInfo",
            )
        )

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "has_read_permission": ("hasReadPermission", None),
            "has_update_permission": ("hasUpdatePermission", None),
            "has_send_to_non_posted_permission": ("hasSendToNonPostedPermission", None),
            "has_send_to_ledger_permission": ("hasSendToLedgerPermission", None),
            "has_restricted_wage_info": ("hasRestrictedWageInfo", None),
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
