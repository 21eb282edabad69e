from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, serializing_request_body

T = TypeVar("T", bound="InvoiceOrderBuilder")


@_attrs_define
class InvoiceOrderBuilder:
    """
    Attributes:
        company_id (int | Unset): The ID of the company for which the invoice is being built.
        invoice_id (int | Unset): The ID of the invoice being built.
        project_id (int | Unset): The ID of the project associated with the invoice.
        include_hours (bool | Unset): Indicates whether to include hours in the invoice order.
    """

    company_id: int | Unset = UNSET
    invoice_id: int | Unset = UNSET
    project_id: int | Unset = UNSET
    include_hours: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _in_request = serializing_request_body()
        company_id = self.company_id

        invoice_id = self.invoice_id

        project_id = self.project_id

        include_hours = self.include_hours

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if company_id is not UNSET:
            field_dict["companyId"] = company_id
        if invoice_id is not UNSET:
            field_dict["invoiceId"] = invoice_id
        if project_id is not UNSET:
            field_dict["projectId"] = project_id
        if include_hours is not UNSET:
            field_dict["includeHours"] = include_hours

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        # The service sends null for absent values almost everywhere: treat null as unset.
        d = {k: v for k, v in src_dict.items() if v is not None}
        company_id = d.pop("companyId", UNSET)

        invoice_id = d.pop("invoiceId", UNSET)

        project_id = d.pop("projectId", UNSET)

        include_hours = d.pop("includeHours", UNSET)

        _obj = cls(
            company_id=company_id,
            invoice_id=invoice_id,
            project_id=project_id,
            include_hours=include_hours,
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
