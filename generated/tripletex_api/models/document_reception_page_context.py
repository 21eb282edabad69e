from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, serializing_request_body

T = TypeVar("T", bound="DocumentReceptionPageContext")


@_attrs_define
class DocumentReceptionPageContext:
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
        # The service sends null for absent values almost everywhere: treat null as unset.
        d = {k: v for k, v in src_dict.items() if v is not None}
        document_reception_email = d.pop("documentReceptionEmail", UNSET)

        auth_all_employees = d.pop("authAllEmployees", UNSET)

        auth_voucher_reception = d.pop("authVoucherReception", UNSET)

        max_file_size = d.pop("maxFileSize", UNSET)

        _obj = cls(
            document_reception_email=document_reception_email,
            auth_all_employees=auth_all_employees,
            auth_voucher_reception=auth_voucher_reception,
            max_file_size=max_file_size,
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
