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
    serializing_request_body,
)

T = TypeVar("T", bound="IncomingInvoicePermissions")


@_attrs_define
class IncomingInvoicePermissions(Model):
    """The user rights for invoice.

    Attributes:
        has_read_permission (bool | Unset):
        has_update_permission (bool | Unset):
        has_send_to_non_posted_permission (bool | Unset):
        has_send_to_ledger_permission (bool | Unset):
        has_restricted_wage_info (bool | Unset):
    """

    has_read_permission: bool | Unset = UNSET
    has_update_permission: bool | Unset = UNSET
    has_send_to_non_posted_permission: bool | Unset = UNSET
    has_send_to_ledger_permission: bool | Unset = UNSET
    has_restricted_wage_info: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _in_request = serializing_request_body()
        _v = self.has_read_permission
        if _v is not UNSET and not _in_request:
            field_dict["hasReadPermission"] = _v
        _v = self.has_update_permission
        if _v is not UNSET and not _in_request:
            field_dict["hasUpdatePermission"] = _v
        _v = self.has_send_to_non_posted_permission
        if _v is not UNSET and not _in_request:
            field_dict["hasSendToNonPostedPermission"] = _v
        _v = self.has_send_to_ledger_permission
        if _v is not UNSET and not _in_request:
            field_dict["hasSendToLedgerPermission"] = _v
        _v = self.has_restricted_wage_info
        if _v is not UNSET and not _in_request:
            field_dict["hasRestrictedWageInfo"] = _v
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A IncomingInvoicePermissions from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``IncomingInvoicePermissions.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        _new = object.__new__
        _known: frozenset[str] = frozenset(
            (
                "hasReadPermission",
                "hasUpdatePermission",
                "hasSendToNonPostedPermission",
                "hasSendToLedgerPermission",
                "hasRestrictedWageInfo",
            )
        )

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                u = UNSET
                g = d.get
                m = 0  # properties absent from d: d has additional keys if it is longer than the rest
                v = g("hasReadPermission")
                if v is None:
                    o.has_read_permission = u
                    if "hasReadPermission" not in d:
                        m += 1
                else:
                    o.has_read_permission = v
                v = g("hasUpdatePermission")
                if v is None:
                    o.has_update_permission = u
                    if "hasUpdatePermission" not in d:
                        m += 1
                else:
                    o.has_update_permission = v
                v = g("hasSendToNonPostedPermission")
                if v is None:
                    o.has_send_to_non_posted_permission = u
                    if "hasSendToNonPostedPermission" not in d:
                        m += 1
                else:
                    o.has_send_to_non_posted_permission = v
                v = g("hasSendToLedgerPermission")
                if v is None:
                    o.has_send_to_ledger_permission = u
                    if "hasSendToLedgerPermission" not in d:
                        m += 1
                else:
                    o.has_send_to_ledger_permission = v
                v = g("hasRestrictedWageInfo")
                if v is None:
                    o.has_restricted_wage_info = u
                    if "hasRestrictedWageInfo" not in d:
                        m += 1
                else:
                    o.has_restricted_wage_info = v
                k = None
                o.additional_properties = (
                    {} if len(d) + m <= 5 else {key: v for key, v in d.items() if v is not None and key not in _known}
                )
                return o
            except Exception as exc:
                raise parse_error(cls, k, d, exc) from exc

        # The wire form (tripletex_async/_runtime/wire.py): a record decoded by msgspec into a Struct
        # with these fields (absent: UNSET), converted here; what does not fit goes through parse().
        _wire_fields = (
            ("has_read_permission", "hasReadPermission"),
            ("has_update_permission", "hasUpdatePermission"),
            ("has_send_to_non_posted_permission", "hasSendToNonPostedPermission"),
            ("has_send_to_ledger_permission", "hasSendToLedgerPermission"),
            ("has_restricted_wage_info", "hasRestrictedWageInfo"),
        )

        def convert(s: Any) -> Any:
            o: Any = _new(cls)
            u = UNSET
            v = s.has_read_permission
            o.has_read_permission = u if v is None else v
            v = s.has_update_permission
            o.has_update_permission = u if v is None else v
            v = s.has_send_to_non_posted_permission
            o.has_send_to_non_posted_permission = u if v is None else v
            v = s.has_send_to_ledger_permission
            o.has_send_to_ledger_permission = u if v is None else v
            v = s.has_restricted_wage_info
            o.has_restricted_wage_info = u if v is None else v
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
