from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, serializing_request_body

T = TypeVar("T", bound="UpdateDocumentRequest")


@_attrs_define
class UpdateDocumentRequest:
    """Request for updating an existing document

    Attributes:
        document_id (int | Unset):
        title (str | Unset):
        pdf_base_64 (str | Unset):
    """

    document_id: int | Unset = UNSET
    title: str | Unset = UNSET
    pdf_base_64: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _in_request = serializing_request_body()
        document_id = self.document_id

        title = self.title

        pdf_base_64 = self.pdf_base_64

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if document_id is not UNSET:
            field_dict["documentId"] = document_id
        if title is not UNSET:
            field_dict["title"] = title
        if pdf_base_64 is not UNSET:
            field_dict["pdfBase64"] = pdf_base_64

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        # The service sends null for absent values almost everywhere: treat null as unset.
        d = {k: v for k, v in src_dict.items() if v is not None}
        document_id = d.pop("documentId", UNSET)

        title = d.pop("title", UNSET)

        pdf_base_64 = d.pop("pdfBase64", UNSET)

        _obj = cls(
            document_id=document_id,
            title=title,
            pdf_base_64=pdf_base_64,
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
