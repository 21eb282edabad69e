from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, serializing_request_body

T = TypeVar("T", bound="OrderOutBuilder")


@_attrs_define
class OrderOutBuilder:
    """
    Attributes:
        project_id (int | Unset):
        company_id (int | Unset):
        number (str | Unset):
        invoice_comment (str | Unset):
        type_ (int | Unset):
    """

    project_id: int | Unset = UNSET
    company_id: int | Unset = UNSET
    number: str | Unset = UNSET
    invoice_comment: str | Unset = UNSET
    type_: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _in_request = serializing_request_body()
        project_id = self.project_id

        company_id = self.company_id

        number = self.number

        invoice_comment = self.invoice_comment

        type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if project_id is not UNSET:
            field_dict["projectId"] = project_id
        if company_id is not UNSET:
            field_dict["companyId"] = company_id
        if number is not UNSET:
            field_dict["number"] = number
        if invoice_comment is not UNSET:
            field_dict["invoiceComment"] = invoice_comment
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        # The service sends null for absent values almost everywhere: treat null as unset.
        d = {k: v for k, v in src_dict.items() if v is not None}
        project_id = d.pop("projectId", UNSET)

        company_id = d.pop("companyId", UNSET)

        number = d.pop("number", UNSET)

        invoice_comment = d.pop("invoiceComment", UNSET)

        type_ = d.pop("type", UNSET)

        _obj = cls(
            project_id=project_id,
            company_id=company_id,
            number=number,
            invoice_comment=invoice_comment,
            type_=type_,
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
