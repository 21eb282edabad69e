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

T = TypeVar("T", bound="DocumentReceptionPageContext")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = ()


@_attrs_define(on_setattr=mark_assigned)
class DocumentReceptionPageContext(LazyModel):
    """
    Attributes:
        document_reception_email (str | Unset): [read-only] document reception email
        auth_all_employees (bool | Unset): [read-only] Can see all receivers
        auth_voucher_reception (bool | Unset): [read-only] Auth Voucher Reception
        max_file_size (int | Unset): [read-only] Max file size allowed
    """

    document_reception_email: str | Unset = UNSET
    auth_all_employees: bool | Unset = UNSET
    auth_voucher_reception: bool | Unset = UNSET
    max_file_size: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        self._tx_load()
        _in_request = serializing_request_body()
        document_reception_email = self.document_reception_email

        auth_all_employees = self.auth_all_employees

        auth_voucher_reception = self.auth_voucher_reception

        max_file_size = self.max_file_size

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if document_reception_email is not UNSET and not _in_request:
            field_dict["documentReceptionEmail"] = document_reception_email
        if auth_all_employees is not UNSET and not _in_request:
            field_dict["authAllEmployees"] = auth_all_employees
        if auth_voucher_reception is not UNSET and not _in_request:
            field_dict["authVoucherReception"] = auth_voucher_reception
        if max_file_size is not UNSET and not _in_request:
            field_dict["maxFileSize"] = max_file_size

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A DocumentReceptionPageContext from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:

        _tx_known: frozenset[str] = frozenset(
            (
                "documentReceptionEmail",
                "authAllEmployees",
                "authVoucherReception",
                "maxFileSize",
            )
        )

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "document_reception_email": ("documentReceptionEmail", None),
            "auth_all_employees": ("authAllEmployees", None),
            "auth_voucher_reception": ("authVoucherReception", None),
            "max_file_size": ("maxFileSize", None),
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
